import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/types.js';
import type { GiaLoadEvent } from '../../../../src/events/index.js';
import { createMap, deepMarkup, loadData, nodeElements, removeAll } from './helpers.js';

const DATASETS = ['zuid-limburg.json', 'rotterdam-rijnmond.json'];

function expectedCounts(network: GiaNetwork, mode: 'public' | 'professional'): Record<string, number> {
  return {
    phase: network.escalationModel.phases.length,
    organisation: network.organisations.length,
    meeting: network.meetings?.length ?? 0,
    intervention: network.interventions?.length ?? 0,
    specialism: network.specialisms?.length ?? 0,
    contact: mode === 'professional' ? (network.contacts?.length ?? 0) : 0,
  };
}

function countKinds(elements: Element[]): Record<string, number> {
  const counts: Record<string, number> = { phase: 0, organisation: 0, meeting: 0, intervention: 0, specialism: 0, contact: 0 };
  for (const element of elements) counts[element.getAttribute('data-kind')!]! += 1;
  return counts;
}

describe('gia-network-map: rendering', () => {
  afterEach(removeAll);

  for (const dataset of DATASETS) {
    for (const mode of ['public', 'professional'] as const) {
      it(`draws the right number of nodes per kind for ${dataset} in ${mode} mode`, async function () {
        const network = await loadData(dataset);
        if (!network) this.skip();
        const map = await createMap({ mode }, network);
        await map.ready;
        expect(countKinds(nodeElements(map))).to.deep.equal(expectedCounts(network, mode));
      });
    }
  }

  it('loads from src, fires gia-load with the counts, and draws a node per entity', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({});
    const loaded = new Promise<GiaLoadEvent>((resolve) => map.addEventListener('gia-load', resolve, { once: true }));
    map.setAttribute('src', '/data/zuid-limburg.json');
    const event = await loaded;
    await map.ready;
    expect(event.detail.region).to.equal(network.metadata.region);
    expect(event.detail.nodeCount).to.equal(nodeElements(map).length);
    expect(event.detail.linkCount).to.be.greaterThan(0);
  });

  it('gives every node an accessible name with kind, phases and link count', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    const graph = map.currentGraph!;
    const vt = graph.byId.get('veilig-thuis-zuid-limburg')!;
    const element = map.shadowRoot!.querySelector(`[data-id="${vt.id}"]`)!;
    const name = element.getAttribute('aria-label')!;
    const degree = graph.neighbours.get(vt.id)!.size;
    expect(name.startsWith(vt.label + ', organisatie')).to.equal(true, name);
    expect(name).to.contain(`${degree} verbindingen`);
    if (vt.phases.length > 1) expect(name).to.match(/AVE \d( en \d|, \d)+/);
    expect(element.getAttribute('role')).to.equal('button');
  });

  it('gives the graph exactly one tab stop', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    const stops = nodeElements(map).filter((e) => e.getAttribute('tabindex') === '0');
    expect(stops).to.have.length(1);
  });

  it('shows the texts in English with lang="en"', async () => {
    const map = await createMap({ lang: 'en' }, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    const markup = deepMarkup(map);
    expect(markup).to.contain('Zoom in');
    expect(markup).to.contain(', organisation,');
    expect(map.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en');
  });

  it('switches to the AVE layout and back, keeping the selection', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    const id = network.organisations[0]!.id;
    map.selectedId = id;
    map.layout = 'ave';
    await map.updateComplete;
    await map.settled;
    expect(map.selectedId).to.equal(id);
    // Phase headers are in one row in the AVE layout, ordered by phase.
    const phases = map.currentGraph!.nodes.filter((n) => n.kind === 'phase').map((n) => map.positions.get(n.id)!);
    for (let i = 1; i < phases.length; i++) {
      expect(phases[i]!.y).to.be.closeTo(phases[0]!.y, 0.5);
      expect(phases[i]!.x).to.be.greaterThan(phases[i - 1]!.x);
    }
  });

  it('highlights the results of "Ik zoek hulp bij…" on the map', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    const specialism = network.specialisms!.find((s) => network.organisations.some((o) => o.specialisms?.includes(s.id)))!;
    map.shadowRoot!.querySelector('.side')!.dispatchEvent(
      new CustomEvent('gia-request-help', { bubbles: true, composed: true, detail: { help: { specialism: specialism.id } } }),
    );
    await map.updateComplete;
    const highlighted = [...map.shadowRoot!.querySelectorAll('svg .node.highlighted')].map((e) => e.getAttribute('data-id'));
    const expected = network.organisations.filter((o) => o.specialisms?.includes(specialism.id)).map((o) => o.id);
    expect(highlighted).to.include.members(expected);
  });

  it('switches to the list view and back to a working map', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    const buttons = () => [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')];
    buttons().find((b) => b.textContent.trim() === 'Lijst')!.click();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('gia-network-list')).to.not.equal(null);
    expect(map.shadowRoot!.querySelector('svg.surface')).to.equal(null);
    buttons().find((b) => b.textContent.trim() === 'Kaart')!.click();
    await map.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await map.updateComplete;
    expect(nodeElements(map).length).to.equal(map.currentGraph!.nodes.length);
    const zoomIn = buttons().find((b) => b.getAttribute('aria-label') === 'Inzoomen')!;
    const viewport = map.shadowRoot!.querySelector('g.viewport')!;
    const before = viewport.getAttribute('transform');
    zoomIn.click();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform')).to.not.equal(before);
  });
});
