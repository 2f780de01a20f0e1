/**
 * Exporting organisations or contact persons as CSV for a spreadsheet: every column the import reads
 * (csv-columns.ts), with Dutch headers, Dutch labels instead of codes ("Jeugdbescherming", "Alleen voor
 * professionals") and names instead of ids in reference columns (the id where a name would not lead back to the
 * same item), semicolon-separated with a BOM (what Dutch Excel opens directly). Exported and imported again
 * without edits, the file changes nothing. Contact exports hold personal data: the editor says so before saving.
 *
 * A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, as OWASP advises against CSV injection; the import takes that apostrophe off again
 * (csv-cells.ts), so a round trip changes nothing.
 */
import type { Lang } from '../i18n/localize.js';
import { itemsOf } from './collections.js';
import { serializeCsv, type CsvDelimiter } from './csv.js';
import { CSV_COLUMNS, columnLabel, type CsvEntity } from './csv-columns.js';
import { cellText, enumTables, fieldValue, type CellNames } from './csv-cells.js';
import { CsvWorkingSet } from './csv-working-set.js';

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** `cell` with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The rows (header first) of a CSV export (cells as they are: see exportCsv for the formula guard). */
export function csvRows(network: unknown, entity: CsvEntity, lang: Lang = 'nl'): string[][] {
  const columns = CSV_COLUMNS[entity];
  const work = new CsvWorkingSet(network);
  const names: CellNames = { refText: (collection, id) => work.refText(collection, id), enums: enumTables(columns, lang) };
  const rows: string[][] = [columns.map((c) => columnLabel(entity, c.field, lang))];
  for (const item of itemsOf(network, entity)) rows.push(columns.map((c) => cellText(c, fieldValue(item, c), names)));
  return rows;
}

/** CSV text of organisations or contact persons; no cell starts as a formula. */
export function exportCsv(network: unknown, entity: CsvEntity, options: { delimiter?: CsvDelimiter; lang?: Lang; bom?: boolean } = {}): string {
  const rows = csvRows(network, entity, options.lang).map((row) => row.map(neutralizeFormula));
  return serializeCsv(rows, options.delimiter ?? ';', options.bom ?? true);
}
