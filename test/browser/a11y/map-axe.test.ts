// axe-core (WCAG 2.0/2.1/2.2 A and AA) on <gia-network-map>: both modes and languages, with details
// open, the list view, the legend and the key list, dark mode, and the error and empty states.
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/map/gia-network-map.js';
import '../../../src/components/list/gia-network-list.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { availableDatasets, expectNoAxeViolations, loadDataset, settle, until } from './a11y-fixtures.js';

function mountMap(attributes: Record<string, string>, data?: unknown): Promise<GiaNetworkMap> {
  const map = document.createElement('gia-network-map');
  map.setAttribute('no-hash', '');
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  map.style.width = '1000px';
  if (data) map.data = data as GiaNetworkMap['data'];
  document.body.append(map);
  return Promise.resolve(map);
}

async function ready(map: GiaNetworkMap): Promise<void> {
  await map.ready;
  await settle(map);
}

function toolbarButton(map: GiaNetworkMap, text: string): HTMLButtonElement {
  const buttons = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')];
  const found = buttons.find((b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text);
  if (!found) throw new Error(`no toolbar button "${text}" in ${buttons.map((b) => b.textContent?.trim() || b.getAttribute('aria-label')).join(' | ')}`);
  return found;
}

describe('axe: <gia-network-map>', function () {
  this.timeout(30000);
  let map: GiaNetworkMap | undefined;

  afterEach(async () => {
    map?.remove();
    map = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const mode of ['public', 'professional'] as const) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${mode}, ${lang}: the map`, async () => {
        map = await mountMap({ mode, lang }, await loadDataset());
        await ready(map);
        expect(map.shadowRoot!.querySelectorAll('svg [data-id]').length).to.be.greaterThan(20);
        await expectNoAxeViolations(map);
      });

      it(`${mode}, ${lang}: details open`, async () => {
        const focus = mode === 'professional' ? 'aanspreekpunt-mensenhandel-heerlen' : 'veilig-thuis-zuid-limburg';
        map = await mountMap({ mode, lang, focus }, await loadDataset());
        await ready(map);
        await until(() => map!.shadowRoot!.querySelector('gia-details-panel')?.nodeId === focus, 'details panel');
        await settle(map);
        await expectNoAxeViolations(map);
      });

      it(`${mode}, ${lang}: the list view`, async () => {
        map = await mountMap({ mode, lang }, await loadDataset());
        await ready(map);
        toolbarButton(map, lang === 'nl' ? 'Lijst' : 'List').click();
        await until(() => map!.shadowRoot!.querySelector('gia-network-list') !== null, 'list view');
        await settle(map);
        await expectNoAxeViolations(map);
      });
    }
  }

  it('every dataset in data/, both modes, force and AVE layout', async () => {
    const names = await availableDatasets();
    for (const name of names.filter((n) => n !== 'zuid-limburg')) {
      for (const mode of ['public', 'professional'] as const) {
        for (const layout of ['force', 'ave'] as const) {
          map?.remove();
          map = await mountMap({ mode, layout }, await loadDataset(name));
          await ready(map);
          await expectNoAxeViolations(map);
        }
      }
    }
  });

  it('AVE layout', async () => {
    map = await mountMap({ layout: 'ave' }, await loadDataset());
    await ready(map);
    await expectNoAxeViolations(map);
  });

  it('legend open', async () => {
    map = await mountMap({}, await loadDataset());
    await ready(map);
    toolbarButton(map, 'Legenda').click();
    await until(() => map!.shadowRoot!.querySelector('gia-legend') !== null, 'legend');
    await settle(map);
    await expectNoAxeViolations(map);
  });

  it('the key list open', async () => {
    map = await mountMap({}, await loadDataset());
    await ready(map);
    toolbarButton(map, 'Toetsen').click();
    await settle(map);
    await expectNoAxeViolations(map);
  });

  it('dark colour scheme (map, details and list view)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    map = await mountMap({ focus: 'veilig-thuis-zuid-limburg' }, await loadDataset());
    await ready(map);
    await settle(map);
    await expectNoAxeViolations(map);
    toolbarButton(map, 'Lijst').click();
    await until(() => map!.shadowRoot!.querySelector('gia-network-list') !== null, 'list view');
    await settle(map);
    await expectNoAxeViolations(map);
  });

  it('reflows at 320 CSS px without horizontal scrolling of the page (WCAG 1.4.10)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      map = await mountMap({ focus: 'veilig-thuis-zuid-limburg' }, await loadDataset());
      map.style.width = '';
      await ready(map);
      await settle(map);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`error state: 404 (${lang})`, async () => {
      map = await mountMap({ lang, src: '/data/bestaat-niet.json' });
      await until(() => map!.shadowRoot!.querySelector('[role="alert"]') !== null, 'error state');
      await expectNoAxeViolations(map);
    });

    it(`error state: invalid file (${lang})`, async () => {
      map = await mountMap({ lang, src: '/package.json' });
      await until(() => map!.shadowRoot!.querySelector('[role="alert"]') !== null, 'error state');
      await expectNoAxeViolations(map);
    });

    it(`empty state: no data (${lang})`, async () => {
      map = await mountMap({ lang });
      await settle(map, 4);
      await expectNoAxeViolations(map);
    });
  }
});
