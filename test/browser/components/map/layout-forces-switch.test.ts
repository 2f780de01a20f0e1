// A switch to the AVE layout before its forces (a lazy chunk, layout/layout-forces.ts) have arrived waits for them.
// Each test file runs in a page of its own: here the chunk is requested when the first map connects, and a switch
// made in the next microtasks certainly comes before it.
import { expect } from '@esm-bundle/chai';
import { loadedLayoutForces } from '../../../../src/layout/layout-forces.js';
import { createMap, loadData, removeAll } from './helpers.js';

describe('gia-network-map: switching to AVE before the layout forces are in', () => {
  afterEach(removeAll);

  it('switches once they have arrived, and settles in the AVE layout', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.updateComplete;
    expect(map.layout).to.equal('force');
    const aveSettled = new Promise<void>((resolve) =>
      map.addEventListener('gia-layout-settle', (event) => {
        if (event.detail.layout === 'ave') resolve();
      }),
    );
    map.layout = 'ave';
    await map.updateComplete;
    expect(loadedLayoutForces(), 'the forces are still on their way').to.equal(undefined);
    await aveSettled;
    const phases = map.currentGraph!.nodes.filter((n) => n.kind === 'phase' && n.phaseOrder !== undefined);
    expect(phases.length).to.be.greaterThan(1);
    const ys = phases.map((n) => map.positions.get(n.id)!.y);
    for (const y of ys) expect(y).to.be.closeTo(ys[0]!, 0.001);
  });
});
