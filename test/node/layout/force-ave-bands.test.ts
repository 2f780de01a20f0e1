// The AVE band force on its own, tested like d3-force's test/x-test.js: .stop(), tick(30), directions and limits.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { aveBandGeometry, bandRange, forceAveBands, type BandValue } from '../../../src/layout/force-ave-bands.js';
import { assertClose } from './asserts.js';

interface N extends SimulationNodeDatum {
  band: BandValue;
  radius: number;
}

const extent = { x0: 0, y0: 0, x1: 800, y1: 500 };

describe('aveBandGeometry', () => {
  test('columns left to right, header row, neutral strip at the bottom', () => {
    const g = aveBandGeometry(extent, 4, true);
    assert.deepEqual(g.columns.map((c) => c.cx), [100, 300, 500, 700]);
    assert.equal(g.columns[0]!.x0, 0);
    assert.equal(g.columns[3]!.x1, 800);
    assert.ok(g.headerY > 0 && g.headerY < g.main.y0);
    assert.ok(g.neutral && g.neutral.y0 === g.main.y1 && g.neutral.y1 === 500);
    assert.equal(aveBandGeometry(extent, 4, false).neutral, null);
    assert.equal(aveBandGeometry(extent, 0, false).columns.length, 1);
  });

  test('bandRange', () => {
    assert.deepEqual(bandRange(2), [2, 2]);
    assert.deepEqual(bandRange([3, 1]), [1, 3]);
    assert.equal(bandRange(undefined), null);
    assert.equal(bandRange(NaN), null);
  });
});

