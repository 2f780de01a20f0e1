import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nodeAtPoint } from '../../../src/render/node-at-point.js';
import type { GraphNode } from '../../../src/graph/types.js';

const node = (id: string): GraphNode => ({ id, kind: 'organisation', label: id }) as GraphNode;
const nodes = [node('a'), node('b'), node('c')];
const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 30, y: 0 }],
  ['c', { x: 30, y: 0 }],
]);

describe('nodeAtPoint', () => {
  it('finds the node whose target circle holds the point, the nearest centre first', () => {
    assert.equal(nodeAtPoint(nodes, positions, { x: 9, y: 0 }, () => 12), 'a');
    assert.equal(nodeAtPoint(nodes, positions, { x: 16, y: 0 }, () => 20), 'c', 'both reach: b/c are nearer than a');
    assert.equal(nodeAtPoint(nodes, positions, { x: 14, y: 0 }, () => 12), undefined, 'between the targets');
  });

  it('uses each node its own radius, and of equally near nodes takes the one drawn last (on top)', () => {
    const radius = (n: GraphNode) => (n.id === 'a' ? 20 : 5);
    assert.equal(nodeAtPoint(nodes, positions, { x: 19, y: 0 }, radius), 'a');
    assert.equal(nodeAtPoint(nodes, positions, { x: 30, y: 4 }, radius), 'c');
  });

  it('skips nodes without a position', () => {
    assert.equal(nodeAtPoint([node('x')], positions, { x: 0, y: 0 }, () => 50), undefined);
  });
});
