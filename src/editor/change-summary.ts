/**
 * What changed between the network as opened and as it is now, counted per kind of item:
 * "3 organisaties gewijzigd, 1 contactpersoon verwijderd". Items with an id are matched by id;
 * relations by from + type + to. An item whose id changed (at the same place in its list) counts as
 * renamed, not as added and removed; a relation whose end was renamed counts as changed.
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { COLLECTIONS, rawItemsOf, type CollectionKey } from './collections.js';
import { getAt, stableStringify } from './pointer.js';
import { collectionKey } from '../i18n/enum-key.js';

export interface CollectionChanges {
  collection: CollectionKey;
  added: number;
  changed: number;
  removed: number;
  /** Items whose id changed ("1 organisatie hernoemd"); they are not counted as added or removed. */
  renamed: number;
}

export interface ChangeSummary {
  collections: CollectionChanges[];
  /** Something in "Over dit bestand" (metadata without its sources) changed. */
  metadataChanged: boolean;
  /** The escalation model's own fields (not its phases or tracks) changed. */
  escalationModelChanged: boolean;
  /** True when nothing changed at all. */
  empty: boolean;
}

function keyOf(collection: CollectionKey, item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    if (collection === 'relations') return `${String(o.from)}|${String(o.type)}|${String(o.to)}`;
    if (collection === 'meldcodeSteps' && typeof o.number === 'number') return `step-${o.number}`;
    if (typeof o.id === 'string' && o.id !== '') return o.id;
  }
  return `#${index}`;
}

/** Each item's key, with its text and its place in the list. */
function keyed(collection: CollectionKey, list: unknown[]): Map<string, { text: string; index: number }> {
  const map = new Map<string, { text: string; index: number }>();
  list.forEach((item, index) => {
    let key = keyOf(collection, item, index);
    while (map.has(key)) key += '+';
    map.set(key, { text: stableStringify(item), index });
  });
  return map;
}

function without(value: unknown, field: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { [field]: _omit, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** Counts added, changed and removed items per collection. */
export function summarizeChanges(opened: unknown, current: unknown): ChangeSummary {
  const collections: CollectionChanges[] = [];
  for (const c of COLLECTIONS) {
    const before = keyed(c.key, rawItemsOf(opened, c.key));
    const after = keyed(c.key, rawItemsOf(current, c.key));
    let added = 0;
    let changed = 0;
    let renamed = 0;
    const removedAt = new Set<number>();
    for (const [key, { index }] of before) if (!after.has(key)) removedAt.add(index);
    let removed = removedAt.size;
    for (const [key, { text, index }] of after) {
      const old = before.get(key);
      if (old === undefined && removedAt.has(index)) {
        // The item at this place lost its old key and got a new one: a rename (or a relation that follows one).
        removedAt.delete(index);
        removed--;
        if (c.key === 'relations') changed++;
        else renamed++;
      } else if (old === undefined) added++;
      else if (old.text !== text) changed++;
    }
    if (added || changed || removed || renamed) collections.push({ collection: c.key, added, changed, removed, renamed });
  }
  const metadataChanged =
    stableStringify(without(getAt(opened, '/metadata'), 'sources')) !== stableStringify(without(getAt(current, '/metadata'), 'sources'));
  const escalationModelChanged =
    stableStringify(without(without(getAt(opened, '/escalationModel'), 'phases'), 'tracks')) !==
    stableStringify(without(without(getAt(current, '/escalationModel'), 'phases'), 'tracks'));
  return {
    collections,
    metadataChanged,
    escalationModelChanged,
    empty: collections.length === 0 && !metadataChanged && !escalationModelChanged,
  };
}

/** The summary as one sentence, e.g. "3 organisaties gewijzigd, 1 contactpersoon verwijderd". */
export function formatChangeSummary(summary: ChangeSummary, lang: Lang = 'nl'): string {
  if (summary.empty) return msg(lang, 'editor.changes.none');
  const parts: string[] = [];
  for (const c of summary.collections) {
    for (const action of ['added', 'changed', 'renamed', 'removed'] as const) {
      const count = c[action];
      if (count === 0) continue;
      const noun = msg(lang, collectionKey(c.collection, count !== 1));
      parts.push(msg(lang, `editor.changes.${action}`, { count, noun }));
    }
  }
  if (summary.metadataChanged) parts.push(msg(lang, 'editor.changes.metadata'));
  if (summary.escalationModelChanged) parts.push(msg(lang, 'editor.changes.escalationModel'));
  return parts.join(', ');
}
