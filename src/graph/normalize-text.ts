/**
 * Text folding for search: lower case, accents removed, punctuation folded to single spaces.
 * "Zorg- en Veiligheidshuis" and "zorg en veiligheidshuis" normalise to the same text.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is meant
const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/**
 * Lower-cases `s`, removes accents (NFD + strip combining marks) and turns every run of
 * punctuation or white space into one space. Never throws: non-strings become ''.
 */
export function normalizeText(s: unknown): string {
  if (typeof s !== 'string' || s.length === 0) return '';
  // Plain ASCII (most ids, names and much of the text): the same result without NFD and Unicode classes.
  if (ASCII.test(s)) return s.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, ' ').trim();
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** The words of a normalised text (no empty strings). */
export function normalizedWords(s: unknown): string[] {
  const text = normalizeText(s);
  return text === '' ? [] : text.split(' ');
}
