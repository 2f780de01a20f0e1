// The AVE and large-graph forces are a lazy chunk (layout-forces.ts). Node runs each test file in a process of
// its own, so here they start out not loaded.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { createSyntheticNetwork } from '../../../src/graph/synthetic-network.js';
import { createLayoutSimulation, usesLazyForces, LARGE_GRAPH } from '../../../src/layout/create-simulation.js';
import { layoutForces, loadedLayoutForces, loadLayoutForces } from '../../../src/layout/layout-forces.js';
import { warmUp } from '../../../src/layout/warm-up.js';
import { minimalNetwork } from '../graph/helpers.js';

const size = { width: 960, height: 600 };

describe('layout forces (lazy)', () => {
  test('usesLazyForces: the AVE layout, and the force layout above LARGE_GRAPH nodes', () => {
    assert.equal(usesLazyForces(10, 'ave'), true);
    assert.equal(usesLazyForces(10, 'force'), false);
    assert.equal(usesLazyForces(LARGE_GRAPH, 'force'), false);
    assert.equal(usesLazyForces(LARGE_GRAPH + 1, 'force'), true);
  });

  test('before loading: the force layout works, the AVE layout says what to do', () => {
    assert.equal(loadedLayoutForces(), undefined);
    assert.throws(() => layoutForces(), /loadLayoutForces/);
    const graph = deriveGraph(minimalNetwork());
    const sim = createLayoutSimulation(graph, { layout: 'force', ...size });
    warmUp(sim, { maxTicks: 1000 });
    assert.equal(sim.settled(), true);
    // A switch to AVE needs the chunk.
    assert.throws(() => sim.setLayout('ave'), /loadLayoutForces/);
    assert.throws(() => createLayoutSimulation(graph, { layout: 'ave', ...size }), /loadLayoutForces/);
  });

  test('a large graph lays out before and after loading; loading gives the same AVE layout every time', async () => {
    const graph = deriveGraph(createSyntheticNetwork(LARGE_GRAPH + 50, { linksPerNode: 2, seed: 3 }));
    const fallback = createLayoutSimulation(graph, { layout: 'force', ...size });
    warmUp(fallback, { maxTicks: 1000 });
    const fallbackPositions = fallback.positions();
    const forces = await loadLayoutForces();
    assert.equal(loadedLayoutForces(), forces);
    assert.equal(await loadLayoutForces(), forces, 'loaded once');
    const local = createLayoutSimulation(graph, { layout: 'force', ...size });
    warmUp(local, { maxTicks: 1000 });
    // With the chunk in, large graphs use forceLocalRepel: a different (cheaper) layout.
    assert.notDeepEqual([...local.positions()], [...fallbackPositions]);
    for (const p of local.positions().values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
    const ave = () => {
      const sim = createLayoutSimulation(deriveGraph(minimalNetwork()), { layout: 'ave', ...size });
      warmUp(sim, { maxTicks: 1000 });
      return [...sim.positions()];
    };
    assert.deepEqual(ave(), ave());
  });
});
