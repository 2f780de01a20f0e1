import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_FILTER } from '../../../../src/graph/filter-state.js';
import { cleanFilter } from '../../../../src/graph/filter-state.js';
import { createMapState } from '../../../../src/components/map/map-state.js';

function host() {
  return {
    updates: 0,
    requestUpdate() {
      this.updates++;
    },
  };
}

describe('map state', () => {
  test('starts with the map view, a clean filter and nothing selected, focused or open', () => {
    const state = createMapState(host());
    assert.equal(state.view, 'map');
    assert.deepEqual(state.filter, cleanFilter(EMPTY_FILTER));
    assert.equal(state.selected, undefined);
    assert.equal(state.graphFocused, false);
    assert.equal(state.legendOpen, false);
    assert.equal(state.chain, undefined);
    assert.deepEqual(Object.keys(state).sort(), [
      ...['chain', 'filter', 'focusedId', 'graph', 'graphFocused', 'help', 'hoverId', 'legendOpen', 'movingId', 'network', 'selected', 'shownNetwork', 'view'],
    ]);
  });

  test('a changed field asks the host for an update, the same value does not', () => {
    const h = host();
    const state = createMapState(h);
    state.selected = 'a';
    assert.equal(state.selected, 'a');
    assert.equal(h.updates, 1);
    state.selected = 'a';
    assert.equal(h.updates, 1);
    state.hoverId = undefined;
    state.view = 'map';
    assert.equal(h.updates, 1);
    state.view = 'list';
    state.selected = undefined;
    assert.equal(h.updates, 3);
    assert.equal(state.view, 'list');
  });

  test('two maps do not share their state', () => {
    const a = createMapState(host());
    const b = createMapState(host());
    a.legendOpen = true;
    assert.equal(b.legendOpen, false);
  });
});
