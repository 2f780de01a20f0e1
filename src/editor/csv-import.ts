/**
 * Importing organisations and contact persons from a spreadsheet (CSV). Three steps, and nothing changes
 * until the last one: parse the text (csv.ts) → map columns to fields (guessed from the header, the user
 * can change it) → preview every row with its errors → apply, only when no row has an error.
 * Values may be given as ids or as names (organisation "Veilig Thuis Zuid-Limburg", gemeente "Heerlen",
 * role "Aandachtsfunctionaris"), as editors write them.
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { enumKey } from '../i18n/enum-key.js';
import { normalizeText } from '../graph/normalize-text.js';
import type { Channel, ChannelType } from '../model/types.js';
import { COLLECTION_BY_KEY, itemsOf, rawItemsOf, slugify, textOf, type CollectionKey } from './collections.js';
import { setAt } from './pointer.js';
import { CsvWorkingSet } from './csv-working-set.js';
import type { CsvTable } from './csv.js';
import { SCHEMA_OBJECTS } from './generated/schema-fields.js';

export type CsvEntity = 'organisations' | 'contacts';

export interface CsvColumn {
  field: string;
  required?: boolean;
  /** Header texts (besides the field name and the Dutch column name) that map to this field. */
  aliases: readonly string[];
  kind: 'text' | 'id' | 'enum' | 'refs' | 'ref' | 'channel' | 'date';
  /** For enums: schema object + field; for refs: the target collection; for channels: the channel type. */
  enumOf?: { object: string; field: string };
  target?: CollectionKey;
  channel?: ChannelType;
}

export const CSV_COLUMNS: Readonly<Record<CsvEntity, readonly CsvColumn[]>> = {
  organisations: [
    { field: 'id', kind: 'id', aliases: ['sleutel', 'code'] },
    { field: 'name', kind: 'text', required: true, aliases: ['naam', 'organisatie', 'organisation', 'naam organisatie'] },
    { field: 'shortName', kind: 'text', aliases: ['afkorting', 'korte naam', 'short name'] },
    { field: 'type', kind: 'enum', enumOf: { object: 'organisation', field: 'type' }, aliases: ['soort', 'type organisatie', 'soort organisatie'] },
    { field: 'description', kind: 'text', aliases: ['omschrijving', 'beschrijving'] },
    { field: 'municipalities', kind: 'refs', target: 'municipalities', aliases: ['gemeenten', 'werkgebied', 'gemeente'] },
    { field: 'specialisms', kind: 'refs', target: 'specialisms', aliases: ['specialismen', 'specialisme', 'expertise'] },
    { field: 'website', kind: 'channel', channel: 'website', aliases: ['website', 'webadres', 'url', 'site'] },
    { field: 'phone', kind: 'channel', channel: 'phone', aliases: ['telefoon', 'telefoonnummer', 'tel', 'phone'] },
    { field: 'email', kind: 'channel', channel: 'email', aliases: ['e-mail', 'email', 'mail', 'e-mailadres'] },
    { field: 'reviewedAt', kind: 'date', aliases: ['gecontroleerd', 'laatst gecontroleerd', 'controledatum'] },
  ],
  contacts: [
    { field: 'id', kind: 'id', aliases: ['sleutel', 'code'] },
    { field: 'name', kind: 'text', aliases: ['naam', 'persoon', 'naam contactpersoon'] },
    { field: 'role', kind: 'enum', required: true, enumOf: { object: 'contact', field: 'role' }, aliases: ['rol'] },
    { field: 'roleLabel', kind: 'text', aliases: ['functie', 'functienaam'] },
    { field: 'organisation', kind: 'ref', required: true, target: 'organisations', aliases: ['organisatie', 'werkgever'] },
    { field: 'email', kind: 'channel', channel: 'email', aliases: ['e-mail', 'email', 'mail', 'e-mailadres'] },
    { field: 'phone', kind: 'channel', channel: 'phone', aliases: ['telefoon', 'telefoonnummer', 'tel', 'mobiel'] },
    { field: 'visibility', kind: 'enum', enumOf: { object: 'contact', field: 'visibility' }, aliases: ['zichtbaarheid', 'zichtbaar'] },
    { field: 'specialisms', kind: 'refs', target: 'specialisms', aliases: ['specialismen', 'specialisme'] },
    { field: 'municipalities', kind: 'refs', target: 'municipalities', aliases: ['gemeenten', 'werkgebied', 'gemeente'] },
    { field: 'notes', kind: 'text', aliases: ['notities', 'opmerkingen', 'toelichting'] },
    { field: 'reviewedAt', kind: 'date', aliases: ['gecontroleerd', 'laatst gecontroleerd', 'controledatum'] },
  ],
};

/** The Dutch (or English) name of a column's field, as shown in the mapping and in errors. */
export function columnLabel(entity: CsvEntity, field: string, lang: Lang = 'nl'): string {
  if (entity === 'contacts' && field === 'name') return msg(lang, 'editor.csv.column.name');
  return msg(lang, `editor.csv.column.${field}`);
}

