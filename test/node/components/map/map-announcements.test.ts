import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NODE_KINDS, type NodeKind } from '../../../../src/graph/types.js';
import { announcementText } from '../../../../src/components/map/map-announcements.js';

const counts = (values: Partial<Record<NodeKind, number>>) => Object.fromEntries(NODE_KINDS.map((k) => [k, values[k] ?? 0])) as Record<NodeKind, number>;

describe('map announcements', () => {
  test('a filter result counts the shown nodes by kind (singular and plural), AVE phases too: the parts add up', () => {
    const result = { total: 4, counts: counts({ organisation: 1, meeting: 2, phase: 1 }) };
    assert.equal(announcementText('nl', { kind: 'filter', result }), '4 onderdelen gevonden: 1 AVE-fase, 1 organisatie, 2 overleggen.');
  });

  test('an empty result and a help result', () => {
    assert.equal(announcementText('nl', { kind: 'filter', result: { total: 0, counts: counts({}) } }), 'Geen onderdelen gevonden.');
  });

  test('selection, layout and pause', () => {
    assert.equal(announcementText('nl', { kind: 'selected', name: 'Veilig Thuis' }), 'Veilig Thuis geselecteerd.');
    assert.equal(announcementText('nl', { kind: 'layout', layout: 'ave' }), 'Indeling naar AVE-fase.');
    assert.equal(announcementText('nl', { kind: 'layout', layout: 'force' }), 'Netwerkindeling.');
    assert.equal(announcementText('nl', { kind: 'paused', paused: true }), 'Beweging gepauzeerd.');
    assert.equal(announcementText('nl', { kind: 'paused', paused: false }), 'Beweging hervat.');
  });
});
