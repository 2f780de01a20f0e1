// Issue 19, Why 9: a CSV of 20,000 rows blocked the editor for 16 s, because the preview copied the network and
// scanned every item for each row. The preview now reads the rows against indexes (csv-working-set.ts): the same
// results as before, in linear work. No timing here; the results are checked, and the dialog shows at most
// PREVIEW_ROWS rows (errors first).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../../src/editor/csv.js';
import { guessMapping, previewImport } from '../../../src/editor/csv-import.js';
import { CsvWorkingSet } from '../../../src/editor/csv-working-set.js';
import { PREVIEW_ROWS, shownRows } from '../../../src/components/editor/csv-dialog.js';
import { zuidLimburg } from './helpers.js';

describe('a CSV of 20,000 rows', () => {
  test('every row is read: new organisations get their own ids, later rows update an existing one by name', () => {
    const network = zuidLimburg();
    const existing = network.organisations[0]!;
    const lines = ['name;type'];
    for (let i = 0; i < 20_000; i++) lines.push(i === 19_999 ? `${existing.name};${existing.type}` : `Stichting Voorbeeld;Opvang`);
    const table = parseCsv(lines.join('\n'));
    const preview = previewImport(network, 'organisations', table, guessMapping('organisations', table.rows[0]!));
    assert.equal(preview.rows.length, 20_000);
    // The same name twice is a duplicate row (as before); the existing organisation is an update.
    assert.equal(preview.added, 1);
    assert.equal(preview.updated, 1);
    assert.equal(preview.errorRows, 19_998);
    assert.equal(preview.rows[19_999]!.action, 'update');
    assert.equal(preview.rows[19_999]!.index, 0);
  });

  test('distinct new names get distinct ids, and a later row can refer to an organisation added earlier', () => {
    const network = zuidLimburg();
    const lines = ['name;type;parent'];
    for (let i = 0; i < 5_000; i++) lines.push(`Team ${i};Opvang;${i > 0 ? `Team ${i - 1}` : ''}`);
    const table = parseCsv(lines.join('\n'));
    const mapping = guessMapping('organisations', table.rows[0]!);
    const preview = previewImport(network, 'organisations', table, mapping);
    assert.equal(preview.errorRows, 0, preview.rows.find((r) => r.errors.length)?.errors.join(' '));
    const ids = preview.rows.map((r) => (r.item as { id: string }).id);
    assert.equal(new Set(ids).size, ids.length);
    if (mapping.includes('parent')) assert.equal((preview.rows[10]!.item as { parent?: string }).parent, ids[9]);
  });

  test('the working set finds by id first, then by name, short name or title, and hands out unused ids', () => {
    const network = zuidLimburg();
    const work = new CsvWorkingSet(network);
    const org = network.organisations[1]!;
    assert.equal(work.lookup('organisations', org.id), org.id);
    assert.equal(work.lookup('organisations', org.name.toUpperCase()), org.id);
    assert.equal(work.lookup('organisations', 'bestaat niet'), undefined);
    assert.equal(work.uniqueId(org.id), `${org.id}-2`);
    work.add('organisations', { id: 'nieuw-team', name: 'Nieuw Team' });
    assert.equal(work.lookup('organisations', 'nieuw team'), 'nieuw-team');
    assert.equal(work.uniqueId('Nieuw Team'), 'nieuw-team-2');
  });

  test('the preview table shows at most PREVIEW_ROWS rows, errors first', () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => ({ line: i, errors: i % 100 === 99 ? ['x'] : [] }));
    const shown = shownRows(rows);
    assert.equal(shown.length, PREVIEW_ROWS);
    assert.deepEqual(shown.slice(0, 10).map((r) => r.line), [99, 199, 299, 399, 499, 599, 699, 799, 899, 999]);
    assert.equal(shownRows(rows.slice(0, 50)).length, 50);
  });
});
