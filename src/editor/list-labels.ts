/**
 * How an item is named in the editor's lists and dialogs: its own name, a relation as "from — type — to" and a
 * contact person as "name — organisation" (with the names of what they point at, not their ids), a meldcode step as
 * "Stap 2: name".
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { itemLabel, referenceOptions, type CollectionKey } from './collections.js';
import { enumKey } from '../i18n/enum-key.js';

export interface NameIndex {
  /** Names by id of every node kind. */
  readonly labels: ReadonlyMap<string, string>;
  /** Names by id of the organisations alone. */
  readonly orgs: ReadonlyMap<string, string>;
}

const indexCache = new WeakMap<object, NameIndex>();

/** Names by id, computed once per version of the network (versions are immutable). */
export function nameIndex(network: unknown): NameIndex {
  const cached = network && typeof network === 'object' ? indexCache.get(network) : undefined;
  if (cached) return cached;
  const all = referenceOptions(network, ['organisations', 'meetings', 'interventions', 'contacts', 'specialisms', 'phases', 'municipalities']);
  const index: NameIndex = {
    labels: new Map(all.map((o) => [o.id, o.label])),
    orgs: new Map(all.filter((o) => o.collection === 'organisations').map((o) => [o.id, o.label])),
  };
  if (network && typeof network === 'object') indexCache.set(network, index);
  return index;
}

/** The label of `item` of collection `key` in the list (empty when it has no name yet). */
export function listLabel(network: unknown, key: CollectionKey, item: unknown, lang: Lang): string {
  if (key === 'relations' && item && typeof item === 'object') {
    const r = item as { from?: string; to?: string; type?: string };
    const { labels } = nameIndex(network);
    const name = (id?: string) => (id ? (labels.get(id) ?? id) : '?');
    return `${name(r.from)} — ${msg(lang, enumKey('relation', 'type', r.type ?? ''))} — ${name(r.to)}`;
  }
  if (key === 'contacts' && item && typeof item === 'object') {
    const c = item as { name?: string; roleLabel?: string; role?: string; organisation?: string };
    const org = c.organisation ? nameIndex(network).orgs.get(c.organisation) : undefined;
    const role = c.roleLabel ?? (c.role ? msg(lang, enumKey('contact', 'role', c.role)) : '');
    return [c.name ?? role, org].filter(Boolean).join(' — ');
  }
  if (key === 'meldcodeSteps' && item && typeof item === 'object') {
    const s = item as { number?: unknown; name?: unknown };
    const name = typeof s.name === 'string' && s.name.trim() !== '' ? s.name.trim() : '';
    return msg(lang, 'editor.list.meldcodeStep', { number: typeof s.number === 'number' ? s.number : '?', name });
  }
  return itemLabel(item);
}
