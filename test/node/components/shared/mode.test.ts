import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMode } from '../../../../src/components/shared/mode.js';

test('toMode: professional only when asked for exactly, public otherwise', () => {
  assert.equal(toMode('professional'), 'professional');
  assert.equal(toMode('public'), 'public');
  for (const value of ['Professional', ' professional', 'prof', '', null, undefined, 1, {}]) assert.equal(toMode(value), 'public', JSON.stringify(value));
});
