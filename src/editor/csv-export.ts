/**
 * Exporting organisations or contact persons as CSV for a spreadsheet: the same columns the import reads,
 * with Dutch headers, names instead of ids in reference columns, semicolon-separated with a BOM (what
 * Dutch Excel opens directly). Contact exports hold personal data: the editor says so before saving.
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

/** The rows (header first) of a CSV export. */
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

/** CSV text of organisations or contact persons. */
export function exportCsv(network: unknown, entity: CsvEntity, options: { delimiter?: CsvDelimiter; lang?: Lang; bom?: boolean } = {}): string {
  return serializeCsv(csvRows(network, entity, options.lang), options.delimiter ?? ';', options.bom ?? true);
}
