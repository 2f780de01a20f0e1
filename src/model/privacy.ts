/**
 * The privacy rules of the public build, driven by the schema's annotations
 * (generated/personal-fields.js): professional-only items are dropped, `x-gia-personal` fields are
 * removed, confidential addresses are dropped, and references to what was dropped go too.
 * Listing and counting personal values (the CLI's checks) are in personal-values.ts, so a page that only
 * strips does not carry them.
 */
import { CONFIDENTIAL_ARRAYS, PERSONAL_FIELDS, VISIBILITY_ARRAYS } from './generated/personal-fields.js';
import { copyJsonValues } from './json-copy.js';
import { idCarriesName } from './name-in-id.js';
import { isRecord } from './text-basics.js';
import type { GiaNetwork } from './types.js';

type Path = ReadonlyArray<string>;

/** Calls `visit(parent, key)` for every place matching `path` ("*" = any array index). */
export function forEachAt(root: unknown, path: Path, visit: (parent: Record<string, unknown>, key: string) => void): void {
  const walk = (node: unknown, i: number) => {
    if (i === path.length - 1) {
      if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, path[i]!)) visit(node, path[i]!);
      return;
    }
    const segment = path[i]!;
    if (segment === '*') {
      if (Array.isArray(node)) for (const item of node) walk(item, i + 1);
    } else if (isRecord(node)) {
      walk(node[segment], i + 1);
    }
  };
  if (path.length > 0) walk(root, 0);
}

/** Keys whose value (or items) are ids of other entities. */
export const REFERENCE_KEYS: ReadonlySet<string> = new Set(['from', 'to', 'members', 'providers', 'organisations', 'via', 'parent', 'organisation']);

/** Options of the public build. */
export interface PublicBuildOptions {
  /**
   * Keep entries marked `"fictitious": true` (invented example data, e.g. a demo). Default false: a public
   * file never shows invented contacts or organisations as if they were real.
   */
  keepFictitious?: boolean;
}

/** The entity lists that can hold `fictitious` entries. */
const FICTITIOUS_ARRAYS = ['organisations', 'contacts', 'meetings', 'interventions', 'specialisms', 'municipalities'] as const;

/** Drops fictitious entries (and contacts of a dropped organisation); their ids go into `removed`. */
function dropFictitious(copy: Record<string, unknown>, removed: Set<string>): void {
  for (const key of FICTITIOUS_ARRAYS) {
    const list = copy[key];
    if (!Array.isArray(list)) continue;
    copy[key] = list.filter((item) => {
      const drop = isRecord(item) && (item.fictitious === true || (key === 'contacts' && typeof item.organisation === 'string' && removed.has(item.organisation)));
      if (drop && typeof item.id === 'string') removed.add(item.id);
      return !drop;
    });
  }
}

/** How many entries `dropFictitious` would remove (for the CLI's report). */
export function countFictitious(network: GiaNetwork): number {
  const removed = new Set<string>();
  dropFictitious(copyJsonValues(network) as Record<string, unknown>, removed);
  return removed.size;
}

/**
 * The public version of a network: a new object (the input is not changed) without professional
 * contacts, without personal fields, without confidential addresses, without fictitious entries (unless
 * `keepFictitious`), and without references to removed items. Contact ids that carry the person's name
 * (name-in-id.ts) get a neutral id, in every reference too. It is made from a copy of the input's JSON
 * values (json-copy.ts): what JSON cannot hold (a function, a symbol) is not in it; a cycle throws.
 */
export function stripPersonalData(network: GiaNetwork, options: PublicBuildOptions = {}): GiaNetwork {
  const copy = copyJsonValues(network) as Record<string, unknown>;
  const removedIds = new Set<string>();
  const renamed = new Map<string, string>();

  if (options.keepFictitious !== true) dropFictitious(copy, removedIds);

  for (const path of VISIBILITY_ARRAYS) {
    forEachAt(copy, path, (parent, key) => {
      const list = parent[key];
      if (!Array.isArray(list)) return;
      parent[key] = list.filter((item) => {
        if (isRecord(item) && item.visibility === 'professional') {
          if (typeof item.id === 'string') removedIds.add(item.id);
          return false;
        }
        return true;
      });
    });
  }

  // Neutral ids for contacts whose id contains their name (ids stay in the public version).
  let usedIds: Set<string> | undefined;
  for (const path of PERSONAL_FIELDS) {
    forEachAt(copy, path, (parent) => {
      if (typeof parent.id !== 'string' || renamed.has(parent.id) || !idCarriesName(parent)) return;
      // All ids in the file, collected once the first contact needs a new one.
      if (!usedIds) collectIds(copy, (usedIds = new Set<string>()));
      let n = 1;
      while (usedIds.has(`contact-${n}`)) n++;
      const fresh = `contact-${n}`;
      usedIds.add(fresh);
      renamed.set(parent.id, fresh);
      parent.id = fresh;
    });
  }

  for (const path of PERSONAL_FIELDS) forEachAt(copy, path, (parent, key) => delete parent[key]);

  for (const path of CONFIDENTIAL_ARRAYS) {
    forEachAt(copy, path, (parent, key) => {
      const list = parent[key];
      if (!Array.isArray(list)) return;
      const kept = list.filter((item) => !(isRecord(item) && item.confidential === true));
      if (kept.length > 0) parent[key] = kept;
      else delete parent[key];
    });
  }

  if (removedIds.size > 0 || renamed.size > 0) {
    if (Array.isArray(copy.relations)) {
      copy.relations = copy.relations.filter(
        (r) => !(isRecord(r) && (removedIds.has(r.from as string) || removedIds.has(r.to as string))),
      );
    }
    // The walk visits every object of the file. Usually nothing is left to rewrite (contacts are referenced
    // from relations, filtered above), and a referenced id is in the file's JSON text as a string of its own.
    if (mentionsAny(copy, [...removedIds, ...renamed.keys()])) rewriteReferences(copy, removedIds, renamed, 0);
  }
  return copy as unknown as GiaNetwork;
}

/** Whether one of `ids` is a string value (or key) somewhere in `value`; true when that cannot be told (e.g. a cycle). */
function mentionsAny(value: unknown, ids: readonly string[]): boolean {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return true;
  }
  return ids.some((id) => text.includes(JSON.stringify(id)));
}

function collectIds(node: unknown, into: Set<string>, depth = 0): void {
  if (depth > 12) return;
  if (Array.isArray(node)) node.forEach((v) => collectIds(v, into, depth + 1));
  else if (isRecord(node)) {
    if (typeof node.id === 'string') into.add(node.id);
    for (const v of Object.values(node)) if (typeof v === 'object' && v !== null) collectIds(v, into, depth + 1);
  }
}

function rewriteReferences(node: unknown, removed: Set<string>, renamed: Map<string, string>, depth: number): void {
  if (depth > 12) return;
  if (Array.isArray(node)) {
    for (const item of node) rewriteReferences(item, removed, renamed, depth + 1);
    return;
  }
  if (!isRecord(node)) return;
  for (const key in node) {
    if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
    const value = node[key];
    if (REFERENCE_KEYS.has(key)) {
      if (typeof value === 'string') {
        if (removed.has(value)) delete node[key];
        else if (renamed.has(value)) node[key] = renamed.get(value);
        continue;
      }
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        node[key] = value.filter((v) => !removed.has(v)).map((v) => renamed.get(v) ?? v);
        continue;
      }
    }
    if (typeof value === 'object' && value !== null) rewriteReferences(value, removed, renamed, depth + 1);
  }
}
