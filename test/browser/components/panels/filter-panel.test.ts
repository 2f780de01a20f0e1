import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/panels/filter-panel/gia-filter-panel.js';
import type { GiaFilterPanel } from '../../../../src/components/panels/filter-panel/gia-filter-panel.component.js';
import { filterGraph } from '../../../../src/graph/filter-graph.js';
import { EMPTY_FILTER, type FilterState } from '../../../../src/graph/filter-state.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { collect, expectAccessible, graphOf, loadNetwork, mount, shadow } from './panel-fixtures.js';

function emptyFilter(): FilterState {
  return { ...EMPTY_FILTER, specialisms: [], kinds: [], phases: [], municipalities: [] };
}

describe('<gia-filter-panel>', () => {
  let element: GiaFilterPanel | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadNetwork();
  });
  afterEach(() => element?.remove());

  async function create(filter: FilterState, mode: 'public' | 'professional' = 'public', lang: 'nl' | 'en' = 'nl') {
    const graph = graphOf(network, mode);
    element = await mount<GiaFilterPanel>('gia-filter-panel', {
      network,
      graph,
      lang,
      mode,
      filter,
      resultCount: filterGraph(graph, filter).total,
    });
    return element;
  }

  const checkbox = (el: GiaFilterPanel, facet: string, id: string) =>
    shadow(el).querySelector<HTMLInputElement>(`fieldset[data-facet="${facet}"] input[value="${id}"]`)!;

  it('has a fieldset with a legend per facet', async () => {
    const el = await create(emptyFilter());
    const legends = [...shadow(el).querySelectorAll('fieldset > legend')].map((l) => l.textContent?.trim());
    expect(legends).to.deep.equal(['Specialisme', 'Soort', 'AVE-fase (hoe zwaar de hulp is)', 'Gemeente (werkgebied)']);
    expect(shadow(el).querySelectorAll('fieldset[data-facet="municipalities"] input').length).to.equal(network.municipalities!.length);
    // No contact kind in public mode.
    expect(checkbox(el, 'kinds', 'contact')).to.equal(null);
    expect(checkbox(el, 'kinds', 'organisation')).to.exist;
  });

  it('each check box requests the right FilterState', async () => {
    const el = await create(emptyFilter());
    const events = collect<{ filter: FilterState }>(el, 'gia-request-filter');
    checkbox(el, 'specialisms', 'mensenhandel').click();
    checkbox(el, 'kinds', 'organisation').click();
    checkbox(el, 'phases', 'ave-2').click();
    checkbox(el, 'municipalities', 'heerlen').click();
    checkbox(el, 'kinds', 'organisation').click(); // and off again
    expect(events.map((e) => e.filter)).to.deep.equal([
      { specialisms: ['mensenhandel'], kinds: [], phases: [], municipalities: [], query: '' },
      { specialisms: ['mensenhandel'], kinds: ['organisation'], phases: [], municipalities: [], query: '' },
      { specialisms: ['mensenhandel'], kinds: ['organisation'], phases: ['ave-2'], municipalities: [], query: '' },
      { specialisms: ['mensenhandel'], kinds: ['organisation'], phases: ['ave-2'], municipalities: ['heerlen'], query: '' },
      { specialisms: ['mensenhandel'], kinds: [], phases: ['ave-2'], municipalities: ['heerlen'], query: '' },
    ]);
  });

  it('works with the keyboard (Tab to a box, Space toggles)', async () => {
    const el = await create(emptyFilter());
    const events = collect<{ filter: FilterState }>(el, 'gia-request-filter');
    const first = shadow(el).querySelector<HTMLInputElement>('fieldset[data-facet="specialisms"] input')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    expect(events[0]?.filter.specialisms).to.deep.equal([first.value]);
  });

  it('shows the count, and an empty result with a "Wis filters" button that clears everything', async () => {
    const filter: FilterState = { specialisms: ['mensenhandel'], kinds: ['meeting'], phases: ['ave-1'], municipalities: [], query: 'xyzzy' };
    const el = await create(filter);
    const root = shadow(el);
    expect(el.resultCount).to.equal(0);
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('0 van');
    expect(root.textContent).to.contain('Geen onderdelen gevonden die bij deze filters passen.');
    expect(root.textContent).to.contain('Zoekterm: "xyzzy"');
    expect(checkbox(el, 'kinds', 'meeting').checked).to.equal(true);
    const events = collect<{ filter: FilterState }>(el, 'gia-request-filter');
    const clear = root.querySelector<HTMLButtonElement>('button[part="clear"]')!;
    expect(clear.textContent?.trim()).to.equal('Wis filters');
    clear.click();
    expect(events).to.deep.equal([{ filter: emptyFilter() }]);
    await el.updateComplete;
    expect(checkbox(el, 'kinds', 'meeting').checked).to.equal(false);
    expect(root.activeElement?.tagName).to.equal('H2');
  });

  it('shows the count of what is left', async () => {
    const graph = graphOf(network, 'public');
    const el = await create(emptyFilter());
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain(`${graph.nodes.length} onderdelen zichtbaar`);
    el.filter = { ...emptyFilter(), kinds: ['organisation'] };
    el.resultCount = filterGraph(graph, el.filter).total;
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain(`${network.organisations.length} van ${graph.nodes.length}`);
  });

  it('fires nothing when properties change', async () => {
    const el = await create(emptyFilter());
    const events = collect(el, 'gia-request-filter');
    el.filter = { ...emptyFilter(), kinds: ['meeting'] };
    el.resultCount = 3;
    await el.updateComplete;
    expect(checkbox(el, 'kinds', 'meeting').checked).to.equal(true);
    expect(events).to.deep.equal([]);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`has no axe violations (${lang}), also in the empty state`, async () => {
      const el = await create(emptyFilter(), 'professional', lang);
      await expectAccessible(el);
      el.filter = { ...emptyFilter(), specialisms: ['mensenhandel'], kinds: ['phase'], query: 'niets' };
      el.resultCount = 0;
      await el.updateComplete;
      await expectAccessible(el);
      el.setAttribute('theme', 'dark');
      await expectAccessible(el); // dark theme contrast too
    });
  }
});
