// The AVE and large-graph forces are a lazy chunk (layout/layout-forces.ts). Each test file runs in a page of its
// own: here no map has asked for them yet when the first test starts.
import { expect } from '@esm-bundle/chai';
import { loadedLayoutForces } from '../../../../src/layout/layout-forces.js';
import { createMap, loadData, removeAll } from './helpers.js';

describe('gia-network-map: the lazy layout forces', () => {
  afterEach(removeAll);

  it('lays out layout="ave" once the forces are in: phase headers in one row, in phase order', async () => {
    expect(loadedLayoutForces(), 'not loaded before a map connects').to.equal(undefined);
    const map = await createMap({ layout: 'ave' }, (await loadData('zuid-limburg.json'))!);
    await map.settled;
    expect(loadedLayoutForces()).to.not.equal(undefined);
    const phases = map.currentGraph!.nodes.filter((n) => n.kind === 'phase' && n.phaseOrder !== undefined);
    expect(phases.length).to.be.greaterThan(1);
    phases.sort((a, b) => a.phaseOrder! - b.phaseOrder!);
    const points = phases.map((n) => map.positions.get(n.id)!);
    for (const p of points) expect(p.y).to.be.closeTo(points[0]!.y, 0.001);
    for (let i = 1; i < points.length; i++) expect(points[i]!.x).to.be.greaterThan(points[i - 1]!.x);
  });
});
