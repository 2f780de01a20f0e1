/**
 * A new item's id follows its name until the user sets the id: typing "GGD Zuid-Limburg" as the name of a
 * new organisation makes its id "ggd-zuid-limburg" (unique in the file) and renames every reference to it.
 * Contact persons are the exception: their id stays neutral ("contactpersoon-2"), never a person's name.
 */
import { uniqueId } from './collections.js';
import { setAt } from './pointer.js';
import { renameId } from './references.js';
import { collectionOfItem, itemIndexOf } from './sections.js';

/** A new root with `value` at `namePointer` and the item's id derived from that name. */
export function setNameWithId<T>(network: T, itemPointer: string, namePointer: string, value: unknown): T {
  const collection = collectionOfItem(itemPointer);
  const named = setAt(network, namePointer, value);
  if (!collection || collection === 'contacts') return named;
  const withoutSelf = setAt(named, `${itemPointer}/id`, '');
  const id = uniqueId(withoutSelf, typeof value === 'string' ? value : '', collection.replace(/s$/, ''));
  return renameId(named, collection, itemIndexOf(itemPointer), id);
}
