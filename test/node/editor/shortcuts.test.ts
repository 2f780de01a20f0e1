import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shortcutOf } from '../../../src/editor/shortcuts.js';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
});

describe('editor shortcuts', () => {
  test('Ctrl or Cmd with Z, Shift+Z, Y and S', () => {
    assert.equal(shortcutOf(press('z', { ctrl: true })), 'undo');
    assert.equal(shortcutOf(press('Z', { meta: true, shift: true })), 'redo');
    assert.equal(shortcutOf(press('y', { ctrl: true })), 'redo');
    assert.equal(shortcutOf(press('s', { meta: true })), 'save');
  });

  test('nothing without a modifier or for other keys', () => {
    assert.equal(shortcutOf(press('z')), null);
    assert.equal(shortcutOf(press('s', { shift: true })), null);
    assert.equal(shortcutOf(press('x', { ctrl: true })), null);
  });
});
