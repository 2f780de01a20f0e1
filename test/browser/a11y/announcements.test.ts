// WCAG 4.1.3: one live region speaks for one action, and what it says adds up. A filter change in the map
// changes the text of exactly one live region (the map's), whose parts by kind add up to its total, the
// same number the filter panel's count shows; the map's accessible description has the node and link totals.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/map/gia-network-map.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { loadDataset, settle } from './a11y-fixtures.js';

/** Every live region in the element's shadow tree (nested shadow roots included). */
function liveRegions(root: ParentNode, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    const role = el.getAttribute('role');
    const live = el.getAttribute('aria-live');
    if (role === 'status' || role === 'alert' || role === 'log' || (live && live !== 'off')) out.push(el);
    if (el.shadowRoot) liveRegions(el.shadowRoot, out);
  }
  return out;
}

const texts = (regions: Element[]) => regions.map((r) => r.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe('announcements in the map', function () {
  this.timeout(30000);
  let map: GiaNetworkMap | undefined;

  async function mount(): Promise<GiaNetworkMap> {
    map = document.createElement('gia-network-map');
    map.setAttribute('no-hash', '');
    map.style.width = '1100px';
    map.data = await loadDataset();
    document.body.append(map);
    await map.ready;
    await map.settled;
    await settle(map);
    return map;
  }

  afterEach(() => {
    map?.remove();
    map = undefined;
  });

  it('a filter change speaks in one live region, and its parts add up to the count the filter panel shows', async () => {
    const m = await mount();
    const filterPanel = m.shadowRoot!.querySelector('gia-filter-panel')!;
    expect(filterPanel, 'the filter panel is shown').to.exist;
    const before = texts(liveRegions(m.shadowRoot!));
    // A real user action: tick the "AVE 1" phase filter.
    const phase = filterPanel.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-facet="phases"] input[type="checkbox"]')!;
    phase.focus();
    await sendKeys({ press: 'Space' });
    await settle(m);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const regions = liveRegions(m.shadowRoot!);
    const after = texts(regions);
    const changed = after.filter((text, i) => text !== '' && text !== before[i]);
    expect(changed, `live regions that spoke: ${JSON.stringify(changed)}`).to.have.length(1);
    const said = changed[0]!;
    const total = Number(/^(\d+) onderde/.exec(said)?.[1]);
    const parts = [...said.matchAll(/(\d+) [a-zA-Z-]+/g)].slice(1).map((match) => Number(match[1]));
    expect(parts.length, said).to.be.greaterThan(0);
    expect(parts.reduce((a, b) => a + b, 0), `parts of "${said}"`).to.equal(total);
    const count = filterPanel.shadowRoot!.querySelector('[part="count"]')!.textContent.replace(/\s+/g, ' ').trim();
    expect(count, 'the filter panel counts the same').to.match(new RegExp(`^${total} van `));
    expect(filterPanel.shadowRoot!.querySelector('[part="count"]')!.getAttribute('role'), 'the panel count is no second live region').to.equal(null);
  });

  it('the help finder’s question speaks in one live region (the help finder’s)', async () => {
    const m = await mount();
    const finder = m.shadowRoot!.querySelector('gia-help-finder')!;
    const before = texts(liveRegions(m.shadowRoot!));
    finder.shadowRoot!.querySelector<HTMLSelectElement>('#specialism')!.focus();
    await sendKeys({ type: 'Mensenhandel' });
    await settle(m);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = texts(liveRegions(m.shadowRoot!));
    const changed = after.filter((text, i) => text !== '' && text !== before[i]);
    expect(changed, `live regions that spoke: ${JSON.stringify(changed)}`).to.have.length(1);
    expect(changed[0]).to.match(/gevonden$/);
  });

  it('the accessible description has the totals of nodes and links', async () => {
    const m = await mount();
    const network = await loadDataset();
    const graph = deriveGraph(network, { mode: 'public' });
    const svg = m.shadowRoot!.querySelector('svg.surface')!;
    const description = m.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!;
    const text = description.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain(`${graph.nodes.length} onderdelen en ${graph.links.length} verbindingen op de kaart.`);
  });
});
