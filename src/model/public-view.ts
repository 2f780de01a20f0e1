/**
 * What public mode in the browser shows: the public build (`stripForPublic`) with every text that still holds a
 * personal value of the input (a contact's name, e-mail or phone, or a confidential address, copied into a
 * description or a task, in any spelling the personal index recognises) replaced by `hidden`. So public mode
 * never renders what `gia-netwerkkaart public` refuses to write. Ids and keys are left alone (they are not shown
 * as text, and an id is needed for the references); contact ids that carry a name are renamed by the public build.
 *
 * Lives in the model's lazy chunk with the personal index: a page only loads it when its data holds personal
 * values (`hasPersonalValues`), i.e. a professional file given to a public map.
 */
import { createPersonalIndex, findPersonalPlaces } from './personal-index.js';
import { hasPersonalValues, stripForPublic } from './public-network.js';
import { REFERENCE_KEYS, type PublicBuildOptions } from './privacy.js';
import { isRecord } from './text-basics.js';
import { parsePointer } from './text.js';
import type { GiaNetwork } from './types.js';

/** Keys whose string value is an id (of the item itself or of another one): the public build's references and more. */
const ID_KEYS: ReadonlySet<string> = new Set([...REFERENCE_KEYS, 'id', 'specialisms', 'phases', 'municipalities', 'tracks', 'power']);

export interface PublicView {
  network: GiaNetwork;
  /** How many texts were replaced by `hidden`. */
  hiddenTexts: number;
}

/**
 * The public network of `network` (fictitious entries only with `options.keepFictitious`) with every text holding a
 * personal value replaced by `hidden`. Never throws.
 */
export function publicView(network: GiaNetwork, hidden: string, options: PublicBuildOptions = {}): PublicView {
  const shown = stripForPublic(network, options);
  if (!hasPersonalValues(network)) return { network: shown, hiddenTexts: 0 };
  let places: ReturnType<typeof findPersonalPlaces>;
  try {
    places = findPersonalPlaces(createPersonalIndex(network), shown);
  } catch {
    // Input the index cannot read (a cycle, a getter that throws): show nothing rather than risk a personal value.
    return { network: {} as GiaNetwork, hiddenTexts: 0 };
  }
  let hiddenTexts = 0;
  for (const { path } of places) {
    const segments = parsePointer(path);
    const key = segments.pop();
    if (key === undefined) continue;
    let parent: unknown = shown;
    for (const segment of segments) parent = isRecord(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[segment] : undefined;
    const owner = [...segments].reverse().find((s) => !/^\d+$/.test(s));
    if (ID_KEYS.has(key) || (/^\d+$/.test(key) && owner !== undefined && ID_KEYS.has(owner))) continue;
    if ((isRecord(parent) || Array.isArray(parent)) && typeof (parent as Record<string, unknown>)[key] === 'string') {
      (parent as Record<string, unknown>)[key] = hidden;
      hiddenTexts++;
    }
  }
  return { network: shown, hiddenTexts };
}
