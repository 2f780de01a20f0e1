// forceLocalRepel on its own, like d3-force's tests: .stop(), tick(n), directions and limits.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { forceLocalRepel } from '../../../src/layout/force-local-repel.js';

interface N extends SimulationNodeDatum {
  r: number;
}

const grid = (count: number, gap: number): N[] =>
  Array.from({ length: count }, (_, i) => ({ r: 5, x: (i % 10) * gap, y: Math.floor(i / 10) * gap }));

describe('forceLocalRepel', () => {
  test('repels like forceManyBody within its reach', () => {
    const a: N[] = [
      { r: 0, x: 0, y: 0, vx: 0, vy: 0 },
      { r: 0, x: 20, y: 0, vx: 0, vy: 0 },
    ];
    const b: N[] = a.map((n) => ({ ...n }));
    const local = forceLocalRepel<N>().strength(-30).distance(100);
    local.initialize(a);
    local(1);
    const manyBody = forceManyBody<N>().strength(-30);
    manyBody.initialize(b, () => 0.5);
    manyBody(1);
    assert.ok(a[0]!.vx! < 0 && a[1]!.vx! > 0, 'pushed apart');
    assert.ok(Math.abs(a[0]!.vx! - b[0]!.vx!) < 1e-9, `${a[0]!.vx} vs ${b[0]!.vx}`);
  });

  test('nothing beyond its reach', () => {
    const nodes: N[] = [
      { r: 0, x: 0, y: 0, vx: 0, vy: 0 },
      { r: 0, x: 500, y: 0, vx: 0, vy: 0 },
    ];
    const force = forceLocalRepel<N>().distance(100);
    force.initialize(nodes);
    force(1);
    assert.equal(nodes[0]!.vx, 0);
    assert.equal(nodes[1]!.vx, 0);
  });

  test('separates overlapping and coincident nodes, deterministically, changing velocities only', () => {
    const run = () => {
      const nodes = grid(60, 2);
      nodes.push({ r: 5, x: 0, y: 0 }); // coincident with node 0
      forceSimulation(nodes).force('repel', forceLocalRepel<N>().strength(-5).distance(40).radius((d) => d.r)).stop().tick(200);
      return nodes;
    };
    const nodes = run();
    assert.deepEqual(
      nodes.map((n) => [n.x, n.y]),
      run().map((n) => [n.x, n.y]),
    );
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        if (Math.hypot(nodes[i]!.x! - nodes[j]!.x!, nodes[i]!.y! - nodes[j]!.y!) < 9) overlaps++;
      }
    }
    assert.equal(overlaps, 0);
    for (const n of nodes) assert.ok(Number.isFinite(n.x) && Number.isFinite(n.y) && n.fx === undefined);
  });

  test('nodes spread far apart get a coarser grid and still work', () => {
    const nodes: N[] = [
      { r: 1, x: 0, y: 0 },
      { r: 1, x: 1e7, y: 1e7 },
      { r: 1, x: 1, y: 0 },
    ];
    forceSimulation(nodes).force('repel', forceLocalRepel<N>().distance(10).radius(1)).stop().tick(5);
    for (const n of nodes) assert.ok(Number.isFinite(n.x) && Number.isFinite(n.y));
    assert.ok(nodes[2]!.x! - nodes[0]!.x! > 1, 'the close pair moved apart');
  });
});
