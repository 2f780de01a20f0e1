/**
 * Exporting organisations or contact persons as CSV for a spreadsheet: the same columns the import reads,
 * with Dutch headers, names instead of ids in reference columns, semicolon-separated with a BOM (what
 * Dutch Excel opens directly). Contact exports hold personal data: the editor says so before saving.
 *
 * A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, as OWASP advises against CSV injection; the import takes that apostrophe off again
 * (csv-import.ts), so a round trip changes nothing.
 */
import type { Lang } from '../i18n/localize.js';
import { itemsOf } from './collections.js';
import { serializeCsv, type CsvDelimiter } from './csv.js';
import { CSV_COLUMNS, columnLabel, type CsvEntity } from './csv-import.js';

function nameOf(network: unknown, collection: 'municipalities' | 'specialisms' | 'organisations', id: unknown): string {
  if (typeof id !== 'string') return '';
  const item = itemsOf(network, collection).find((x) => x.id === id);
  return typeof item?.name === 'string' ? item.name : id;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** `cell` with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The rows (header first) of a CSV export (cells as they are: see exportCsv for the formula guard). */
export function csvRows(network: unknown, entity: CsvEntity, lang: Lang = 'nl'): string[][] {
  const columns = CSV_COLUMNS[entity];
  const rows: string[][] = [columns.map((c) => columnLabel(entity, c.field, lang))];
  for (const item of itemsOf(network, entity)) {
    rows.push(
      columns.map((c) => {
        const value = item[c.field];
        switch (c.kind) {
          case 'refs':
            return Array.isArray(value) ? value.map((id) => nameOf(network, c.target as 'municipalities', id)).join(' | ') : '';
          case 'ref':
            return nameOf(network, 'organisations', value);
          case 'channel': {
            const channels = Array.isArray(item.channels) ? (item.channels as { type?: string; value?: string }[]) : [];
            return channels.find((ch) => ch.type === c.channel)?.value ?? '';
          }
          default:
            return typeof value === 'string' ? value : '';
        }
      }),
    );
  }
  return rows;
}

/** CSV text of organisations or contact persons; no cell starts as a formula. */
export function exportCsv(network: unknown, entity: CsvEntity, options: { delimiter?: CsvDelimiter; lang?: Lang; bom?: boolean } = {}): string {
  const rows = csvRows(network, entity, options.lang).map((row) => row.map(neutralizeFormula));
  return serializeCsv(rows, options.delimiter ?? ';', options.bom ?? true);
}
