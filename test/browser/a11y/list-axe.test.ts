// axe-core (WCAG 2.0/2.1/2.2 A and AA) on <gia-network-list>: both modes, both languages, every
// grouping, with details open, filtered to nothing, empty, loading errors, and embedded (no-controls).
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/list/gia-network-list.js';
import type { GiaNetworkList } from '../../../src/components/list/gia-network-list.component.js';
import { EMPTY_FILTER } from '../../../src/graph/filter-state.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { availableDatasets, expectNoAxeViolations, loadDataset, settle, until } from './a11y-fixtures.js';

async function mountList(setup: (list: GiaNetworkList) => void): Promise<GiaNetworkList> {
  const list = document.createElement('gia-network-list');
  setup(list);
  document.body.append(list);
  await settle(list);
  return list;
}

describe('axe: <gia-network-list>', () => {
  let list: GiaNetworkList | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadDataset();
  });
  afterEach(() => {
    list?.remove();
    list = undefined;
  });

  for (const mode of ['public', 'professional'] as const) {
    for (const lang of ['nl', 'en'] as const) {
      for (const groupBy of ['specialism', 'organisation', 'phase'] as const) {
        it(`${mode}, ${lang}, grouped by ${groupBy}`, async () => {
          list = await mountList((l) => {
            l.data = network;
            l.mode = mode;
            l.lang = lang;
            l.groupBy = groupBy;
          });
          expect(list.shadowRoot!.querySelectorAll('button[data-id]').length).to.be.greaterThan(20);
          await expectNoAxeViolations(list);
        });
      }

      it(`${mode}, ${lang}, details open`, async () => {
        const selected = mode === 'professional' ? 'aanspreekpunt-mensenhandel-heerlen' : 'veilig-thuis-zuid-limburg';
        list = await mountList((l) => {
          l.data = network;
          l.mode = mode;
          l.lang = lang;
          l.selected = selected;
        });
        expect(list.shadowRoot!.querySelector('gia-details-panel')?.nodeId).to.equal(selected);
        await expectNoAxeViolations(list);
      });

      it(`${mode}, ${lang}, filtered to nothing`, async () => {
        list = await mountList((l) => {
          l.data = network;
          l.mode = mode;
          l.lang = lang;
          l.filter = { ...structuredClone(EMPTY_FILTER), query: 'zzzz' };
        });
        expect(list.shadowRoot!.querySelector('button.clear')).to.not.equal(null);
        await expectNoAxeViolations(list);
      });

      it(`${mode}, ${lang}, embedded in the map (no-controls) with a selection`, async () => {
        list = await mountList((l) => {
          l.data = network;
          l.mode = mode;
          l.lang = lang;
          l.noControls = true;
          l.selected = 'veilig-thuis-zuid-limburg';
        });
        await expectNoAxeViolations(list);
      });
    }
  }

  it('dark colour scheme, details open (professional)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      list = await mountList((l) => {
        l.data = network;
        l.mode = 'professional';
        l.selected = 'gemeente-heerlen';
      });
      expect(getComputedStyle(list).backgroundColor).to.equal('rgb(18, 20, 23)');
      await expectNoAxeViolations(list);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reflows at 320 CSS px: no horizontal scrolling (WCAG 1.4.10), and passes axe', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      list = await mountList((l) => {
        l.data = network;
        l.mode = 'professional';
        l.selected = 'veilig-thuis-zuid-limburg';
      });
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      for (const el of list.shadowRoot!.querySelectorAll<HTMLElement>('.layout, .list, .details, .controls')) {
        expect(el.scrollWidth, el.className).to.be.at.most(el.clientWidth + 1);
      }
      await expectNoAxeViolations(list);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('with a help question marking items', async () => {
    list = await mountList((l) => {
      l.data = network;
      l.mode = 'professional';
      l.help = { specialism: 'mensenhandel', municipality: 'heerlen' };
    });
    expect(list.shadowRoot!.querySelectorAll('.tag.help').length).to.be.greaterThan(0);
    await expectNoAxeViolations(list);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`empty state (${lang})`, async () => {
      list = await mountList((l) => (l.lang = lang));
      await expectNoAxeViolations(list);
    });

    it(`error state: 404 (${lang})`, async () => {
      list = await mountList((l) => {
        l.lang = lang;
        l.src = '/data/bestaat-niet.json';
      });
      await until(() => list!.shadowRoot!.querySelector('[role="alert"]') !== null, 'error state');
      await expectNoAxeViolations(list);
    });

    it(`error state: invalid file (${lang})`, async () => {
      list = await mountList((l) => {
        l.lang = lang;
        l.src = '/package.json';
      });
      await until(() => list!.shadowRoot!.querySelector('[role="alert"]') !== null, 'error state');
      expect(list.shadowRoot!.querySelectorAll('[role="alert"] li').length).to.be.greaterThan(0);
      await expectNoAxeViolations(list);
    });
  }

  it('every dataset in data/ (public and professional)', async () => {
    const names = await availableDatasets();
    expect(names).to.include('zuid-limburg');
    for (const name of names) {
      for (const mode of ['public', 'professional'] as const) {
        const data = await loadDataset(name);
        list?.remove();
        list = await mountList((l) => {
          l.data = data;
          l.mode = mode;
        });
        await expectNoAxeViolations(list);
      }
    }
  });
});
