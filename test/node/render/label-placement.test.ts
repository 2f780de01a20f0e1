import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeLabels } from '../../../src/render/label-placement.js';
import type { GraphNode, NodeKind } from '../../../src/graph/types.js';

function node(id: string, kind: NodeKind = 'organisation', degree = 1): GraphNode {
  return { id, kind, label: id, phases: [], specialisms: [], municipalities: [], searchText: id, degree, fictitious: false };
}

const base = { fontSize: 12, text: (n: GraphNode) => n.label, radius: () => 8 };

test('labels far apart are all placed below their node', () => {
  const nodes = [node('aaaa'), node('bbbb')];
  const positions = new Map([['aaaa', { x: 0, y: 0 }], ['bbbb', { x: 500, y: 0 }]]);
  const placed = placeLabels({ ...base, nodes, positions, scale: 1 });
  assert.deepEqual([...placed.entries()], [['aaaa', 'below'], ['bbbb', 'below']]);
});

test('overlapping labels: the higher priority one wins, the other moves or is left out', () => {
  const nodes = [node('specialism-long-name', 'specialism'), node('organisation-long-name', 'organisation', 9)];
  const positions = new Map([
    ['specialism-long-name', { x: 0, y: 0 }],
    ['organisation-long-name', { x: 60, y: 24 }],
  ]);
  const placed = placeLabels({ ...base, nodes, positions, scale: 1 });
  assert.equal(placed.get('organisation-long-name'), 'below');
  assert.notEqual(placed.get('specialism-long-name'), 'below');
});

test('zooming in makes room for more labels', () => {
  const nodes = Array.from({ length: 30 }, (_, i) => node(`node-${i}`));
  const positions = new Map(nodes.map((n, i) => [n.id, { x: (i % 6) * 20, y: Math.floor(i / 6) * 20 }]));
  const far = placeLabels({ ...base, nodes, positions, scale: 0.5 }).size;
  const near = placeLabels({ ...base, nodes, positions, scale: 6 }).size;
  assert.ok(near > far, `${near} > ${far}`);
  assert.equal(near, 30);
});

test('labels stay inside the bounds; only a node looked at (`first`) is labelled where none fits, not a result', () => {
  const nodes = [node('edge'), node('middle')];
  const positions = new Map([['edge', { x: 0, y: 0 }], ['middle', { x: 200, y: 100 }]]);
  const bounds = { x0: 100, y0: 0, x1: 400, y1: 300 };
  const placed = placeLabels({ ...base, nodes, positions, scale: 1, bounds });
  assert.equal(placed.has('edge'), false);
  assert.equal(placed.get('middle'), 'below');
  const result = placeLabels({ ...base, nodes, positions, scale: 1, bounds, highlighted: new Set(['edge']) });
  assert.equal(result.has('edge'), false);
  const first = placeLabels({ ...base, nodes, positions, scale: 1, bounds, first: ['edge'] });
  assert.equal(first.get('edge'), 'below');
});

/** The screen box a placed label takes (the same geometry as the placement, written out for the test). */
function labelBox(side: string, p: { x: number; y: number }, text: string, r = 9): [number, number, number, number] {
  const w = text.length * 12 * 0.6;
  const h = 12 * 1.2;
  const corner = side.startsWith('below-') || side.startsWith('above-');
  const right = side.startsWith('right') || side.endsWith('right');
  const left = side.startsWith('left') || side.endsWith('left');
  const x = right ? p.x + r + (corner ? 0 : 2) : left ? p.x - r - (corner ? 0 : 2) - w : p.x - w / 2;
  const y = side.startsWith('below') ? p.y + r : side.startsWith('above') ? p.y - r - h : side.endsWith('low') ? p.y : side.endsWith('high') ? p.y - h : p.y - h / 2;
  return [x, y, x + w, y + h];
}
const overlaps = (a: readonly number[], b: readonly number[]) => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;

