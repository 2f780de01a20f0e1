/**
 * The public view of a network: what the map, the list and their panels may show in public mode. One function,
 * so every view of the same data strips the same things, valid or not.
 *
 * Stripped by `stripPersonalData` (privacy.ts), which works on a copy of the JSON values: a page's own `data`
 * is not validated and may hold what JSON cannot (functions, symbols), and partially invalid data loses exactly
 * what valid data would lose. Never throws: data without a JSON form (a cycle, nesting deeper than the call
 * stack) shows nothing.
 */
import { CONFIDENTIAL_ARRAYS, PERSONAL_FIELDS } from './generated/personal-fields.js';
import { forEachAt, stripPersonalData, type PublicBuildOptions } from './privacy.js';
import type { GiaNetwork } from './types.js';

/**
 * A new network for public mode: no professional-only contacts, no personal fields, no confidential addresses,
 * no fictitious entries unless `options.keepFictitious` (a demo), no references to what was removed (see
 * stripPersonalData). The input is not changed.
 */
export function stripForPublic(network: GiaNetwork, options: PublicBuildOptions = {}): GiaNetwork {
  // A public version made here is public already (stripping it again would copy a large file for nothing),
  // unless it kept fictitious entries and these options drop them.
  const keep = options.keepFictitious === true;
  const made = typeof network === 'object' && network !== null ? publicVersions.get(network) : undefined;
  if (made !== undefined && (keep || !made.keptFictitious)) return network;
  const result = strip(network, options);
  if (typeof result === 'object' && result !== null) publicVersions.set(result, { keptFictitious: keep });
  return result;
}

/** The networks `stripForPublic` returned, with whether fictitious entries were kept (the same object again yields itself). */
const publicVersions = new WeakMap<object, { keptFictitious: boolean }>();

function strip(network: GiaNetwork, options: PublicBuildOptions): GiaNetwork {
  try {
    return stripPersonalData(network, options);
  } catch {
    return {} as GiaNetwork;
  }
}

/**
 * Whether `network` holds personal values (a contact's name, channels or notes, a confidential address): only then
 * can a text of its public version repeat one, so only then does public mode load the check (public-view.ts).
 * A file made by `gia-netwerkkaart public` holds none. Cheap: it walks only the places the schema marks.
 */
export function hasPersonalValues(network: unknown): boolean {
  let found = false;
  try {
    for (const path of PERSONAL_FIELDS) {
      forEachAt(network, path, (parent, key) => {
        const value = parent[key];
        if (value !== undefined && value !== null && value !== '') found = true;
      });
    }
    for (const path of CONFIDENTIAL_ARRAYS) {
      forEachAt(network, path, (parent, key) => {
        const list = parent[key];
        if (Array.isArray(list) && list.some((item) => typeof item === 'object' && item !== null && (item as { confidential?: unknown }).confidential === true)) found = true;
      });
    }
  } catch {
    return true;
  }
  return found;
}
