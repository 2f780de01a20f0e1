// The hash reader is a lazy chunk (view-state/hash-codec.ts): a map made and given its data in one task, before
// the chunk is in, still shows the view from the hash in its first graph (the data flow waits for the reader).
// Its own file: the chunk must not be loaded by an earlier test in the same page. Professional mode: a public map
// also waits for the public build's chunk, which would hide a missing wait.
import { expect } from '@esm-bundle/chai';
import { createMap, loadData, nodeElement, removeAll } from './helpers.js';

describe('gia-network-map: a deep link before the hash reader is in', () => {
  afterEach(() => {
    removeAll();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('applies selection and layout from the hash to the first graph', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const id = network.organisations[1]!.id;
    history.replaceState(null, '', `#sel=${id}&layout=ave`);
    const map = await createMap({ 'use-hash': '1', mode: 'professional' }, network);
    await map.ready;
    expect(map.selectedId).to.equal(id);
    expect(map.layout).to.equal('ave');
    expect(nodeElement(map, id)!.getAttribute('aria-current')).to.equal('true');
  });
});
