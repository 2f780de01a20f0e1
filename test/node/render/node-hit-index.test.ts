// NodeHitIndex (the canvas path's hit test) follows the SVG map's rule (nodeAtPoint): the target is the node's
// radius and at least the minimum; the nearest centre wins; of equally near ones, the node drawn last.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NodeHitIndex } from '../../../src/render/node-hit-index.js';
import { nodeAtPoint } from '../../../src/render/node-at-point.js';
import type { GraphNode } from '../../../src/graph/types.js';

const node = (id: string): GraphNode => ({ id, kind: 'organisation', label: id }) as GraphNode;
const nodes = [node('a'), node('b'), node('c'), node('d')];
const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 30, y: 0 }],
  ['c', { x: 30, y: 0 }],
  ['d', { x: 60, y: 0 }],
]);
const radius = (n: GraphNode) => (n.id === 'a' ? 20 : 5);

describe('NodeHitIndex', () => {
  const points = [
    { x: 19, y: 0 },
    { x: 30, y: 4 },
    { x: 45, y: 0 },
    { x: 52, y: 0 },
    { x: 30, y: 11 },
    { x: 30, y: 13 },
  ];

  it('answers as nodeAtPoint does, with the same minimum target', () => {
    const index = new NodeHitIndex(radius);
    for (const p of points) {
      const expected = nodeAtPoint(nodes, positions, p, (n) => Math.max(radius(n), 12));
      assert.equal(index.find(nodes, positions, p, 12), expected, `at ${p.x},${p.y}`);
    }
  });

  it('of nodes at the same place takes the one drawn last (on top)', () => {
    const index = new NodeHitIndex(radius);
    assert.equal(index.find(nodes, positions, { x: 30, y: 4 }, 0), 'c');
    assert.equal(index.find([node('c'), node('b')], positions, { x: 30, y: 4 }, 0), 'b');
    assert.equal(index.find(nodes, positions, { x: 45, y: 0 }, 15), 'd', 'equally near b/c and d: d is drawn last');
  });
});
