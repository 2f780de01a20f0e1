// claimsKey (static, keyboard-keys.ts) must give exactly the answer of KeyboardController.handle (a lazy chunk):
// before the chunk arrives the map claims a key (preventDefault) only when the controller will use it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsKey, type KeyInput } from '../../../../src/components/map/keyboard-keys.js';
import { KeyboardController, type KeyboardHost } from '../../../../src/components/map/keyboard-controller.js';
import type { Point } from '../../../../src/layout/create-simulation.js';

const KEYS = [
  'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' ', 'Escape', 'Tab', '[', ']', '+', '=', '-', '_', '0',
  '1', 'm', 'M', 'p', 'P', '?', 'a', 'x', 'Shift', 'PageDown', 'F1', 'Arrow', 'ArrowUpX', 'mm', '',
];

function host(state: { focusedId?: string; selectedId?: string; movingId?: string }): KeyboardHost {
  const positions = new Map<string, Point>([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 0 }],
    ['c', { x: 0, y: 100 }],
  ]);
  const noop = () => undefined;
  return {
    focusedId: state.focusedId,
    selectedId: state.selectedId,
    movingId: state.movingId,
    reachable: () => positions,
    order: () => [...positions.keys()],
    neighbours: (id) => [...positions.keys()].filter((other) => other !== id),
    focusNode: noop,
    select: noop,
    zoomBy: noop,
    panBy: noop,
    fit: noop,
    startMove: noop,
    endMove: noop,
    moveBy: noop,
    togglePause: noop,
    openKeys: noop,
  };
}

describe('claimsKey', () => {
  test('agrees with KeyboardController.handle for every key, modifier and state', () => {
    const states = [
      {},
      { focusedId: 'a' },
      { focusedId: 'a', selectedId: 'a' },
      { selectedId: 'b' },
      { focusedId: 'a', movingId: 'a' },
      { movingId: 'c' },
    ];
    const modifiers: Array<Partial<KeyInput>> = [{}, { shiftKey: true }, { altKey: true }, { ctrlKey: true }, { metaKey: true }];
    let claimed = 0;
    for (const state of states) {
      for (const key of KEYS) {
        for (const modifier of modifiers) {
          const event = { key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...modifier };
          const expected = new KeyboardController(host(state)).handle(event as KeyboardEvent);
          assert.equal(claimsKey(event, { focusedId: undefined, selectedId: undefined, movingId: undefined, ...state }), expected, `${JSON.stringify(key)} ${JSON.stringify(modifier)} ${JSON.stringify(state)}`);
          if (expected) claimed++;
        }
      }
    }
    assert.ok(claimed > 100, 'many combinations are used keys');
  });

  test('claims navigation keys, not Tab or typing', () => {
    const plain = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
    const none = { focusedId: undefined, selectedId: undefined, movingId: undefined };
    assert.equal(claimsKey({ key: 'ArrowLeft', ...plain }, none), true);
    assert.equal(claimsKey({ key: ' ', ...plain }, none), true);
    assert.equal(claimsKey({ key: 'Tab', ...plain }, none), false);
    assert.equal(claimsKey({ key: 'a', ...plain }, none), false);
    assert.equal(claimsKey({ key: 'Escape', ...plain }, none), false);
    assert.equal(claimsKey({ key: 'Escape', ...plain }, { ...none, selectedId: 'x' }), true);
    assert.equal(claimsKey({ key: 'ArrowLeft', ...plain, ctrlKey: true }, none), false);
  });
});
