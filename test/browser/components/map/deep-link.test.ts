import { expect } from '@esm-bundle/chai';
import { createMap, loadData, nodeElement, removeAll } from './helpers.js';

describe('gia-network-map: deep links', () => {
  afterEach(() => {
    removeAll();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('restores selection, layout and filters from the hash', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const id = network.organisations[0]!.id;
    history.replaceState(null, '', `#sel=${id}&layout=ave&kind=organisation,phase`);
    const map = await createMap({ 'use-hash': '1' }, network);
    await map.ready;
    expect(map.selectedId).to.equal(id);
    expect(map.layout).to.equal('ave');
    const kinds = new Set([...map.shadowRoot!.querySelectorAll('svg [data-id]')].map((e) => e.getAttribute('data-kind')));
    expect([...kinds].sort()).to.deep.equal(['organisation', 'phase']);
    expect(nodeElement(map, id)!.getAttribute('aria-current')).to.equal('true');
    const details = map.shadowRoot!.querySelector('gia-details-panel') as HTMLElement & { nodeId: string };
    expect(details.nodeId).to.equal(id);
  });

  it('writes the user selection into the hash', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const id = network.organisations[2]!.id;
    const map = await createMap({ 'use-hash': '1' }, network);
    await map.ready;
    map.shadowRoot!.querySelector('.side')!.dispatchEvent(
      new CustomEvent('gia-request-select', { bubbles: true, composed: true, detail: { id } }),
    );
    await map.updateComplete;
    expect(location.hash).to.equal(`#sel=${id}`);
  });

  it('ignores the hash with no-hash and unknown ids in the hash', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    history.replaceState(null, '', `#sel=${network.organisations[0]!.id}`);
    const a = await createMap({}, network);
    await a.ready;
    expect(a.selectedId).to.equal(undefined);
    a.remove();
    history.replaceState(null, '', '#sel=bestaat-niet&layout=ave');
    const b = await createMap({ 'use-hash': '1' }, network);
    await b.ready;
    expect(b.selectedId).to.equal(undefined);
    expect(b.layout).to.equal('ave');
  });

  it('opens the node named by the focus attribute', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const id = network.meetings![0]!.id;
    const map = await createMap({ focus: id }, network);
    await map.ready;
    expect(map.selectedId).to.equal(id);
  });
});
