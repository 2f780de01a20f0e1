// The AVE layout's track lanes (schema 1.1) and neutral groups: the force's slots (forceAveBands .lane / .group /
// .position), the lane choice (assignLanes) and the captions drawn over them (render/map-captions.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SimulationNodeDatum } from 'd3-force';
import { forceAveBands, spreadAlong, UNLINKED, type BandValue } from '../../../src/layout/force-ave-bands.js';
import { assignBands, assignLanes } from '../../../src/layout/ave-order.js';
import { createLayoutSimulation, type LayoutNode } from '../../../src/layout/create-simulation.js';
import { loadLayoutForces } from '../../../src/layout/layout-forces.js';
import { warmUp } from '../../../src/layout/warm-up.js';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { aveCaptions, captionBox, unlinkedRowCaption } from '../../../src/render/map-captions.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import type { GraphNode, NetworkGraph } from '../../../src/graph/types.js';
import { minimalNetwork } from '../graph/helpers.js';

interface N extends SimulationNodeDatum {
  band: BandValue;
  lane?: number | undefined;
  radius: number;
  kind?: string;
}

const extent = { x0: 0, y0: 0, x1: 800, y1: 600 };

/** The minimal example with two tracks: the meldpunt on the first, the MDA++ on both, the training on the second. */
function withTracks(): GiaNetwork {
  const network = minimalNetwork();
  network.schemaVersion = '1.1';
  network.escalationModel.tracks = [
    { id: 'spoor-zorg', name: 'Hulp, zonder strafrecht', order: 1 },
    { id: 'spoor-straf', name: 'Strafrechtelijk spoor', order: 2 },
  ];
  const meetings = network.meetings ?? [];
  const organisations = network.organisations;
  organisations[0]!.tracks = ['spoor-zorg'];
  if (meetings[0]) meetings[0].tracks = ['spoor-zorg', 'spoor-straf'];
  return network;
}

describe('forceAveBands: track lanes', () => {
  test('lanes lie between the main area and the neutral strip, in track order, each under its caption row', () => {
    const nodes: N[] = [
      { band: 0, radius: 5 },
      { band: undefined, lane: 1, radius: 5 },
      { band: 3, lane: 0, radius: 5 },
      { band: undefined, radius: 5 },
    ];
    const bands = forceAveBands<N>().bandCount(4).laneCount(2).extent(extent);
    bands.initialize(nodes, Math.random);
    const g = bands.geometry();
    assert.deepEqual(g.lanes.map((l) => l.index), [0, 1]);
    assert.ok(g.main.y1 <= g.lanes[0]!.y0 && g.lanes[0]!.y1 <= g.lanes[1]!.y0 && g.lanes[1]!.y1 <= g.neutral!.y0);
    for (const l of g.lanes) assert.ok(l.top > l.y0, 'a caption row on top');
    // A lane node: in its lane (below the caption row); with a phase, under that phase's column.
    const t1 = bands.target(1)!;
    assert.ok(t1.y > g.lanes[1]!.top && t1.y < g.lanes[1]!.y1, `lane 1: ${t1.y}`);
    const t2 = bands.target(2)!;
    assert.ok(t2.y > g.lanes[0]!.top && t2.y < g.lanes[0]!.y1, `lane 0: ${t2.y}`);
    assert.ok(t2.x > g.columns[3]!.x0 && t2.x < g.columns[3]!.x1, `under AVE 4: ${t2.x}`);
    assert.ok(bands.target(0)!.y < g.main.y1 && bands.target(3)!.y > g.neutral!.y0);
  });

  test('a lane with no nodes is not drawn; no lanes at all leaves the geometry as before', () => {
    const nodes: N[] = [{ band: undefined, lane: 2, radius: 5 }, { band: 1, radius: 5 }];
    const bands = forceAveBands<N>().bandCount(4).laneCount(3).extent(extent);
    bands.initialize(nodes, Math.random);
    assert.deepEqual(bands.geometry().lanes.map((l) => l.index), [2]);
    bands.laneCount(0);
    assert.deepEqual(bands.geometry().lanes, []);
  });

  test('neutral nodes sit in blocks per group; the unlinked group comes last', () => {
    const kinds = ['specialism', UNLINKED, 'organisation', 'specialism', 'organisation', 'specialism'];
    const nodes: N[] = kinds.map((kind) => ({ band: undefined, radius: 5, kind }));
    const bands = forceAveBands<N>().bandCount(4).extent(extent).group((d) => d.kind);
    bands.initialize(nodes, Math.random);
    const { groups } = bands.geometry();
    assert.deepEqual(groups.map((g) => g.key).at(-1), UNLINKED);
    for (const group of groups) {
      const members = kinds.map((k, i) => [k, i] as const).filter(([k]) => k === group.key);
      assert.equal(group.count, members.length);
      for (const [, i] of members) assert.ok(bands.target(i)!.x >= group.x0 && bands.target(i)!.x <= group.x1, `${group.key} node ${i}`);
    }
    // Blocks do not overlap.
    for (let i = 1; i < groups.length; i++) assert.ok(groups[i]!.x0 >= groups[i - 1]!.x1);
  });

  test('spreadAlong keeps wishes where it can, and keeps values apart', () => {
    assert.deepEqual(spreadAlong([100], 0, 800, 50), [100]);
    assert.deepEqual(spreadAlong([100, 110], 0, 800, 50), [100, 150]);
    assert.deepEqual(spreadAlong([790, 795], 0, 800, 50), [725, 775]);
    const packed = spreadAlong([10, 10, 10, 10], 0, 100, 50);
    for (let i = 1; i < packed.length; i++) assert.ok(packed[i]! - packed[i - 1]! >= 25 - 1e-9);
  });
});

