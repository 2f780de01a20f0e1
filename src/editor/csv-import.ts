/**
 * Importing organisations and contact persons from a spreadsheet (CSV). Three steps, and nothing changes
 * until the last one: parse the text (csv.ts) → map columns to fields (guessed from the header, the user
 * can change it; csv-columns.ts) → preview every row with its errors and, for an update, its changes field by
 * field (csv-row.ts) → apply, only when no row has an error.
 * Values may be given as ids or as names (organisation "Veilig Thuis Zuid-Limburg", gemeente "Heerlen",
 * role "Aandachtsfunctionaris"), as editors write them.
 *
 * A large file is previewed in chunks (`previewImportSteps`, a generator that pauses after a number of rows or
 * milliseconds; csv-preview-task.ts runs it one browser task per chunk), so the page keeps answering.
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { COLLECTION_BY_KEY, itemsOf, rawItemsOf, slugify } from './collections.js';
import { setAt } from './pointer.js';
import { CsvWorkingSet } from './csv-working-set.js';
import { runSteps, type CsvTable } from './csv.js';
import { CSV_COLUMNS, columnLabel, type ColumnMapping, type CsvEntity } from './csv-columns.js';
import { enumTables } from './csv-cells.js';
import { createRowContext, readRow, type RowResult } from './csv-row.js';

export { CSV_COLUMNS, columnLabel, guessMapping, type ColumnMapping, type CsvColumn, type CsvEntity } from './csv-columns.js';
export { fromCsvCell } from './csv-cells.js';
export type { FieldChange, RowResult } from './csv-row.js';

export interface ImportPreview {
  entity: CsvEntity;
  /** Problems with the file or the mapping (no rows can be imported until they are solved). */
  fileErrors: string[];
  rows: RowResult[];
  added: number;
  /** Rows that change an existing item (at least one field differs). */
  updated: number;
  /** Rows that match an existing item and change nothing in it. */
  unchanged: number;
  /** Rows with at least one error. */
  errorRows: number;
  /** True when applying is allowed: no file errors, no row errors, at least one row. */
  canApply: boolean;
}

/** How far a chunked preview is: rows read so far, of all rows. */
export interface PreviewProgress {
  done: number;
  total: number;
}

/** When a chunked preview pauses: after `rows` rows or `ms` milliseconds (whichever comes first; default: never). */
export interface PreviewChunking {
  rows?: number;
  ms?: number;
  /** Clock for `ms` (default `performance.now`). */
  now?: () => number;
}

export interface PreviewOptions {
  hasHeader?: boolean;
  lang?: Lang;
  chunk?: PreviewChunking;
}

/** How often (in rows) a chunk with a time budget looks at the clock. */
const CLOCK_EVERY = 16;

/**
 * The preview in steps: yields its progress after each chunk of rows (see `PreviewChunking`) and returns the
 * preview. Does not change the network. `previewImport` runs it in one go.
 */
export function* previewImportSteps(
  network: unknown,
  entity: CsvEntity,
  table: CsvTable,
  mapping: ColumnMapping,
  options: PreviewOptions = {},
): Generator<PreviewProgress, ImportPreview, void> {
  const lang = options.lang ?? 'nl';
  const hasHeader = options.hasHeader ?? true;
  const fileErrors: string[] = [];
  for (const p of table.problems) fileErrors.push(msg(lang, 'editor.csv.error.unclosedQuote', { line: p.line }));
  const dataRows = table.rows.slice(hasHeader ? 1 : 0);
  const dataLines = table.lines.slice(hasHeader ? 1 : 0);
  if (dataRows.length === 0) fileErrors.push(msg(lang, 'editor.csv.error.empty'));
  for (const column of CSV_COLUMNS[entity]) {
    const count = mapping.filter((f) => f === column.field).length;
    if (count > 1) fileErrors.push(msg(lang, 'editor.csv.error.columnTwice', { column: columnLabel(entity, column.field, lang) }));
    if (column.required && count === 0) fileErrors.push(msg(lang, 'editor.csv.error.columnMissing', { column: columnLabel(entity, column.field, lang) }));
  }

  // Indexes instead of scans (which existing item a row updates, what later rows may refer to) and the enum
  // labels once instead of per cell: linear in the rows.
  const work = new CsvWorkingSet(network);
  const ctx = createRowContext(network, entity, mapping, lang, itemsOf(network, entity), work, enumTables(CSV_COLUMNS[entity], lang));
  const chunkRows = options.chunk?.rows ?? Infinity;
  const chunkMs = options.chunk?.ms ?? Infinity;
  const now = options.chunk?.now ?? (() => performance.now());
  let started = chunkMs === Infinity ? 0 : now();
  let inChunk = 0;
  const rows: RowResult[] = [];
  for (let r = 0; r < dataRows.length; r++) {
    if (inChunk >= chunkRows || (chunkMs !== Infinity && inChunk > 0 && inChunk % CLOCK_EVERY === 0 && now() - started >= chunkMs)) {
      yield { done: r, total: dataRows.length };
      started = chunkMs === Infinity ? 0 : now();
      inChunk = 0;
    }
    rows.push(readRow(ctx, dataRows[r]!, dataLines[r] ?? r + 1));
    inChunk++;
  }

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let errorRows = 0;
  for (const row of rows) {
    if (row.errors.length > 0) errorRows++;
    else if (row.action === 'add') added++;
    else if (row.action === 'update') updated++;
    else unchanged++;
  }
  return {
    entity,
    fileErrors,
    rows,
    added,
    updated,
    unchanged,
    errorRows,
    canApply: fileErrors.length === 0 && errorRows === 0 && rows.length > 0,
  };
}

/** Shows what an import would do, row by row. Does not change the network. */
export function previewImport(
  network: unknown,
  entity: CsvEntity,
  table: CsvTable,
  mapping: ColumnMapping,
  options: { hasHeader?: boolean; lang?: Lang } = {},
): ImportPreview {
  return runSteps(previewImportSteps(network, entity, table, mapping, options));
}

/**
 * Applies a preview to the network. All or nothing: when the preview has any error, the network is
 * returned unchanged; so it is when no row changes anything. The collection is copied once (not per row).
 */
export function applyImport<T>(network: T, preview: ImportPreview): T {
  if (!preview.canApply) return network;
  const list = rawItemsOf(network, preview.entity).slice();
  let changed = false;
  for (const row of preview.rows) {
    if (!row.item) return network;
    if (row.action === 'unchanged') continue;
    if (row.action === 'update' && row.index !== undefined) list[row.index] = row.item;
    else list.push(row.item);
    changed = true;
  }
  return changed ? setAt(network, COLLECTION_BY_KEY[preview.entity].pointer, list) : network;
}

export { slugify };
