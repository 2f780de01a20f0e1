import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextSize, PIECE_MS } from '../../../src/render/canvas-renderer.js';

test('a cheap full piece lets the next one grow, at most twofold', () => {
  // 100 items in a quarter of the aimed time: four times as many would fit; growth is capped at two.
  assert.equal(nextSize(100, 100, PIECE_MS / 4), 200);
  // 100 items in 80 % of the aimed time: 125 fit.
  assert.equal(nextSize(100, 100, PIECE_MS * 0.8), 125);
});

test('an expensive piece shrinks the next one, at most by half', () => {
  assert.equal(nextSize(400, 400, PIECE_MS * 10), 200);
  assert.equal(nextSize(400, 400, PIECE_MS * 1.25), 320);
});

test('a partial piece (the end of a group) does not let the size grow', () => {
  assert.equal(nextSize(256, 10, 0.1), 256);
  assert.equal(nextSize(256, 200, PIECE_MS), 256);
  // …but it can still show that items are expensive.
  assert.equal(nextSize(256, 200, PIECE_MS * 1.25), 160);
  assert.equal(nextSize(256, 100, PIECE_MS * 4), 128);
});

test('sizes stay at least 8 items, and an empty piece changes nothing', () => {
  assert.equal(nextSize(10, 10, PIECE_MS * 100), 8);
  assert.equal(nextSize(64, 0, PIECE_MS * 10), 64);
});
