/**
 * How texts are compared with personal values: decoded (JSON is already parsed; percent-encoding is undone as an
 * extra reading), then normalised (Unicode NFKC, lower case, no accents, no invisible format characters), then cut
 * into words (letters and digits apart, so "6411AB" and "6411 AB" read the same) and into phone-number digits.
 */

/** NFKC, lower case, accents and format characters (zero-width, bidi, soft hyphen) removed. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\p{M}\p{Cf}]/gu, '');
}

/** The words of a normalised text: runs of letters and runs of digits. */
export function matchWords(normalized: string): string[] {
  return normalized.match(/\p{L}+|\p{N}+/gu) ?? [];
}

/** Percent-decoding layers read at most (a link inside a link is encoded twice). */
const MAX_DECODINGS = 3;

/** `text` with every valid %XX run decoded (a lone "%" stays). */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** The text itself, and its percent-decoded readings (up to three layers) when they differ. */
export function readings(text: string): string[] {
  const out = [text];
  let current = text;
  for (let i = 0; i < MAX_DECODINGS && current.includes('%'); i++) {
    const decoded = percentDecoded(current);
    if (decoded === current) break;
    out.push((current = decoded));
  }
  return out;
}

const PHONE_SEPARATORS = new Set([' ', '\u00a0', '-', '.', '(', ')', '/', '+']);

/** The digits of every phone-like run in a normalised text (digits with spaces, dashes, dots, brackets between). */
export function digitRuns(normalized: string, minDigits: number): string[] {
  const runs: string[] = [];
  let digits = '';
  for (const ch of normalized) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (!PHONE_SEPARATORS.has(ch)) {
      if (digits.length >= minDigits) runs.push(digits);
      digits = '';
    }
  }
  if (digits.length >= minDigits) runs.push(digits);
  return runs;
}

/** Fewest digits of a phone number's national part that counts as a phone number. */
export const MIN_PHONE_DIGITS = 6;

/**
 * The part of a phone number that every way of writing it contains: without country code (+31, 0031) or the
 * national 0, e.g. "612345678" for "+31 6 1234 5678", "06-12345678" and "0031 (0)6 12 34 56 78".
 * Undefined when `value` is not written as a phone number.
 */
export function phoneKey(value: string): string | undefined {
  const text = value.normalize('NFKC').trim();
  if (!/^[+\d(][\d\s\u00a0\-.()/]*$/.test(text)) return undefined;
  let digits = text.replace(/\D/g, '');
  const international = text.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  // "31612345678": a Dutch number whose "+" was lost (e.g. read from a run of digits in notes).
  if (!international && digits.length === 11 && digits.startsWith('31')) digits = digits.slice(2);
  if (international) {
    if (digits.startsWith('31')) digits = digits.slice(2);
    else if (digits.length > 9) digits = digits.slice(-9);
  }
  digits = digits.replace(/^0+/, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits : undefined;
}
