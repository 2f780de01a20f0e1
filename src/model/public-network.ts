/**
 * The public view of a network: what the map, the list and their panels may show in public mode. One function,
 * so every view of the same data strips the same things, valid or not.
 *
 * A validated file is stripped by `stripPersonalData` (privacy.ts). A page's own `data` is not validated and may
 * hold what cannot be cloned (functions, symbols, DOM nodes): then the same strip runs on a copy of its JSON
 * values, so partially invalid data loses exactly what valid data would lose. Never throws: data without a JSON
 * form (a cycle, nesting deeper than the call stack) shows nothing.
 */
import { stripPersonalData, type PublicBuildOptions } from './privacy.js';
import type { GiaNetwork } from './types.js';

/**
 * A new network for public mode: no professional-only contacts, no personal fields, no confidential addresses,
 * no fictitious entries unless `options.keepFictitious` (a demo), no references to what was removed (see
 * stripPersonalData). The input is not changed.
 */
export function stripForPublic(network: GiaNetwork, options: PublicBuildOptions = {}): GiaNetwork {
  try {
    return stripPersonalData(network, options);
  } catch {
    // Partially invalid data (e.g. a page's `data` with a function in it): strip a copy of its JSON values.
  }
  try {
    return stripPersonalData((JSON.parse(JSON.stringify(network) ?? '{}') ?? {}) as GiaNetwork, options);
  } catch {
    return {} as GiaNetwork;
  }
}
