/**
 * One row of a CSV import: the cells of a row → the item it adds or updates, its errors, and for an update what
 * changes field by field (before → after as the spreadsheet shows it). A row identical to the current data is
 * "unchanged", so the preview counts only real changes (csv-import.ts).
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { normalizeText } from '../graph/normalize-text.js';
import type { Channel } from '../model/types.js';
import { textOf } from './collections.js';
import { CSV_COLUMNS, columnLabel, type ColumnMapping, type CsvColumn, type CsvEntity } from './csv-columns.js';
import { cellText, fieldValue, fromCsvCell, splitList, type CellNames, type EnumTable } from './csv-cells.js';
import type { CsvWorkingSet } from './csv-working-set.js';
import { readDateInput } from './date-input.js';

/** One field an update changes, as the spreadsheet shows it ('' is an empty cell). */
export interface FieldChange {
  field: string;
  /** The column's name ("Telefoon"). */
  column: string;
  before: string;
  after: string;
}

export interface RowResult {
  /** 1-based line in the file. */
  line: number;
  /** 'unchanged': the row matches an existing item and changes nothing in it. */
  action: 'add' | 'update' | 'unchanged';
  /** The item after import (only when the row has no errors). */
  item?: Record<string, unknown>;
  /** Index of the existing item that is updated. */
  index?: number;
  label: string;
  errors: string[];
  /** For an update: what changes, field by field, in the order of the columns. */
  changes?: FieldChange[];
}

const PATTERNS = {
  email: /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-zA-Z]{2,}$/,
  phone: /^\+?[0-9][0-9 ()-]{1,22}[0-9]$/,
  website: /^https?:\/\/[^\s<>"]+$/,
  id: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
};

/** Everything a row needs that is the same for every row: built once per preview. */
export interface RowContext {
  entity: CsvEntity;
  lang: Lang;
  mapping: ColumnMapping;
  /** The mapped columns, in the order of CSV_COLUMNS. */
  columns: readonly CsvColumn[];
  /** Column name per field ("Telefoon"). */
  names: ReadonlyMap<string, string>;
  enums: ReadonlyMap<string, EnumTable>;
  cells: CellNames;
  existing: readonly Record<string, unknown>[];
  existingById: ReadonlyMap<string, number>;
  existingByName: ReadonlyMap<string, number>;
  work: CsvWorkingSet;
  /** Key of each item met so far in the file → its line (the same item twice is an error). */
  seenKeys: Map<string, number>;
}

export function createRowContext(
  network: unknown,
  entity: CsvEntity,
  mapping: ColumnMapping,
  lang: Lang,
  existing: readonly Record<string, unknown>[],
  work: CsvWorkingSet,
  enums: ReadonlyMap<string, EnumTable>,
): RowContext {
  const existingById = new Map<string, number>();
  const existingByName = new Map<string, number>();
  existing.forEach((x, i) => {
    if (typeof x.id === 'string' && !existingById.has(x.id)) existingById.set(x.id, i);
    if (typeof x.name === 'string') {
      const name = normalizeText(x.name);
      if (!existingByName.has(name)) existingByName.set(name, i);
    }
  });
  const mapped = new Set(mapping.filter((f): f is string => f !== null));
  const columns = CSV_COLUMNS[entity].filter((c) => mapped.has(c.field));
  return {
    entity,
    lang,
    mapping,
    columns,
    names: new Map(columns.map((c) => [c.field, columnLabel(entity, c.field, lang)])),
    enums,
    cells: { refText: (collection, id) => work.refText(collection, id), enums },
    existing,
    existingById,
    existingByName,
    work,
    seenKeys: new Map(),
  };
}

