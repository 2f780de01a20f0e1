/**
 * The public view of a network: what the map, the list and their panels may show in public mode. One function,
 * so every view of the same data strips the same things, valid or not.
 *
 * A validated file is stripped by `stripPersonalData` (privacy.ts). A page's own `data` is not validated and may
 * hold what cannot be cloned (functions, symbols, DOM nodes, nesting deeper than any network file): then the
 * same strip runs on a plain copy of its JSON values, so partially invalid data loses exactly what valid data
 * would lose. Never throws; when even that fails, nothing is shown.
 */
import { stripPersonalData } from './privacy.js';
import type { GiaNetwork } from './types.js';

/** Deeper than any network file nests (the schema's deepest value is a few levels down). */
const MAX_DEPTH = 32;

/** Marks a value that has no JSON form (left out of the copy). */
const SKIP = Symbol('skip');

/**
 * A copy of the JSON values in `value`: strings, numbers, booleans, null, arrays and the own enumerable fields
 * of objects. Functions, symbols, bigints, cycles, fields whose getter throws and anything deeper than
 * MAX_DEPTH are left out.
 */
function plainCopy(value: unknown, depth: number, ancestors: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'object' || depth > MAX_DEPTH || ancestors.has(value)) return SKIP;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item) => plainCopy(item, depth + 1, ancestors)).filter((item) => item !== SKIP);
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      let field: unknown;
      try {
        field = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      const item = plainCopy(field, depth + 1, ancestors);
      if (item !== SKIP) copy[key] = item;
    }
    return copy;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * A new network for public mode: no professional-only contacts, no personal fields, no confidential addresses,
 * no references to what was removed (see stripPersonalData). The input is not changed.
 */
export function stripForPublic(network: GiaNetwork): GiaNetwork {
  try {
    return stripPersonalData(network);
  } catch {
    // Partially invalid data (e.g. a page's `data` with a function in it): strip a plain copy.
  }
  try {
    const copy = plainCopy(network, 0, new Set());
    return stripPersonalData((copy === SKIP ? {} : copy) as GiaNetwork);
  } catch {
    return {} as GiaNetwork;
  }
}
