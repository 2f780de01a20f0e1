import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatChangeSummary, summarizeChanges } from '../../../src/editor/change-summary.js';
import { removeAt, setAt } from '../../../src/editor/pointer.js';
import { renameId } from '../../../src/editor/references.js';
import { zuidLimburg } from './helpers.js';
import { loadLang } from '../../../src/i18n/localize.js';

describe('change summary', () => {
  before(() => loadLang('en')); // English catalogues load on demand, as in the editor component
  test('counts changed, added and removed items per kind, in Dutch', () => {
    const opened = zuidLimburg();
    let current = setAt(opened, '/organisations/0/name', 'A');
    current = setAt(current, '/organisations/1/description', 'B');
    current = setAt(current, '/organisations/2/tasks', ['C']);
    current = removeAt(current, '/contacts/0');
    current = setAt(current, '/specialisms/' + opened.specialisms!.length, { id: 'nieuw', name: 'Nieuw', category: 'expertise' });
    const summary = summarizeChanges(opened, current);
    assert.equal(formatChangeSummary(summary), '3 organisaties gewijzigd, 1 contactpersoon verwijderd, 1 specialisme toegevoegd');
    assert.equal(formatChangeSummary(summary, 'en'), '3 organisations changed, 1 contact person removed, 1 specialism added');
  });
  test('no changes, metadata changes, reordering is not a change', () => {
    const opened = zuidLimburg();
    assert.equal(formatChangeSummary(summarizeChanges(opened, opened)), 'Geen wijzigingen');
    const reordered = { ...opened, organisations: [...opened.organisations].reverse() };
    assert.equal(summarizeChanges(opened, reordered).empty, true);
    const meta = setAt(opened, '/metadata/version', '2026.1');
    assert.equal(formatChangeSummary(summarizeChanges(opened, meta)), 'gegevens over het bestand gewijzigd');
  });
  test('an id change is a rename, not "added … removed"; relations that follow it are changed', () => {
    const opened = zuidLimburg();
    const index = opened.organisations.findIndex((o) => opened.relations!.some((r) => r.from === o.id || r.to === o.id));
    const renamed = renameId(opened, 'organisations', index, 'nieuwe-id');
    const summary = summarizeChanges(opened, renamed);
    const orgs = summary.collections.find((c) => c.collection === 'organisations')!;
    assert.deepEqual([orgs.added, orgs.removed, orgs.renamed], [0, 0, 1]);
    const relations = summary.collections.find((c) => c.collection === 'relations')!;
    assert.deepEqual([relations.added, relations.removed], [0, 0]);
    assert.ok(relations.changed > 0);
    assert.match(formatChangeSummary(summary), /(^|, )1 organisatie hernoemd \(nieuwe id\)/);
    assert.doesNotMatch(formatChangeSummary(summary), /toegevoegd|verwijderd/);
  });
  test('garbage in gives a summary, not an exception', () => {
    assert.equal(summarizeChanges(null, { organisations: [1, null, 'x'] }).collections[0]!.added, 3);
  });
});
