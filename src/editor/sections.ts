/**
 * The parts of a network the editor shows one at a time, and how a JSON pointer maps onto them: the item a
 * field belongs to, the section a problem leads to, the field that takes focus in a new item.
 */
import { COLLECTIONS, COLLECTION_BY_KEY, type CollectionKey } from './collections.js';
import { splitPointer } from './pointer.js';

export type EditorSection = 'metadata' | 'escalationModel' | 'meldcode' | CollectionKey | 'problems';

/** The collections in the editor's navigation, in order. */
export const LIST_SECTIONS: readonly CollectionKey[] = [
  'organisations',
  'contacts',
  'specialisms',
  'meetings',
  'interventions',
  'relations',
  'municipalities',
  'phases',
  'tracks',
  'powers',
  'meldcodeSteps',
  'sources',
];

export function isCollectionSection(section: EditorSection): section is CollectionKey {
  return section in COLLECTION_BY_KEY;
}

/** "/organisations/3" for any pointer inside that item; undefined outside every collection item. */
export function itemPointerOf(pointer: string): string | undefined {
  for (const c of COLLECTIONS) {
    if (pointer.startsWith(c.pointer + '/')) {
      const index = splitPointer(pointer.slice(c.pointer.length))[0];
      if (index !== undefined && /^\d+$/.test(index)) return `${c.pointer}/${index}`;
    }
  }
  return undefined;
}

/** The collection of an item pointer ("/organisations/3" → organisations). */
export function collectionOfItem(itemPointer: string): CollectionKey | undefined {
  return COLLECTIONS.find((c) => itemPointer.startsWith(c.pointer + '/') && /^\/\d+$/.test(itemPointer.slice(c.pointer.length)))?.key;
}

/** The index of an item pointer ("/organisations/3" → 3). */
export function itemIndexOf(itemPointer: string): number {
  return Number(splitPointer(itemPointer).pop());
}

/** Where the field at `pointer` is shown: its item, a single object's form, or a collection's list. */
export function sectionOfPointer(pointer: string): { section: EditorSection; index: number | null } | undefined {
  const itemPointer = itemPointerOf(pointer);
  const collection = itemPointer ? collectionOfItem(itemPointer) : undefined;
  if (collection && itemPointer) return { section: collection, index: itemIndexOf(itemPointer) };
  const first = splitPointer(pointer)[0];
  if (first === 'metadata' || first === 'escalationModel' || first === 'meldcode') return { section: first, index: null };
  if (first && first in COLLECTION_BY_KEY) return { section: first as CollectionKey, index: null };
  return undefined;
}

/** The field that takes focus in a newly added item. */
export function firstFieldOf(collection: CollectionKey): string {
  return collection === 'relations' ? 'from' : collection === 'sources' ? 'title' : collection === 'meldcodeSteps' ? 'number' : 'name';
}

/** The name a change to the field at `pointer` is labelled with in undo/redo (its last segment). */
export function fieldLabel(pointer: string): string {
  const segments = splitPointer(pointer);
  return segments[segments.length - 1] ?? '';
}
