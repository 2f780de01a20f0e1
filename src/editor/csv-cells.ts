/**
 * Cell text ↔ field value, one place for the CSV import, its preview and the export: enum codes as their Dutch
 * (or English) labels ("youth-protection" ↔ "Jeugdbescherming"), references as names ("heerlen" ↔ "Heerlen"),
 * channels as their value. What the export writes, the import reads back as the same value.
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { enumKey } from '../i18n/enum-key.js';
import { normalizeText } from '../graph/normalize-text.js';
import type { CollectionKey } from './collections.js';
import type { CsvColumn } from './csv-columns.js';
import { SCHEMA_OBJECTS } from './generated/schema-fields.js';

/** The label of an enum value without its explanation ("Publiek: rol en organisatie …" → "Publiek"). */
function shortLabel(lang: Lang, key: string): string {
  return msg(lang, key).split(':')[0]!.trim();
}

/** One enum column's values: normalised code or label → code (reading), code → label (writing). */
export interface EnumTable {
  codes: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  /** The labels a cell may hold, for an error message. */
  allowed: string;
}

/**
 * The table of an enum column, built once per import or export instead of once per cell (the labels of every
 * value in three languages, normalised, were the largest cost of a preview of 20,000 rows).
 */
export function enumTable(column: CsvColumn, lang: Lang): EnumTable {
  const { object, field } = column.enumOf!;
  const values = SCHEMA_OBJECTS[object]?.fields[field]?.enum ?? [];
  const codes = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const v of values) {
    const key = enumKey(object, field, v);
    labels.set(v, shortLabel(lang, key));
    for (const text of [v, msg(lang, key), msg('nl', key), msg('en', key), shortLabel(lang, key), shortLabel('nl', key), shortLabel('en', key)]) {
      const normal = normalizeText(text);
      if (!codes.has(normal)) codes.set(normal, v);
    }
  }
  return { codes, labels, allowed: [...labels.values()].join(', ') };
}

/** Enum tables of every enum column of a list of columns, by field. */
export function enumTables(columns: readonly CsvColumn[], lang: Lang): Map<string, EnumTable> {
  return new Map(columns.filter((c) => c.kind === 'enum').map((c) => [c.field, enumTable(c, lang)]));
}

/**
 * A cell's text: trimmed, and without the apostrophe the export puts before a formula-like start (csv-export.ts).
 * Whatever it holds stays text: nothing in a cell is ever evaluated.
 */
export function fromCsvCell(cell: string): string {
  return (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell).trim();
}

/** The parts of a list cell ("Heerlen | Maastricht"; also ; , and line breaks, but not the comma in "1,5"). */
export function splitList(value: string): string[] {
  return value
    .split(/[|;\n]|,(?!\d)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The value a column shows of an item: the field, or for a channel column the value of the first channel of its type. */
export function fieldValue(item: Record<string, unknown>, column: CsvColumn): unknown {
  if (column.kind !== 'channel') return item[column.field];
  const channels = Array.isArray(item.channels) ? (item.channels as { type?: unknown; value?: unknown }[]) : [];
  return channels.find((ch) => ch?.type === column.channel)?.value;
}

/** What a cell shows of a value, given how references and enum values are named. */
export interface CellNames {
  /** The text of a reference: a name that leads back to `id`, else `id` itself. */
  refText(collection: CollectionKey, id: string): string;
  enums: ReadonlyMap<string, EnumTable>;
}

/** The cell text of a field value (what the export writes and the preview shows as before → after). */
export function cellText(column: CsvColumn, value: unknown, names: CellNames): string {
  switch (column.kind) {
    case 'refs':
      return Array.isArray(value) ? value.filter((id) => typeof id === 'string').map((id) => names.refText(column.target!, id)).join(' | ') : '';
    case 'ref':
      return typeof value === 'string' ? names.refText(column.target!, value) : '';
    case 'enum':
      return typeof value === 'string' ? (names.enums.get(column.field)?.labels.get(value) ?? value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}
