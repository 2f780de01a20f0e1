import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyChange, canRedo, canUndo, createEditorState, markSaved, redo, undo, undoLabel } from '../../../src/editor/editor-state.js';
import { getAt, insertAt, removeAll, removeAt, setAt, splitPointer, joinPointer, stableStringify } from '../../../src/editor/pointer.js';
import { zuidLimburg } from './helpers.js';

describe('pointer helpers', () => {
  test('set, insert and remove return new roots and share untouched parts', () => {
    const doc = { a: { b: [1, 2, 3] }, c: { d: 1 } };
    const set = setAt(doc, '/a/b/1', 20);
    assert.deepEqual(set.a.b, [1, 20, 3]);
    assert.deepEqual(doc.a.b, [1, 2, 3], 'original untouched');
    assert.equal(set.c, doc.c, 'unchanged branch shared');
    assert.deepEqual(removeAt(doc, '/a/b/0').a.b, [2, 3]);
    assert.deepEqual(insertAt(doc, '/a/b', 9, 1).a.b, [1, 9, 2, 3]);
    assert.deepEqual(setAt(doc, '/c/d', undefined).c, {});
    assert.deepEqual(setAt({}, '/x/y', 1), { x: { y: 1 } });
  });
  test('escaping and reads of missing paths', () => {
    assert.deepEqual(splitPointer('/a~1b/c~0d'), ['a/b', 'c~d']);
    assert.equal(joinPointer(['a/b', 'c~d']), '/a~1b/c~0d');
    assert.equal(getAt({ a: 1 }, '/a/b/c'), undefined);
    assert.equal(getAt([1], '/x'), undefined);
  });
  test('removeAll removes several array items without shifting the wrong ones', () => {
    const doc = { list: ['a', 'b', 'c', 'd'], nested: [{ x: [1, 2, 3] }] };
    const result = removeAll(doc, ['/list/1', '/list/3', '/nested/0/x/0', '/nested/0/x/2']);
    assert.deepEqual(result.list, ['a', 'c']);
    assert.deepEqual(result.nested[0]!.x, [2]);
  });
  test('stableStringify ignores key order', () => {
    assert.equal(stableStringify({ a: 1, b: [1, { c: 2, d: 3 }] }), stableStringify({ b: [1, { d: 3, c: 2 }], a: 1 }));
  });
});

describe('editor state: undo and redo', () => {
  test('every change can be undone and redone; the network is never mutated', () => {
    const network = zuidLimburg();
    const before = JSON.stringify(network);
    let state = createEditorState(network);
    assert.equal(canUndo(state), false);
    state = applyChange(state, (n) => setAt(n, '/organisations/0/name', 'Nieuwe naam'), 'Naam gewijzigd', { now: 0 });
    state = applyChange(state, (n) => removeAt(n, '/contacts/0'), 'Contactpersoon verwijderd', { now: 10_000 });
    assert.equal(JSON.stringify(network), before, 'input untouched');
    assert.equal(state.current.organisations[0]!.name, 'Nieuwe naam');
    assert.equal(undoLabel(state), 'Contactpersoon verwijderd');
    state = undo(state);
    assert.equal(state.current.contacts!.length, network.contacts!.length);
    state = undo(state);
    assert.equal(state.current.organisations[0]!.name, network.organisations[0]!.name);
    assert.equal(canUndo(state), false);
    assert.equal(canRedo(state), true);
    state = redo(state);
    assert.equal(state.current.organisations[0]!.name, 'Nieuwe naam');
    state = redo(state);
    assert.equal(state.current.contacts!.length, network.contacts!.length - 1);
    assert.equal(canRedo(state), false);
  });
  test('typing in one field is one undo step; a new change clears redo', () => {
    let state = createEditorState({ name: '' });
    for (const [i, text] of ['V', 'Ve', 'Vei', 'Veilig'].entries()) {
      state = applyChange(state, (d) => setAt(d, '/name', text), 'Naam', { mergeKey: '/name', now: i * 200 });
    }
    assert.equal(state.past.length, 1);
    state = undo(state);
    assert.equal(state.current.name, '');
    state = applyChange(state, (d) => setAt(d, '/name', 'X'), 'Naam', { mergeKey: '/name', now: 5000 });
    assert.equal(canRedo(state), false);
    // After the merge window a new step starts.
    state = applyChange(state, (d) => setAt(d, '/name', 'XY'), 'Naam', { mergeKey: '/name', now: 9000 });
    assert.equal(state.past.length, 2);
  });
  test('a change that returns the same object is no change; markSaved clears dirty', () => {
    const state = createEditorState({ a: 1 });
    assert.equal(applyChange(state, (d) => d, 'niets'), state);
    const changed = applyChange(state, (d) => setAt(d, '/a', 2), 'a');
    assert.equal(changed.dirty, true);
    assert.equal(markSaved(changed).dirty, false);
  });
});
