// Issue 19, Why 9: a CSV of 20,000 rows blocked the editor for 16 s, because the preview copied the network and
// scanned every item for each row. The preview now reads the rows against indexes (csv-working-set.ts): the same
// results as before, in linear work; and it runs in chunks, one task each, so no task is long (the chunked
// versions are checked to give the same results in more than one chunk). No timing here; the dialog shows at most
// PREVIEW_ROWS rows (errors first).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCsvBytes, decodeCsvSteps, parseCsv, parseCsvSteps, runSteps } from '../../../src/editor/csv.js';
import { guessMapping, previewImport, previewImportSteps } from '../../../src/editor/csv-import.js';
import { previewImportInTasks, readCsvInTasks } from '../../../src/editor/csv-preview-task.js';
import { CsvWorkingSet } from '../../../src/editor/csv-working-set.js';
import { changeText, PREVIEW_ROWS, shownRows } from '../../../src/components/editor/csv-dialog.js';
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
    // The same name twice is a duplicate row (as before); the existing organisation, with the same type, is found
    // and changes nothing (issue 18: only real changes count as "bijgewerkt").
    assert.equal(preview.added, 1);
    assert.equal(preview.updated, 0);
    assert.equal(preview.unchanged, 1);
    assert.equal(preview.errorRows, 19_998);
    assert.equal(preview.rows[19_999]!.action, 'unchanged');
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

  test('after the errors, the table of a large file shows updates, then new rows, then unchanged rows', () => {
    // 600 rows: every tenth an update, 300 new, the rest unchanged; the last row has an error.
    const action = (i: number) => (i % 10 === 0 ? 'update' : i % 2 === 1 ? 'add' : 'unchanged');
    const rows = Array.from({ length: 600 }, (_, i) => ({ line: i, action: action(i), errors: i === 599 ? ['x'] : [] }));
    const shown = shownRows(rows);
    assert.equal(shown[0]!.line, 599);
    assert.deepEqual(shown.slice(1, 61).map((r) => r.action), Array(60).fill('update'));
    assert.deepEqual(new Set(shown.slice(61).map((r) => r.action)), new Set(['add']));
  });
});

/** 20,000 new organisations with the columns an editor fills in. */
function twentyThousand(): string {
  const lines = ['Naam;Soort organisatie;Omschrijving;Werkgebied;AVE-fasen;Website;Telefoon;E-mail;Laatst gecontroleerd'];
  for (let i = 0; i < 20_000; i++) {
    lines.push(`Stichting Voorbeeld ${i};Opvang;Omschrijving ${i};Heerlen | Maastricht;AVE 1;https://example.org/${i};043 123 45 ${String(i % 100).padStart(2, '0')};info${i}@example.org;2025-03-01`);
  }
  return lines.join('\r\n');
}

describe('a CSV of 20,000 rows in chunks', () => {
  test('the stepped preview pauses after each chunk and ends with the same preview as the one in one go', () => {
    const network = zuidLimburg();
    const table = parseCsv(twentyThousand());
    const mapping = guessMapping('organisations', table.rows[0]!);
    const steps = previewImportSteps(network, 'organisations', table, mapping, { chunk: { rows: 1_000 } });
    const progress: number[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value.done);
      assert.equal(step.value.total, 20_000);
      step = steps.next();
    }
    assert.deepEqual(progress, Array.from({ length: 19 }, (_, i) => (i + 1) * 1_000));
    const whole = previewImport(network, 'organisations', table, mapping);
    assert.equal(whole.added, 20_000);
    assert.deepEqual(step.value, whole);
  });

  test('a time budget makes chunks too (a clock that moves 1 ms per look)', () => {
    const network = zuidLimburg();
    const table = parseCsv(twentyThousand());
    let clock = 0;
    const steps = previewImportSteps(network, 'organisations', table, guessMapping('organisations', table.rows[0]!), { chunk: { ms: 20, now: () => clock++ } });
    let chunks = 1;
    while (!steps.next().done) chunks++;
    assert.ok(chunks > 10, `${chunks} chunks`);
  });

  test('in tasks: more than one task, progress reported, the same result; a stopped run gives nothing', async () => {
    const network = zuidLimburg();
    const table = parseCsv(twentyThousand());
    const mapping = guessMapping('organisations', table.rows[0]!);
    const seen: number[] = [];
    const result = await previewImportInTasks(network, 'organisations', table, mapping, { chunk: { rows: 5_000 }, onProgress: (p) => seen.push(p.done) });
    assert.deepEqual(seen, [5_000, 10_000, 15_000]);
    assert.deepEqual(result, previewImport(network, 'organisations', table, mapping));

    const stop = new AbortController();
    const stopped = previewImportInTasks(network, 'organisations', table, mapping, { chunk: { rows: 5_000 }, signal: stop.signal, onProgress: () => stop.abort() });
    assert.equal(await stopped, undefined);
  });

  test('decoding and parsing in steps give the same text and table as in one go', async () => {
    const text = twentyThousand();
    const bytes = new TextEncoder().encode('\uFEFF' + text);
    const stepped = decodeCsvSteps(bytes, 64 * 1024);
    let steps = 0;
    while (!stepped.next().done) steps++;
    assert.ok(steps > 10, `${steps} steps`);
    assert.deepEqual(runSteps(decodeCsvSteps(bytes, 64 * 1024)), decodeCsvBytes(bytes));
    // Windows-1252 in steps: "één" and "€" (0x80) in the last rows.
    const cp1252 = Uint8Array.from([...bytes.subarray(3), ...[0x0d, 0x0a, 0xe9, 0xe9, 0x6e, 0x3b, 0x80]]);
    const decoded = runSteps(decodeCsvSteps(cp1252, 64 * 1024));
    assert.equal(decoded.encoding, 'windows-1252');
    assert.ok(decoded.text.endsWith('\r\néén;€'));
    let parsed = 0;
    const parse = parseCsvSteps(text, undefined, 64 * 1024);
    while (!parse.next().done) parsed++;
    assert.ok(parsed > 10, `${parsed} steps`);
    assert.deepEqual(runSteps(parseCsvSteps(text, undefined, 64 * 1024)), parseCsv(text));
    const read = await readCsvInTasks(bytes);
    assert.deepEqual(read?.table, parseCsv(text));
  });
});

describe('a change line of the preview', () => {
  test('changed, emptied ("leeg gemaakt") and filled, with long values cut', () => {
    const change = (before: string, after: string) => changeText({ field: 'phone', column: 'Telefoon', before, after }, 'nl');
    assert.equal(change('043 1', '043 2'), 'Telefoon: "043 1" → "043 2"');
    assert.equal(change('043 1', ''), 'Telefoon: "043 1" → leeg gemaakt');
    assert.equal(change('', '043 2'), 'Telefoon: leeg → "043 2"');
    assert.equal(change('a'.repeat(500), '').length, 'Telefoon: "" → leeg gemaakt'.length + 80);
  });
});
