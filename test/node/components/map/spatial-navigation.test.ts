import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestInDirection, neighboursClockwise } from '../../../../src/components/map/spatial-navigation.js';

const grid = new Map([
  ['c', { x: 0, y: 0 }],
  ['right', { x: 100, y: 5 }],
  ['far-right', { x: 300, y: 0 }],
  ['up', { x: 0, y: -80 }],
  ['down-left', { x: -60, y: 70 }],
  ['left', { x: -120, y: 0 }],
]);

test('arrow keys go to the nearest node in that direction', () => {
  const from = grid.get('c')!;
  assert.equal(nearestInDirection(from, 'right', grid, 'c'), 'right');
  assert.equal(nearestInDirection(from, 'up', grid, 'c'), 'up');
  assert.equal(nearestInDirection(from, 'left', grid, 'c'), 'left');
  assert.equal(nearestInDirection(from, 'down', grid, 'c'), 'down-left');
});

test('nothing in that direction: undefined', () => {
  assert.equal(nearestInDirection(grid.get('far-right')!, 'right', grid, 'far-right'), undefined);
});

test('nodes far off to the side do not count', () => {
  const points = new Map([['side', { x: 10, y: 200 }]]);
  assert.equal(nearestInDirection({ x: 0, y: 0 }, 'right', points), undefined);
});

test('neighbours are walked clockwise from 12 o’clock', () => {
  const order = neighboursClockwise({ x: 0, y: 0 }, [
    ['w', { x: -1, y: 0 }],
    ['s', { x: 0, y: 1 }],
    ['n', { x: 0, y: -1 }],
    ['e', { x: 1, y: 0 }],
  ]);
  assert.deepEqual(order, ['n', 'e', 's', 'w']);
});
