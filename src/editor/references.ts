/**
 * Finding the places that refer to an item, and deleting or renaming an item together with those
 * references. Pure: every function returns a new network.
 */
import { COLLECTIONS, COLLECTION_BY_KEY, itemLabel, type CollectionKey } from './collections.js';
import { getAt, joinPointer, removeAll, setAt, splitPointer } from './pointer.js';
import { REFERENCE_FIELDS, type ReferenceField } from './reference-fields.js';

export interface Reference {
  /** Pointer of the id value that refers to the item. */
  pointer: string;
  field: ReferenceField;
  /** Pointer of the item that cannot exist without this reference (relation, source reference, contact). */
  ownerPointer?: string;
  /** Pointer of the top-level item (organisation, contact, …) that holds the reference. */
  holderPointer: string;
  /** Readable name of that holder. */
  holderLabel: string;
  /** Collection of that holder (undefined for the escalation model itself). */
  holderCollection?: CollectionKey;
}

function expand(node: unknown, pattern: readonly string[], prefix: string[], out: string[][]): void {
  if (pattern.length === 0) {
    out.push(prefix);
    return;
  }
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(node)) return;
    node.forEach((child, i) => expand(child, rest, [...prefix, String(i)], out));
  } else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    if (Object.prototype.hasOwnProperty.call(node, head)) expand((node as Record<string, unknown>)[head], rest, [...prefix, head], out);
  }
}

/** The collection item that contains `segments` (e.g. /organisations/3 for /organisations/3/specialisms/0). */
function holderOf(segments: readonly string[]): { pointer: string; collection?: CollectionKey } {
  for (const c of COLLECTIONS) {
    const base = splitPointer(c.pointer);
    if (segments.length > base.length && base.every((s, i) => segments[i] === s)) {
      return { pointer: joinPointer(segments.slice(0, base.length + 1)), collection: c.key };
    }
  }
  return { pointer: joinPointer(segments.slice(0, 1)) };
}

/** Every place in the file whose value is `id` and whose field may refer to `collection`. */
export function findReferences(network: unknown, collection: CollectionKey, id: string): Reference[] {
  const found: Reference[] = [];
  for (const field of REFERENCE_FIELDS) {
    if (!field.targets.includes(collection)) continue;
    const matches: string[][] = [];
    expand(network, field.pattern, [], matches);
    for (const segments of matches) {
      if (getAt(network, segments) !== id) continue;
      const holder = holderOf(segments);
      found.push({
        pointer: joinPointer(segments),
        field,
        ownerPointer: field.owner ? joinPointer(segments.slice(0, field.owner)) : undefined,
        holderPointer: holder.pointer,
        holderLabel: itemLabel(getAt(network, holder.pointer)),
        holderCollection: holder.collection,
      });
    }
  }
  return found;
}

/** An item to delete, named by its collection and index. */
export interface DeleteTarget {
  collection: CollectionKey;
  index: number;
}

export interface DeletePlan {
  /** Pointers of the items that will be deleted: the target, plus items that cannot exist without it. */
  deletes: { pointer: string; collection: CollectionKey; label: string }[];
  /** References to the deleted items from items that stay (the values are removed from them). */
  references: Reference[];
}

/**
 * What deleting an item means: the item itself, the items that cannot exist without it (the contacts of
 * an organisation, relations from or to it; recursively), and the references that will be removed.
 */
export function planDelete(network: unknown, target: DeleteTarget): DeletePlan {
  const deletes = new Map<string, { pointer: string; collection: CollectionKey; label: string }>();
  const references: Reference[] = [];
  const queue: { pointer: string; collection: CollectionKey }[] = [
    { pointer: `${COLLECTION_BY_KEY[target.collection].pointer}/${target.index}`, collection: target.collection },
  ];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (deletes.has(next.pointer)) continue;
    const item = getAt(network, next.pointer);
    deletes.set(next.pointer, { ...next, label: itemLabel(item) });
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || !COLLECTION_BY_KEY[next.collection].hasId) continue;
    for (const ref of findReferences(network, next.collection, id)) {
      const owner = ref.ownerPointer;
      const ownerCollection = owner ? holderOf(splitPointer(owner)) : undefined;
      if (owner && ownerCollection?.collection && ownerCollection.pointer === owner) {
        queue.push({ pointer: owner, collection: ownerCollection.collection });
      } else {
        references.push(ref);
      }
    }
  }
  const deleted = [...deletes.keys()];
  const inDeleted = (p: string) => deleted.some((d) => p === d || p.startsWith(d + '/'));
  return { deletes: [...deletes.values()], references: references.filter((r) => !inDeleted(r.pointer)) };
}

/** Deletes the planned items and removes every reference to them (or the source references/relations that hold them). */
export function deleteWithReferences<T>(network: T, plan: DeletePlan): T {
  const pointers = [
    ...plan.deletes.map((d) => d.pointer),
    ...plan.references.map((r) => r.ownerPointer ?? r.pointer),
  ];
  return removeAll(network, pointers);
}

