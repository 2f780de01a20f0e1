/**
 * The display mode from any value (an attribute, a property set by a page): `professional` only when asked for
 * exactly, else `public`, so a typo never shows personal data.
 */
import type { Mode } from '../../graph/types.js';

export function toMode(value: unknown): Mode {
  return value === 'professional' ? 'professional' : 'public';
}