/** For each CSV column, the field it fills (or null: ignored). */
export type ColumnMapping = (string | null)[];

/** Guesses the mapping from the header row (field names, Dutch names and common synonyms). */
export function guessMapping(entity: CsvEntity, header: readonly string[], lang: Lang = 'nl'): ColumnMapping {
  const used = new Set<string>();
  return header.map((cell) => {
    const h = normalizeText(cell);
    const column = CSV_COLUMNS[entity].find(
      (c) =>
        !used.has(c.field) &&
        (normalizeText(c.field) === h ||
          normalizeText(columnLabel(entity, c.field, lang)) === h ||
          normalizeText(columnLabel(entity, c.field, 'nl')) === h ||
          c.aliases.some((a) => normalizeText(a) === h)),
    );
    if (!column) return null;
    used.add(column.field);
    return column.field;
  });
}

export interface RowResult {
  /** 1-based line in the file. */
  line: number;
  action: 'add' | 'update';
  /** The item after import (only when the row has no errors). */
  item?: Record<string, unknown>;
  /** Index of the existing item that is updated. */
  index?: number;
  label: string;
  errors: string[];
}

export interface ImportPreview {
  entity: CsvEntity;
  /** Problems with the file or the mapping (no rows can be imported until they are solved). */
  fileErrors: string[];
  rows: RowResult[];
  added: number;
  updated: number;
  /** Rows with at least one error. */
  errorRows: number;
  /** True when applying is allowed: no file errors, no row errors, at least one row. */
  canApply: boolean;
}

const PATTERNS = {
  email: /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-zA-Z]{2,}$/,
  phone: /^\+?[0-9][0-9 ()-]{1,22}[0-9]$/,
  website: /^https?:\/\/[^\s<>"]+$/,
  date: /^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/,
  id: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
};

/**
 * A cell's text: trimmed, and without the apostrophe the export puts before a formula-like start (csv-export.ts).
 * Whatever it holds stays text: nothing in a cell is ever evaluated.
 */
export function fromCsvCell(cell: string): string {
  return (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell).trim();
}

