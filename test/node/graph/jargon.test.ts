import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jargonIn } from '../../../src/graph/jargon.js';

describe('jargonIn', () => {
  test('finds AVE and MDA++ as terms of their own', () => {
    assert.deepEqual(jargonIn(['MDA++ Zuid-Limburg', 'AVE-fase']), ['ave', 'mda']);
    assert.deepEqual(jargonIn(['AVE 3: opschalen']), ['ave']);
    assert.deepEqual(jargonIn([undefined, 'Overleg MDA++']), ['mda']);
  });

  test('not inside other words, not MDA without ++', () => {
    assert.deepEqual(jargonIn(['Avenue', 'gave', 'SLAVE', 'MDA-overleg', 'ave']), []);
    assert.deepEqual(jargonIn([]), []);
  });
});
