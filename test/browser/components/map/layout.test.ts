import { expect } from '@esm-bundle/chai';
import { createMap, loadData, removeAll } from './helpers.js';

describe('gia-network-map: layout', () => {
  afterEach(removeAll);

  it('gives the same positions for the same input', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const a = await createMap({}, network);
    const b = await createMap({}, structuredClone(network));
    b.style.width = '700px';
    await Promise.all([a.settled, b.settled]);
    const pa = a.positions;
    const pb = b.positions;
    expect(pa.size).to.be.greaterThan(0);
    expect(pa.size).to.equal(pb.size);
    for (const [id, p] of pa) {
      expect(pb.get(id)!.x, id).to.be.closeTo(p.x, 1e-6);
      expect(pb.get(id)!.y, id).to.be.closeTo(p.y, 1e-6);
    }
  });

  it('records the performance marks and settles', async () => {
    performance.clearMarks();
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    await map.settled;
    const names = performance.getEntriesByType('mark').map((m) => m.name);
    expect(names).to.include.members(['gia:data-in', 'gia:first-paint', 'gia:settled']);
  });

  it('never hands the given data to d3 (the network is not mutated)', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const before = JSON.stringify(network);
    const map = await createMap({ mode: 'professional' }, network);
    await map.settled;
    expect(JSON.stringify(network)).to.equal(before);
  });
});
