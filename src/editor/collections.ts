/**
 * The lists of things an editor works with, where they live in the file, and which fields refer to them.
 * One table, used by the forms (which collection a picker offers), the reference finder and CSV import.
 */
import type { GiaNetwork } from '../model/types.js';
import { getAt } from './pointer.js';

export type CollectionKey =
  | 'organisations'
  | 'contacts'
  | 'specialisms'
  | 'meetings'
  | 'interventions'
  | 'municipalities'
  | 'phases'
  | 'relations'
  | 'sources'
  | 'tracks'
  | 'powers'
  | 'meldcodeSteps';

export interface CollectionInfo {
  key: CollectionKey;
  /** JSON pointer of the array in the file. */
  pointer: string;
  /** Entry in SCHEMA_OBJECTS describing one item. */
  object: string;
  /** Items have an `id` (relations have none). */
  hasId: boolean;
}

export const COLLECTIONS: readonly CollectionInfo[] = [
  { key: 'organisations', pointer: '/organisations', object: 'organisation', hasId: true },
  { key: 'contacts', pointer: '/contacts', object: 'contact', hasId: true },
  { key: 'specialisms', pointer: '/specialisms', object: 'specialism', hasId: true },
  { key: 'meetings', pointer: '/meetings', object: 'meeting', hasId: true },
  { key: 'interventions', pointer: '/interventions', object: 'intervention', hasId: true },
  { key: 'municipalities', pointer: '/municipalities', object: 'municipality', hasId: true },
  { key: 'phases', pointer: '/escalationModel/phases', object: 'phase', hasId: true },
  { key: 'relations', pointer: '/relations', object: 'relation', hasId: false },
  { key: 'sources', pointer: '/metadata/sources', object: 'sourceDocumentItem', hasId: true },
  // Schema 1.1: tracks beside the phases, powers ("wie mag wat") and the meldcode's steps (numbered, no id).
  { key: 'tracks', pointer: '/escalationModel/tracks', object: 'track', hasId: true },
  { key: 'powers', pointer: '/powers', object: 'power', hasId: true },
  { key: 'meldcodeSteps', pointer: '/meldcode/steps', object: 'meldcodeStep', hasId: false },
];

export const COLLECTION_BY_KEY: Readonly<Record<CollectionKey, CollectionInfo>> = Object.fromEntries(
  COLLECTIONS.map((c) => [c.key, c]),
) as Record<CollectionKey, CollectionInfo>;

/** Collections whose items are nodes on the map (a relation may connect any two of them). */
export const NODE_COLLECTIONS: readonly CollectionKey[] = [
  'organisations',
  'meetings',
  'interventions',
  'contacts',
  'specialisms',
  'phases',
  'municipalities',
];

/** The items of a collection (always an array, even for a broken file). */
export function itemsOf(network: unknown, key: CollectionKey): Record<string, unknown>[] {
  const list = getAt(network, COLLECTION_BY_KEY[key].pointer);
  return Array.isArray(list) ? list.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object') : [];
}

/** Raw array (with its original indices) of a collection. */
export function rawItemsOf(network: unknown, key: CollectionKey): unknown[] {
  const list = getAt(network, COLLECTION_BY_KEY[key].pointer);
  return Array.isArray(list) ? list : [];
}

/** `value` as text when it is a string or a number, else `fallback` (never "[object Object]"). */
export function textOf(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

/** The human name of an item: name, title, or for relations "from → to". */
export function itemLabel(item: unknown): string {
  if (!item || typeof item !== 'object') return '';
  const o = item as Record<string, unknown>;
  for (const key of ['name', 'roleLabel', 'title', 'id']) {
    if (typeof o[key] === 'string' && o[key].trim() !== '') return o[key].trim();
  }
  if (typeof o.from === 'string' || typeof o.to === 'string') return `${textOf(o.from, '?')} → ${textOf(o.to, '?')}`;
  return '';
}

/** Every id in the file, with the collection it belongs to. */
export function idIndex(network: unknown): Map<string, CollectionKey> {
  const index = new Map<string, CollectionKey>();
  for (const c of COLLECTIONS) {
    if (!c.hasId) continue;
    for (const item of itemsOf(network, c.key)) {
      if (typeof item.id === 'string' && !index.has(item.id)) index.set(item.id, c.key);
    }
  }
  return index;
}

/** An option of a reference picker. */
export interface ReferenceOption {
  id: string;
  label: string;
  collection: CollectionKey;
}

/** The choices a reference picker offers: exactly the ids that exist in the target collections. */
export function referenceOptions(network: unknown, targets: readonly CollectionKey[]): ReferenceOption[] {
  const options: ReferenceOption[] = [];
  const seen = new Set<string>();
  for (const key of targets) {
    for (const item of itemsOf(network, key)) {
      if (typeof item.id !== 'string' || item.id === '' || seen.has(item.id)) continue;
      seen.add(item.id);
      options.push({ id: item.id, label: itemLabel(item) || item.id, collection: key });
    }
  }
  return options;
}

/** Slug for an id: lower case a-z/0-9 with single hyphens, at most 60 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug;
}

/** An id made from `base` that no item in the file uses yet. */
export function uniqueId(network: unknown, base: string, fallback = 'nieuw'): string {
  const used = idIndex(network);
  const root = slugify(base) || fallback;
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export type { GiaNetwork };