describe('assignLanes and the AVE layout with tracks', () => {
  test('a node goes to the lane of its track; one with phases on more than half of the tracks stays in the columns', async () => {
    await loadLayoutForces();
    const graph = deriveGraph(withTracks());
    const nodes: LayoutNode[] = graph.nodes.map((n) => ({ id: n.id, kind: n.kind, phaseOrder: n.phaseOrder, band: undefined, radius: 5, x: 0, y: 0 }));
    assignBands(graph, nodes);
    assert.equal(assignLanes(graph, nodes), 2);
    const lane = (id: string) => nodes.find((n) => n.id === id)!.lane;
    const org = withTracks().organisations[0]!.id;
    assert.equal(lane(org), 0);
    // The MDA++ acts in AVE 4 and is on both tracks: it acts across them.
    assert.equal(lane(withTracks().meetings![0]!.id), undefined);
    for (const node of graph.nodes) if (!node.tracks?.length) assert.equal(lane(node.id), undefined, node.id);
    // On several tracks: the lane where most of its neighbours are; on a tie the first.
    const node = (id: string, tracks: string[]): GraphNode => ({ id, kind: 'organisation', label: id, phases: [], tracks, specialisms: [], municipalities: [], searchText: id, degree: 1, fictitious: false });
    const made = [node('a', ['t1']), node('b', ['t2']), node('c', ['t2']), node('x', ['t1', 't2']), node('y', ['t1', 't2'])];
    const neighbours = new Map<string, Set<string>>([['x', new Set(['a', 'b', 'c'])], ['y', new Set(['a', 'b'])]]);
    const small: NetworkGraph = { nodes: made, links: [], byId: new Map(made.map((n) => [n.id, n])), neighbours, tracks: [{ id: 't1', name: 'Een' }, { id: 't2', name: 'Twee' }] };
    const smallNodes: LayoutNode[] = made.map((n) => ({ id: n.id, kind: n.kind, phaseOrder: undefined, band: undefined, radius: 5, x: 0, y: 0 }));
    assignLanes(small, smallNodes);
    assert.deepEqual(smallNodes.map((n) => n.lane), [0, 1, 1, 1, 0]);
  });

  test('the layout puts track nodes in their lanes and names the lanes', async () => {
    await loadLayoutForces();
    const graph = deriveGraph(withTracks());
    const sim = createLayoutSimulation(graph, { layout: 'ave', width: 960, height: 700 });
    warmUp(sim, { maxTicks: 1000 });
    const g = sim.bandGeometry();
    const org = withTracks().organisations[0]!.id;
    const p = sim.positions().get(org)!;
    assert.ok(p.y > g.lanes[0]!.top - 1 && p.y < g.lanes[0]!.y1 + 1, `in the first lane: ${p.y}`);
    const captions = aveCaptions('nl', g, graph.tracks ?? []);
    assert.deepEqual(
      captions.filter((c) => c.kind === 'lane').map((c) => c.text),
      // A name that says "spoor" already is shown as it is.
      g.lanes.map((l) => (l.index === 0 ? 'Spoor: Hulp, zonder strafrecht' : 'Strafrechtelijk spoor')),
    );
  });
});

describe('map captions', () => {
  test('the unlinked row caption sits over the unlinked nodes; none without them', () => {
    const node = (id: string, degree: number) => ({ id, kind: 'organisation' as const, label: id, phases: [], specialisms: [], municipalities: [], searchText: id, degree, fictitious: false });
    const nodes = [node('a', 0), node('b', 0), node('c', 3)];
    const positions = new Map([
      ['a', { x: 100, y: 500 }],
      ['b', { x: 300, y: 500 }],
      ['c', { x: 200, y: 100 }],
    ]);
    const caption = unlinkedRowCaption('nl', nodes, positions, () => 10)!;
    assert.equal(caption.text, 'Nog geen verbinding vastgelegd');
    assert.equal(caption.x, 200);
    const box = captionBox(caption);
    assert.ok(box.y1 <= 490 && box.y1 > 450, `just above the row: ${box.y0}…${box.y1}`);
    assert.equal(unlinkedRowCaption('nl', [nodes[2]!], positions, () => 10), undefined);
  });

  test('caption boxes keep their screen size down to a zoom of 0.75', () => {
    const caption = { id: 'x', kind: 'group' as const, text: 'Organisaties', x: 0, y: 0, anchor: 'start' as const };
    const w = (k: number) => captionBox(caption, k).x1 * k;
    assert.ok(Math.abs(w(1) - w(2)) < 1e-9 && Math.abs(w(1) - w(0.75)) < 1e-9);
    assert.ok(w(0.5) < w(1));
  });
});
