import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EMPTY_FILTER,
  activeFilterCount,
  cleanFilter,
  emptyFilter,
  isEmptyFilter,
  isNodeKind,
  sameFilter,
  type FilterState,
} from '../../../src/graph/filter-state.js';

const full: FilterState = {
  specialisms: ['mensenhandel', 'trauma'],
  kinds: ['organisation', 'meeting'],
  phases: ['ave-2'],
  municipalities: ['heerlen'],
  query: 'zorg',
};

describe('filter state', () => {
  test('the empty filter is frozen; emptyFilter() gives a new one that may change', () => {
    assert.ok(Object.isFrozen(EMPTY_FILTER));
    assert.ok(Object.isFrozen(EMPTY_FILTER.kinds));
    const a = emptyFilter();
    const b = emptyFilter();
    assert.notEqual(a.kinds, b.kinds);
    a.kinds.push('meeting');
    assert.deepEqual(b, { specialisms: [], kinds: [], phases: [], municipalities: [], query: '' });
  });

  test('cleanFilter keeps a valid filter as it is, in new arrays', () => {
    const clean = cleanFilter(full);
    assert.deepEqual(clean, full);
    for (const facet of ['specialisms', 'kinds', 'phases', 'municipalities'] as const) assert.notEqual(clean[facet], full[facet]);
  });

  test('cleanFilter turns anything into a clean filter', () => {
    assert.deepEqual(cleanFilter(undefined), emptyFilter());
    assert.deepEqual(cleanFilter(null as never), emptyFilter());
    assert.deepEqual(cleanFilter('kinds' as never), emptyFilter());
    assert.deepEqual(cleanFilter({ kinds: 'organisation' } as never), emptyFilter());
    assert.deepEqual(
      cleanFilter({
        specialisms: ['trauma', 3, null, 'x'],
        kinds: ['organisation', 'bogus', 7, 'contact'],
        phases: {},
        query: 42,
      } as never),
      { specialisms: ['trauma', 'x'], kinds: ['organisation', 'contact'], phases: [], municipalities: [], query: '' },
    );
    assert.deepEqual(cleanFilter({ query: ' zorg ' }), { ...emptyFilter(), query: ' zorg ' });
  });

  test('sameFilter compares facets in order and the query', () => {
    assert.ok(sameFilter(cleanFilter(full), cleanFilter(full)));
    assert.ok(sameFilter(emptyFilter(), cleanFilter(EMPTY_FILTER)));
    assert.ok(!sameFilter(cleanFilter(full), { ...cleanFilter(full), query: 'zorg ' }));
    assert.ok(!sameFilter(cleanFilter(full), { ...cleanFilter(full), phases: [] }));
    assert.ok(!sameFilter(cleanFilter(full), { ...cleanFilter(full), specialisms: ['trauma', 'mensenhandel'] }));
  });

  test('isEmptyFilter: no facet set; a query of spaces or punctuation is no query', () => {
    assert.ok(isEmptyFilter(undefined));
    assert.ok(isEmptyFilter(EMPTY_FILTER));
    assert.ok(isEmptyFilter({}));
    assert.ok(isEmptyFilter({ query: '  ' }));
    assert.ok(isEmptyFilter({ query: ' - ' }));
    assert.ok(!isEmptyFilter({ query: 'x' }));
    for (const facet of ['specialisms', 'phases', 'municipalities'] as const) assert.ok(!isEmptyFilter({ [facet]: ['a'] }), facet);
    assert.ok(!isEmptyFilter({ kinds: ['meeting'] }));
  });

  test('activeFilterCount: one per chosen id, one for a search text', () => {
    assert.equal(activeFilterCount(emptyFilter()), 0);
    assert.equal(activeFilterCount(full), 7);
    assert.equal(activeFilterCount({ ...full, query: '   ' }), 6);
  });

  test('isNodeKind knows the node kinds only', () => {
    assert.ok(isNodeKind('organisation'));
    assert.ok(isNodeKind('phase'));
    assert.ok(!isNodeKind('Organisation'));
    assert.ok(!isNodeKind('bogus'));
    assert.ok(!isNodeKind(undefined));
  });
});
