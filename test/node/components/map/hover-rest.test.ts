// Hover emphasis waits until the pointer rests and until a pan or zoom pauses (src/components/map/hover-rest.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HoverRest } from '../../../../src/components/map/hover-rest.js';

test('a pointer crossing nodes applies only the node where it rests, once', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const applied: Array<string | undefined> = [];
  const rest = new HoverRest((id) => applied.push(id), () => false, 50);
  for (const id of ['a', undefined, 'b', undefined, 'c']) {
    rest.set(id);
    t.mock.timers.tick(20);
  }
  assert.deepEqual(applied, []);
  t.mock.timers.tick(30);
  assert.deepEqual(applied, ['c']);
  t.mock.timers.tick(500);
  assert.deepEqual(applied, ['c']);
});

test('while a pan or zoom runs the hover waits, and follows when it pauses', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const applied: Array<string | undefined> = [];
  let busy = true;
  const rest = new HoverRest((id) => applied.push(id), () => busy, 50);
  rest.set('a');
  t.mock.timers.tick(200);
  assert.deepEqual(applied, []);
  busy = false;
  t.mock.timers.tick(50);
  assert.deepEqual(applied, ['a']);
});