function splitList(value: string): string[] {
  return value
    .split(/[|;\n]|,(?!\d)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function enumValue(column: CsvColumn, value: string, lang: Lang): { value?: string; allowed: string } {
  const { object, field } = column.enumOf!;
  const values = SCHEMA_OBJECTS[object]?.fields[field]?.enum ?? [];
  const wanted = normalizeText(value);
  const labelOf = (v: string, l: Lang) => msg(l, enumKey(object, field, v));
  const found = values.find(
    (v) =>
      normalizeText(v) === wanted ||
      normalizeText(labelOf(v, lang)) === wanted ||
      normalizeText(labelOf(v, 'nl')) === wanted ||
      normalizeText(labelOf(v, 'en')) === wanted ||
      normalizeText(labelOf(v, 'nl').split(':')[0]!) === wanted,
  );
  return { value: found, allowed: values.map((v) => labelOf(v, lang).split(':')[0]).join(', ') };
}

/** Shows what an import would do, row by row. Does not change the network. */
export function previewImport(
  network: unknown,
  entity: CsvEntity,
  table: CsvTable,
  mapping: ColumnMapping,
  options: { hasHeader?: boolean; lang?: Lang } = {},
): ImportPreview {
  const lang = options.lang ?? 'nl';
  const hasHeader = options.hasHeader ?? true;
  const columns = CSV_COLUMNS[entity];
  const fileErrors: string[] = [];
  for (const p of table.problems) fileErrors.push(msg(lang, 'editor.csv.error.unclosedQuote', { line: p.line }));
  const dataRows = table.rows.slice(hasHeader ? 1 : 0);
  const dataLines = table.lines.slice(hasHeader ? 1 : 0);
  if (dataRows.length === 0) fileErrors.push(msg(lang, 'editor.csv.error.empty'));
  for (const column of columns) {
    const count = mapping.filter((f) => f === column.field).length;
    if (count > 1) fileErrors.push(msg(lang, 'editor.csv.error.columnTwice', { column: columnLabel(entity, column.field, lang) }));
    if (column.required && count === 0) fileErrors.push(msg(lang, 'editor.csv.error.columnMissing', { column: columnLabel(entity, column.field, lang) }));
  }

  const existing = itemsOf(network, entity);
  // Indexes instead of scans: which existing item a row updates (by id, organisations also by name), and what
  // later rows may refer to (csv-working-set.ts). Linear in the rows.
  const existingById = new Map<string, number>();
  const existingByName = new Map<string, number>();
  existing.forEach((x, i) => {
    if (typeof x.id === 'string' && !existingById.has(x.id)) existingById.set(x.id, i);
    if (typeof x.name === 'string') {
      const name = normalizeText(x.name);
      if (!existingByName.has(name)) existingByName.set(name, i);
    }
  });
  const work = new CsvWorkingSet(network);
  const seenKeys = new Map<string, number>();
  const rows: RowResult[] = dataRows.map((cells, r) => {
    const line = dataLines[r] ?? r + 1;
    const errors: string[] = [];
    const values: Record<string, string> = {};
    mapping.forEach((field, i) => {
      if (field) values[field] = fromCsvCell(cells[i] ?? '');
    });
    const label = values.name || values.roleLabel || values.id || values.organisation || `#${line}`;

    // Which existing item does this row update? By id, else (organisations) by name.
    let index = -1;
    if (values.id) index = existingById.get(values.id) ?? -1;
    if (index < 0 && entity === 'organisations' && values.name) index = existingByName.get(normalizeText(values.name)) ?? -1;
    const base: Record<string, unknown> = index >= 0 ? structuredClone(existing[index]!) : {};
    const item = base;
    const channels: Channel[] = Array.isArray(item.channels) ? (item.channels as Channel[]).slice() : [];
    let channelsTouched = false;

    for (const column of columns) {
      const value = values[column.field];
      if (value === undefined) continue;
      const name = columnLabel(entity, column.field, lang);
      if (value === '') {
        if (column.required && index < 0) errors.push(msg(lang, 'editor.csv.error.required', { column: name }));
        // An emptied optional cell clears the field of an existing item (an outdated phone number can be removed).
        if (index >= 0 && !column.required && column.kind !== 'id') {
          if (column.kind === 'channel') {
            const at = channels.findIndex((c) => c.type === column.channel);
            if (at >= 0) {
              channels.splice(at, 1);
              channelsTouched = true;
            }
          } else delete item[column.field];
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
        case 'date':
          if (!PATTERNS.date.test(value)) errors.push(msg(lang, 'editor.csv.error.invalid', { column: name, value, hint: msg(lang, 'editor.csv.hint.date') }));
          else item[column.field] = value;
          break;
        case 'enum': {
          const found = enumValue(column, value, lang);
          if (!found.value) errors.push(msg(lang, 'editor.csv.error.unknownValue', { column: name, value, allowed: found.allowed }));
          else item[column.field] = found.value;
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
          item[column.field] = ids;
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
          const at = channels.findIndex((c) => c.type === type);
          if (at >= 0) channels[at] = { ...channels[at]!, value: v };
          else channels.push({ type, value: v });
          channelsTouched = true;
          break;
        }
      }
    }
    if (channelsTouched) {
      if (channels.length) item.channels = channels;
      else delete item.channels;
    }

    // Defaults for new items.
    if (index < 0) {
      if (entity === 'organisations') {
        item.type ??= 'other';
      } else {
        item.visibility ??= 'professional';
      }
      if (errors.length === 0 && !item.id) {
        const orgName = entity === 'contacts' ? textOf(item.organisation, '') : '';
        item.id = work.uniqueId(entity === 'contacts' ? `${textOf(item.role, 'contact')}-${orgName}` : textOf(item.name, ''), 'nieuw');
      }
    }
    // The same item twice in one file.
    const key = entity === 'organisations' ? (values.id || normalizeText(values.name ?? '')) : values.id || '';
    if (key) {
      const earlier = seenKeys.get(key);
      if (earlier !== undefined) errors.push(msg(lang, 'editor.csv.error.duplicateRow', { line: earlier }));
      else seenKeys.set(key, line);
    }
    if (errors.length === 0) {
      // Reserve the new id, so later rows get other ids and can refer to this organisation.
      if (index < 0) work.add(entity, item);
      return { line, action: index >= 0 ? 'update' : 'add', item, index: index >= 0 ? index : undefined, label, errors };
    }
    return { line, action: index >= 0 ? 'update' : 'add', label, errors };
  });

  const errorRows = rows.filter((r) => r.errors.length > 0).length;
  return {
    entity,
    fileErrors,
    rows,
    added: rows.filter((r) => r.action === 'add' && r.errors.length === 0).length,
    updated: rows.filter((r) => r.action === 'update' && r.errors.length === 0).length,
    errorRows,
    canApply: fileErrors.length === 0 && errorRows === 0 && rows.length > 0,
  };
}

/**
 * Applies a preview to the network. All or nothing: when the preview has any error, the network is
 * returned unchanged.
 */
export function applyImport<T>(network: T, preview: ImportPreview): T {
  if (!preview.canApply) return network;
  const pointer = COLLECTION_BY_KEY[preview.entity].pointer;
  let result = network;
  let length = rawItemsOf(network, preview.entity).length;
  for (const row of preview.rows) {
    if (!row.item) return network;
    if (row.action === 'update' && row.index !== undefined) result = setAt(result, `${pointer}/${row.index}`, row.item);
    else result = setAt(result, `${pointer}/${length++}`, row.item);
  }
  return result;
}

export { slugify };