describe('forceAveBands', () => {
  test('moves nodes towards the centre of their column', () => {
    const bands = forceAveBands<N>().bandCount(4).extent(extent);
    const nodes: N[] = [0, 1, 2, 3].map((band) => ({ band, radius: 5, x: 400, y: 250 }));
    const sim = forceSimulation(nodes).force('bands', bands).stop();
    sim.tick(30);
    const xs = nodes.map((n) => n.x!);
    assert.ok(xs[0]! < xs[1]! && xs[1]! < xs[2]! && xs[2]! < xs[3]!, `phases ordered left to right: ${xs.join(',')}`);
    assert.ok(xs[0]! < 200 && xs[3]! > 600, `in their columns: ${xs.join(',')}`);
    assert.ok(Math.abs(xs[0]! - 100) < Math.abs(400 - 100), 'closer to the column centre than at the start');
    sim.tick(300);
    for (const node of nodes) assertClose(node.x!, bands.geometry().columns[node.band as number]!.cx, 1);
  });

  test('a node spanning two phases goes to the border between them', () => {
    const nodes: N[] = [{ band: [1, 2], radius: 5, x: 0, y: 250 }];
    forceSimulation(nodes).force('bands', forceAveBands<N>().bandCount(4).extent(extent)).stop().tick(300);
    assertClose(nodes[0]!.x!, 400, 1);
  });

  test('nodes without a phase go to the neutral strip, x is left (nearly) free', () => {
    const nodes: N[] = [
      { band: undefined, radius: 5, x: 150, y: 0 },
      { band: 0, radius: 5, x: 100, y: 480 },
    ];
    const bands = forceAveBands<N>().bandCount(4).extent(extent);
    forceSimulation(nodes).force('bands', bands).stop().tick(30);
    const g = bands.geometry();
    assert.ok(g.neutral);
    assert.ok(nodes[0]!.y! > g.neutral.y0, `neutral node in the strip: ${nodes[0]!.y}`);
    assert.ok(Math.abs(nodes[0]!.x! - 150) < 60, `x barely pulled: ${nodes[0]!.x}`);
    assert.ok(nodes[1]!.y! <= g.main.y1 - 5 + 0.5, `phased node back in the main area: ${nodes[1]!.y}`);
  });

  test('keeps nodes inside their column (containment)', () => {
    const nodes: N[] = [{ band: 0, radius: 10, x: 790, y: 250 }];
    forceSimulation(nodes).force('bands', forceAveBands<N>().bandCount(4).extent(extent).strength(0)).stop().tick(60);
    assert.ok(nodes[0]!.x! <= 200 - 10 + 1, `back inside column 0: ${nodes[0]!.x}`);
  });

  test('spreads a column down the main area instead of piling it up (slots)', () => {
    const nodes: N[] = Array.from({ length: 12 }, () => ({ band: 1, radius: 5, x: 300, y: 480 }));
    const bands = forceAveBands<N>().bandCount(4).extent(extent).crossStrength(0.3);
    forceSimulation(nodes).force('bands', bands).stop().tick(300);
    const { main, columns } = bands.geometry();
    const ys = nodes.map((n) => n.y!).sort((a, b) => a - b);
    const height = main.y1 - main.y0;
    assert.ok(ys[ys.length - 1]! - ys[0]! > 0.6 * height, `spread ${ys[0]}…${ys[ys.length - 1]}`);
    assert.ok(ys[0]! < main.y0 + 0.25 * height, `first row near the header: ${ys[0]}`);
    for (const node of nodes) assert.ok(node.x! > columns[1]!.x0 && node.x! < columns[1]!.x1);
    // Distinct slots: no two nodes share a position.
    assert.equal(new Set(nodes.map((n) => `${Math.round(n.x!)},${Math.round(n.y!)}`)).size, nodes.length);
  });

  test('ranges get a lane on the border; the neutral strip is filled in order, left to right', () => {
    const nodes: N[] = [
      { band: [1, 2], radius: 5, x: 0, y: 0 },
      { band: 1, radius: 5, x: 0, y: 0 },
      ...Array.from({ length: 6 }, (): N => ({ band: undefined, radius: 5, x: 0, y: 0 })),
    ];
    const bands = forceAveBands<N>().bandCount(4).extent(extent).order((_n, i) => -i);
    bands.initialize(nodes, Math.random);
    const g = bands.geometry();
    assertClose(bands.target(0)!.x, g.columns[1]!.x1, 1e-9);
    assert.ok(bands.target(1)!.x < g.columns[1]!.x1 - 10, 'the single-phase lane leaves the border free');
    const neutral = [2, 3, 4, 5, 6, 7].map((i) => bands.target(i)!);
    for (const p of neutral) assert.ok(p.y > g.neutral!.y0 && p.y < g.neutral!.y1);
    // order = −index: the last node comes first (leftmost).
    assert.ok(neutral[5]!.x <= neutral[0]!.x);
    assert.equal(bands.target(99), undefined);
  });

  test('slotted(false) nodes take no slot', () => {
    const nodes: N[] = [
      { band: 0, radius: 5, x: 0, y: 0 },
      { band: 0, radius: 5, x: 0, y: 0 },
    ];
    const bands = forceAveBands<N>().bandCount(4).extent(extent).slotted((_n, i) => i !== 0);
    bands.initialize(nodes, Math.random);
    const g = bands.geometry();
    assert.equal(bands.target(0)!.y, g.main.cy);
    assert.equal(bands.target(1)!.y, g.main.cy, 'a lone slotted node sits in the one row');
  });

  test('getters and setters in d3 style', () => {
    const force = forceAveBands<N>();
    assert.equal(force.bandCount(), 4);
    assert.equal(force.bandCount(3), force);
    assert.equal(force.bandCount(), 3);
    assert.equal(force.crossStrength(0.1).crossStrength(), 0.1);
    assert.equal(force.strength(0.5).strength()({ band: 0, radius: 1 }, 0, []), 0.5);
    assert.deepEqual(force.extent(extent).extent(), extent);
    const accessor = (d: N) => d.band;
    assert.equal(force.band(accessor).band(), accessor);
  });

  test('changes velocities only, never pins', () => {
    const node: N = { band: 2, radius: 5, x: 0, y: 0, vx: 0, vy: 0 };
    const force = forceAveBands<N>().bandCount(4).extent(extent);
    force.initialize([node], Math.random);
    force(1);
    assert.ok(node.vx! > 0 && node.vy! > 0);
    assert.equal(node.x, 0);
    assert.equal(node.fx, undefined);
  });
});