/** True for a value an empty cell leaves as it is: absent, '' or []. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmpty(a) && isEmpty(b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Reads one row against the network and the rows before it. */
export function readRow(ctx: RowContext, cells: readonly string[], line: number): RowResult {
  const { entity, lang, work } = ctx;
  const errors: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < ctx.mapping.length; i++) {
    const field = ctx.mapping[i];
    if (field) values[field] = fromCsvCell(cells[i] ?? '');
  }
  const label = values.name || values.roleLabel || values.id || values.organisation || `#${line}`;
  const normalName = entity === 'organisations' && values.name ? normalizeText(values.name) : '';

  // Which existing item does this row update? By id, else (organisations) by name.
  let index = -1;
  if (values.id) index = ctx.existingById.get(values.id) ?? -1;
  if (index < 0 && normalName) index = ctx.existingByName.get(normalName) ?? -1;
  const base = index >= 0 ? ctx.existing[index]! : undefined;
  // A shallow copy: nested values are replaced, never changed in place.
  const item: Record<string, unknown> = base ? { ...base } : {};
  let channels: Channel[] | undefined;
  const channelList = () => (channels ??= Array.isArray(item.channels) ? (item.channels as Channel[]).slice() : []);
  let channelsTouched = false;

  for (const column of ctx.columns) {
    const value = values[column.field]!;
    const name = ctx.names.get(column.field)!;
    if (value === '') {
      if (column.required && !base) errors.push(msg(lang, 'editor.csv.error.required', { column: name }));
      // An emptied optional cell clears the field of an existing item (an outdated phone number can be removed).
      if (base && !column.required && column.kind !== 'id') {
        if (column.kind === 'channel') {
          const at = channelList().findIndex((c) => c.type === column.channel);
          if (at >= 0) {
            channelList().splice(at, 1);
            channelsTouched = true;
          }
        } else if (!isEmpty(item[column.field])) delete item[column.field];
      }
      continue;
    }
    switch (column.kind) {
      case 'text':
        item[column.field] = value;
        break;
      case 'id':
        if (!PATTERNS.id.test(value)) errors.push(msg(lang, 'editor.csv.error.invalid', { column: name, value, hint: msg(lang, 'editor.csv.hint.id') }));
        else item.id = value;
        break;
      case 'date': {
        // The same reading as the editor's date field: a Dutch spreadsheet writes 04-12-2026 for 2026-12-04.
        const reading = readDateInput(value);
        if (!reading?.ok) errors.push(msg(lang, 'editor.csv.error.invalid', { column: name, value, hint: msg(lang, 'editor.csv.hint.date') }));
        else item[column.field] = reading.iso;
        break;
      }
      case 'enum': {
        const table = ctx.enums.get(column.field)!;
        const found = table.codes.get(normalizeText(value));
        if (!found) errors.push(msg(lang, 'editor.csv.error.unknownValue', { column: name, value, allowed: table.allowed }));
        else item[column.field] = found;
        break;
      }
      case 'ref': {
        const id = work.lookup(column.target!, value);
        if (!id) errors.push(msg(lang, 'editor.csv.error.unknownReference', { column: name, value }));
        else item[column.field] = id;
        break;
      }
      case 'refs': {
        const ids: string[] = [];
        for (const part of splitList(value)) {
          const id = work.lookup(column.target!, part);
          if (!id) errors.push(msg(lang, 'editor.csv.error.unknownReference', { column: name, value: part }));
          else if (!ids.includes(id)) ids.push(id);
        }
        // The same references in another order are no change: the list keeps its order.
        const old = item[column.field];
        const same = Array.isArray(old) && old.length === ids.length && ids.every((id) => old.includes(id));
        if (!same) item[column.field] = ids;
        break;
      }
      case 'channel': {
        const type = column.channel!;
        const pattern = type === 'email' ? PATTERNS.email : type === 'phone' ? PATTERNS.phone : PATTERNS.website;
        const v = type === 'email' ? value.replace(/^mailto:/i, '') : value;
        if (!pattern.test(v)) {
          errors.push(msg(lang, 'editor.csv.error.invalid', { column: name, value, hint: msg(lang, `editor.csv.hint.${column.field}`) }));
          break;
        }
        const list = channelList();
        const at = list.findIndex((c) => c.type === type);
        if (at >= 0 && list[at]!.value === v) break;
        if (at >= 0) list[at] = { ...list[at]!, value: v };
        else list.push({ type, value: v });
        channelsTouched = true;
        break;
      }
    }
  }
  if (channelsTouched) {
    if (channels!.length) item.channels = channels;
    else delete item.channels;
  }

  // Defaults for new items.
  if (!base) {
    if (entity === 'organisations') item.type ??= 'other';
    else item.visibility ??= 'professional';
    if (errors.length === 0 && !item.id) {
      const orgName = entity === 'contacts' ? textOf(item.organisation, '') : '';
      item.id = work.uniqueId(entity === 'contacts' ? `${textOf(item.role, 'contact')}-${orgName}` : textOf(item.name, ''), 'nieuw');
    }
  }
  // The same item twice in one file.
  const key = values.id || normalName;
  if (key) {
    const earlier = ctx.seenKeys.get(key);
    if (earlier !== undefined) errors.push(msg(lang, 'editor.csv.error.duplicateRow', { line: earlier }));
    else ctx.seenKeys.set(key, line);
  }
  if (errors.length > 0) return { line, action: base ? 'update' : 'add', label, errors };
  if (!base) {
    // Reserve the new id, so later rows get other ids and can refer to this organisation.
    work.add(entity, item);
    return { line, action: 'add', item, label, errors };
  }
  const changes = diffRow(ctx, base, item);
  if (changes.length === 0) return { line, action: 'unchanged', item: base, index, label, errors };
  return { line, action: 'update', item, index, label, errors, changes };
}

/** What an update changes in the mapped columns, as cell texts. */
function diffRow(ctx: RowContext, before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const column of ctx.columns) {
    const a = fieldValue(before, column);
    const b = fieldValue(after, column);
    if (sameValue(a, b)) continue;
    changes.push({ field: column.field, column: ctx.names.get(column.field)!, before: cellText(column, a, ctx.cells), after: cellText(column, b, ctx.cells) });
  }
  return changes;
}