test('a result with its four sides taken is labelled beside it, lower; an ordinary node there is not', () => {
  // Four neighbours close to the four sides of `r` (n and s a little to the left, e a little up): only the
  // place beside it on the right, hanging down from its centre line, is free.
  const ids = ['r', 'n', 's', 'e', 'w'];
  const nodes = ids.map((id) => node(id, 'organisation', id === 'r' ? 0 : 5));
  const positions = new Map([['r', { x: 0, y: 0 }], ['n', { x: -12, y: -28 }], ['s', { x: -12, y: 28 }], ['e', { x: 26, y: -16 }], ['w', { x: -26, y: 0 }]]);
  const text = (n: GraphNode) => (n.id === 'r' ? 'rr' : '');
  const plain = placeLabels({ ...base, nodes, positions, scale: 1, text });
  assert.equal(plain.has('r'), false);
  const result = placeLabels({ ...base, nodes, positions, scale: 1, text, highlighted: new Set(['r']) });
  assert.equal(result.get('r'), 'right-low');
});

test('highlighted results in a crowd: labelled where they fit, never over another label or node', () => {
  const nodes = Array.from({ length: 80 }, (_, i) => node(`node-${i}`, 'organisation', i % 5));
  // A dense pseudo-random cloud (fixed, so the test is repeatable).
  const positions = new Map(nodes.map((n, i) => [n.id, { x: (i * 97) % 260, y: (i * 61) % 180 }]));
  const highlighted = new Set(nodes.filter((_, i) => i % 9 === 0).map((n) => n.id));
  const placed = placeLabels({ ...base, nodes, positions, scale: 1, highlighted });
  const boxes = [...placed].map(([id, side]) => ({ id, box: labelBox(side, positions.get(id)!, id) }));
  assert.ok([...highlighted].some((id) => placed.has(id)), 'some results are labelled');
  assert.ok([...highlighted].some((id) => !placed.has(id)), 'the crowd leaves some results without room (the case under test)');
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) assert.equal(overlaps(a.box, b.box), false, `${a.id} × ${b.id}`);
    for (const n of nodes) {
      const p = positions.get(n.id)!;
      assert.equal(overlaps(a.box, [p.x - 8, p.y - 8, p.x + 8, p.y + 8]), false, `label ${a.id} × node ${n.id}`);
    }
  }
});

test('the same input gives the same placement', () => {
  const nodes = Array.from({ length: 50 }, (_, i) => node(`n-${i}`, i % 2 ? 'meeting' : 'organisation', i % 7));
  const positions = new Map(nodes.map((n, i) => [n.id, { x: (i * 37) % 300, y: (i * 53) % 200 }]));
  const a = placeLabels({ ...base, nodes, positions, scale: 1 });
  const b = placeLabels({ ...base, nodes: [...nodes].reverse(), positions, scale: 1 });
  assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
});

test('a label keeps clear of other nodes: the text beside a node is never a neighbour label', () => {
  // b sits just below a: b's label above it would be the text right under a.
  const nodes = [node('a', 'organisation', 1), node('b', 'organisation', 9)];
  const positions = new Map([['a', { x: 0, y: 0 }], ['b', { x: 0, y: 30 }]]);
  const placed = placeLabels({ ...base, nodes, positions, scale: 1 });
  assert.notEqual(placed.get('b'), 'above');
  assert.notEqual(placed.get('a'), 'below');
});

test('highlighted results are labelled before nodes of higher rank', () => {
  const nodes = [node('result-node-long', 'specialism', 0), node('phase-node-long-name', 'phase', 9)];
  const positions = new Map([['result-node-long', { x: 0, y: 0 }], ['phase-node-long-name', { x: 100, y: 0 }]]);
  const plain = placeLabels({ ...base, nodes, positions, scale: 1 });
  assert.equal(plain.get('phase-node-long-name'), 'below');
  assert.notEqual(plain.get('result-node-long'), 'below');
  const withResult = placeLabels({ ...base, nodes, positions, scale: 1, highlighted: new Set(['result-node-long']) });
  assert.equal(withResult.get('result-node-long'), 'below');
});

test('two-line labels take the height of two lines', () => {
  const nodes = [node('a'), node('b')];
  // b is 45 px below a: one line under a fits, two lines do not.
  const positions = new Map([['a', { x: 0, y: 0 }], ['b', { x: 0, y: 45 }]]);
  const one = placeLabels({ ...base, nodes, positions, scale: 1, first: ['b'] });
  const two = placeLabels({ ...base, nodes, positions, scale: 1, first: ['b'], lines: () => ['line one', 'line two'] });
  assert.equal(one.get('a'), 'below');
  assert.notEqual(two.get('a'), 'below');
});
