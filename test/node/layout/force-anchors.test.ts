import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { SETTLE_TICKS, createLayoutSimulation } from '../../../src/layout/create-simulation.js';
import { dataNetworks } from '../graph/helpers.js';

for (const [name, network] of dataNetworks()) {
  test(`${name}, force layout: the AVE phases lie in order along a line, unlinked nodes in a row at the bottom`, () => {
    const graph = deriveGraph(network, { mode: 'public' });
    const sim = createLayoutSimulation(graph, { layout: 'force', width: 1000, height: 700 });
    sim.tick(SETTLE_TICKS * 2);
    const positions = sim.positions();
    const phases = graph.nodes.filter((n) => n.kind === 'phase').sort((a, b) => a.phaseOrder! - b.phaseOrder!);
    assert.ok(phases.length >= 2);
    const xs = phases.map((p) => positions.get(p.id)!.x);
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i]! > xs[i - 1]!, `phase ${i + 1} right of phase ${i}: ${xs.join(', ')}`);
    const linked = new Set(graph.links.flatMap((l) => [l.source, l.target]));
    const lonely = graph.nodes.filter((n) => n.kind !== 'phase' && !linked.has(n.id));
    if (lonely.length === 0) return;
    const others = graph.nodes.filter((n) => linked.has(n.id)).map((n) => positions.get(n.id)!.y);
    const median = others.sort((a, b) => a - b)[Math.floor(others.length / 2)]!;
    for (const node of lonely) assert.ok(positions.get(node.id)!.y > median, `${node.id} below the middle`);
    const ys = lonely.map((n) => positions.get(n.id)!.y);
    assert.ok(Math.max(...ys) - Math.min(...ys) < 120, `one row: ${ys.join(', ')}`);
  });
}
