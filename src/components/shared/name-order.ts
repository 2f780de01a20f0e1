/**
 * Alphabetical order of names for the panels and the list: case, accents and punctuation folded
 * (normalizeText, as search does), so "Émile" sorts with "E" and "GGD" with "ggd"; ties in the folded
 * text are broken by the text itself, so the order is total and stable.
 *
 * Not `Intl.Collator('nl')` / `localeCompare(…, 'nl')`: the first Dutch collator of a page loads ICU
 * collation data (measured: 13 ms on the benchmark machine, inside the side panels' first render), and
 * `localeCompare` with a locale builds a collator per comparison. For the names on the map (no "ij"
 * sorted as "y"; modern Dutch sorts it as i + j anyway) the folded order is the same.
 */
import { normalizeText } from '../../graph/normalize-text.js';

/** Compares two names in alphabetical order (negative: `a` first). */
export function compareNames(a: string, b: string): number {
  const ka = normalizeText(a);
  const kb = normalizeText(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