/** A relation (or an organisation's parent) that pointing elsewhere would turn into a self-reference or a duplicate. */
export interface DroppedByReplace {
  /** Pointer of the relation that is removed, or of the `parent` value that is cleared. */
  pointer: string;
  reason: 'self' | 'duplicate';
  /** Readable name of the relation or organisation. */
  label: string;
}

function relationKey(r: Record<string, unknown>): string {
  return `${String(r.type)}\u0000${String(r.from)}\u0000${String(r.to)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * What pointing the references of `target` at `replacementId` would break, computed on the network after the
 * references moved: relations whose two ends become the same item, relations that become a copy of another
 * (same type, from and to; the one that moved goes, the one that was already there stays), and an organisation
 * that would become its own parent. These are dropped by `deleteAndReplace` and listed in the delete dialog.
 */
export function planReplace(network: unknown, target: DeleteTarget, replacementId: string): DroppedByReplace[] {
  const pointer = `${COLLECTION_BY_KEY[target.collection].pointer}/${target.index}`;
  const item = getAt(network, pointer) as { id?: unknown } | undefined;
  if (typeof item?.id !== 'string') return [];
  return droppedAfterReplace(network, replaceReferences(network, target.collection, item.id, replacementId), pointer);
}

function droppedAfterReplace(before: unknown, after: unknown, deleted: string): DroppedByReplace[] {
  const dropped: DroppedByReplace[] = [];
  const oldRelations = isRecord(before) && Array.isArray(before.relations) ? before.relations : [];
  const newRelations = isRecord(after) && Array.isArray(after.relations) ? after.relations : [];
  const moved = (i: number) => oldRelations[i] !== newRelations[i];
  const keys = new Set<string>();
  // Relations that did not move keep their place; moved ones are checked against them and each other.
  newRelations.forEach((r, i) => {
    if (isRecord(r) && !moved(i) && `/relations/${i}` !== deleted) keys.add(relationKey(r));
  });
  newRelations.forEach((r, i) => {
    if (!isRecord(r) || !moved(i)) return;
    const at = `/relations/${i}`;
    const label = itemLabel(oldRelations[i]);
    if (typeof r.from === 'string' && r.from === r.to) dropped.push({ pointer: at, reason: 'self', label });
    else if (keys.has(relationKey(r))) dropped.push({ pointer: at, reason: 'duplicate', label });
    else keys.add(relationKey(r));
  });
  const organisations = isRecord(after) && Array.isArray(after.organisations) ? after.organisations : [];
  organisations.forEach((o, i) => {
    if (isRecord(o) && typeof o.parent === 'string' && o.parent === o.id && `/organisations/${i}` !== deleted) {
      dropped.push({ pointer: `/organisations/${i}/parent`, reason: 'self', label: itemLabel(o) });
    }
  });
  return dropped;
}

/**
 * Deletes only the item and points every reference to it at `replacementId` instead (an array that already
 * holds the replacement just loses the old value). Items that cannot exist without the deleted one keep
 * existing, pointing at the replacement, except what `planReplace` lists: a relation that would point from an
 * item to itself or repeat another relation is removed, a parent that would be the organisation itself is
 * cleared. The result never gains a self-relation or a duplicate.
 */
export function deleteAndReplace<T>(network: T, target: DeleteTarget, replacementId: string): T {
  const pointer = `${COLLECTION_BY_KEY[target.collection].pointer}/${target.index}`;
  const item = getAt(network, pointer) as { id?: unknown } | undefined;
  let result = network;
  let dropped: DroppedByReplace[] = [];
  if (typeof item?.id === 'string') {
    result = replaceReferences(result, target.collection, item.id, replacementId);
    dropped = droppedAfterReplace(network, result, pointer);
  }
  return removeAll(result, [pointer, ...dropped.map((d) => d.pointer)]);
}

/** Points every reference to `oldId` (an item of `collection`) at `newId`. */
export function replaceReferences<T>(network: T, collection: CollectionKey, oldId: string, newId: string): T {
  let result = network;
  const removals: string[] = [];
  for (const ref of findReferences(network, collection, oldId)) {
    const segments = splitPointer(ref.pointer);
    const parent = getAt(network, segments.slice(0, -1));
    if (Array.isArray(parent) && parent.includes(newId)) removals.push(ref.pointer);
    else result = setAt(result, ref.pointer, newId);
  }
  return removeAll(result, removals);
}

/** Renames an item's id and every reference to it. */
export function renameId<T>(network: T, collection: CollectionKey, index: number, newId: string): T {
  const pointer = `${COLLECTION_BY_KEY[collection].pointer}/${index}`;
  const item = getAt(network, pointer) as { id?: unknown } | undefined;
  if (!item || typeof item !== 'object') return network;
  let result = network;
  if (typeof item.id === 'string' && item.id !== '' && item.id !== newId) {
    result = replaceReferences(result, collection, item.id, newId);
  }
  return setAt(result, `${pointer}/id`, newId);
}
