// Issue 19, "Why" 6: CSV export neutralises cells a spreadsheet would run as a formula (OWASP CSV injection).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../../src/editor/csv.js';
import { applyImport, fromCsvCell, guessMapping, previewImport } from '../../../src/editor/csv-import.js';
import { exportCsv, neutralizeFormula } from '../../../src/editor/csv-export.js';
import { zuidLimburg } from './helpers.js';

const HOSTILE = ['=2+2', '+cmd|/C calc!A0', '-2+3', '@SUM(A1:A2)', '\t=2+2', '\r=2+2', '=HYPERLINK("https://evil.example","klik")'];

describe('CSV formula guard', () => {
  test('a formula-leading cell gets an apostrophe; other cells stay as they are', () => {
    for (const cell of HOSTILE) assert.equal(neutralizeFormula(cell), `'${cell}`);
    for (const cell of ['Veilig Thuis', '', "'al met apostrof", '2+2', ' =2']) assert.equal(neutralizeFormula(cell), cell);
  });

  test('the exported text has no cell that starts as a formula, and the import reads the values back as text', () => {
    const network = zuidLimburg();
    HOSTILE.forEach((value, i) => {
      network.organisations[i]!.description = value;
    });
    const text = exportCsv(network, 'organisations');
    const table = parseCsv(text);
    for (const row of table.rows) for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell));
    const preview = previewImport(network, 'organisations', table, guessMapping('organisations', table.rows[0]!));
    assert.equal(preview.canApply, true);
    const result = applyImport(network, preview);
    // Back as the same text (a tab or CR at the start is trimmed, as for every cell), never evaluated.
    HOSTILE.forEach((value, i) => assert.equal(result.organisations[i]!.description, value.trim()));
  });

  test('an imported formula stays text', () => {
    assert.equal(fromCsvCell('=2+2'), '=2+2');
    assert.equal(fromCsvCell("'=2+2"), '=2+2');
    assert.equal(fromCsvCell("'\t=2+2"), '=2+2');
    assert.equal(fromCsvCell("'apostrof"), "'apostrof");
  });
});
