/**
 * Jargon that an inwoner meets on the map and that gets a one-line explanation where it appears (issue 15,
 * plain Dutch): "AVE(-fase)" and "MDA++". Pure: from the texts shown for a node to the terms found in them.
 * The explanations are messages (`jargon.<term>` in panels.nl.ts / panels.en.ts).
 */

export type JargonTerm = 'ave' | 'mda';

const PATTERNS: ReadonlyArray<readonly [JargonTerm, RegExp]> = [
  // "AVE", "AVE-fase", "AVE 2" as a word of its own (not "Avenue", "gave").
  ['ave', /(?:^|[^\p{L}\p{N}])AVE(?![\p{L}\p{N}])/u],
  ['mda', /\bMDA\+\+/],
];

/** The terms that occur in any of the texts, each once, in a fixed order. */
export function jargonIn(texts: ReadonlyArray<string | undefined>): JargonTerm[] {
  const joined = texts.filter((t): t is string => typeof t === 'string').join('\n');
  return PATTERNS.filter(([, pattern]) => pattern.test(joined)).map(([term]) => term);
}
