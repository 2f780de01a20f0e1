/**
 * Small text helpers for messages: safe quoting of values from a (possibly hostile) file, JSON
 * pointers and "did you mean" suggestions. No DOM, no dependencies.
 */
// The two helpers the privacy strip needs live apart, so the map's first chunk does not carry the rest.
import { isRecord } from './text-basics.js';
export { isRecord, slugify } from './text-basics.js';

/** Characters that must never reach a terminal or a message verbatim: C0/C1 controls, bidi controls. */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern removes
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** `U+0001` style name of a code point. */
export function codePointName(char: string): string {
  return 'U+' + (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** Replaces control and bidi characters by visible `\u{…}` escapes, so output cannot be spoofed. */
export function makeVisible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
  });
}

/** Shortens to at most `max` characters (code points), adding an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Array.from(text.slice(0, max * 2));
  if (text.length <= max * 2 && head.length <= max) return text;
  return head.slice(0, Math.max(1, max - 1)).join('') + '…';
}

/** A value from the file, shown between single quotes: visible, short, never huge. */
export function quote(value: unknown, max = 60): string {
  if (typeof value === 'string') return `'${makeVisible(truncate(value, max))}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return '(leeg)';
  if (Array.isArray(value)) return '[…]';
  return '{…}';
}

/** A short, safe display label from a string (entity names in messages). */
export function label(text: string, max = 60): string {
  return `'${makeVisible(truncate(text.trim() || text, max))}'`;
}

/** Splits a JSON pointer into unescaped segments ("" → []). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** True for a segment that is an array index. */
export function isIndex(segment: string | undefined): boolean {
  return segment !== undefined && /^(0|[1-9][0-9]*)$/.test(segment);
}

/** The value at a pointer's segments, or undefined; never throws. */
export function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      if (!isIndex(segment)) return undefined;
      node = node[Number(segment)];
    } else if (isRecord(node)) {
      node = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
    } else {
      return undefined;
    }
  }
  return node;
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

const normalise = (s: string) => s.toLowerCase().replace(/[-_\s.]/g, '');

/**
 * The candidate the user most likely meant: same letters ignoring case and separators, then a
 * known alias (Dutch words for the English keys), then the closest spelling.
 */
export function suggest(
  input: string,
  candidates: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  if (candidates.length === 0 || input.length > 200) return undefined;
  const wanted = normalise(input);
  const exact = candidates.find((c) => normalise(c) === wanted);
  if (exact !== undefined && exact !== input) return exact;
  const alias = aliases[wanted];
  if (alias !== undefined && candidates.includes(alias)) return alias;
  // An abbreviation of exactly one candidate ('prof' → 'professional').
  if (wanted.length >= 3) {
    const starts = candidates.filter((c) => normalise(c).startsWith(wanted));
    if (starts.length === 1 && starts[0] !== input) return starts[0];
  }
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const d = editDistance(wanted, normalise(candidate), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
