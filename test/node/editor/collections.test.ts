import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { itemLabel, textOf } from '../../../src/editor/collections.js';

describe('textOf', () => {
  test('keeps strings and numbers, falls back for anything else', () => {
    assert.equal(textOf('zorg', '?'), 'zorg');
    assert.equal(textOf(3, '?'), '3');
    assert.equal(textOf(undefined, '?'), '?');
    assert.equal(textOf(null, 'contact'), 'contact');
    assert.equal(textOf({ id: 'x' }, '?'), '?');
  });
});

describe('itemLabel', () => {
  test('a relation is named "from → to", with "?" for a missing or broken end', () => {
    assert.equal(itemLabel({ from: 'a', to: 'b', type: 'part-of' }), 'a → b');
    assert.equal(itemLabel({ from: 'a' }), 'a → ?');
    assert.equal(itemLabel({ from: 'a', to: { id: 'b' } }), 'a → ?');
  });

  test('a name wins over the id', () => {
    assert.equal(itemLabel({ id: 'x', name: '  Veilig Thuis ' }), 'Veilig Thuis');
    assert.equal(itemLabel({ id: 'x', name: ' ' }), 'x');
  });
});
