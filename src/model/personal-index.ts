/**
 * One index of a network's personal values (contacts' names, channels and notes; confidential addresses) and one
 * pass over a text to tell which of them it contains, after decoding and normalising both (match-text.ts): other
 * case, other spacing, another phone format, a name with initials, an e-mail in a mailto link. Linear in the
 * length of the texts (sequence-matcher.ts), so a file of megabytes is checked in well under a second.
 * The same index serves `validate` (warnings), `public` (refusal) and the editor.
 */
import { CONFIDENTIAL_ARRAYS, PERSONAL_FIELDS, VISIBILITY_ARRAYS } from './generated/personal-fields.js';
import { digitRuns, matchWords, MIN_PHONE_DIGITS, normalizeForMatch, phoneKey, readings } from './match-text.js';
import { nameVariants } from './name-variants.js';
import { createSequenceMatcher } from './sequence-matcher.js';
import { isRecord } from './text-basics.js';

export type PersonalKind = 'name' | 'channel' | 'notes' | 'address';

export interface PersonalSecret {
  kind: PersonalKind;
  /** JSON pointer of what the value belongs to (a contact, or an organisation for a confidential address). */
  owner: string;
  /** JSON pointer of the value's own place (a text there is the value itself, not a copy). */
  place: string;
}

export interface PersonalIndex {
  readonly secrets: readonly PersonalSecret[];
  /** The secrets `text` contains (each once). */
  find(text: string): PersonalSecret[];
  /** Work done so far (characters read plus matcher steps): lets a test see that it grows linearly. */
  readonly operations: number;
}

/** Fields of a confidential address or a channel that only say what kind of thing it is, not where or who. */
const DESCRIPTIVE_KEYS = new Set(['type', 'audience', 'label', 'hours', 'city', 'confidential', 'visibility']);
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;
/** Digits of a run that may be a phone number inside notes. */
const NOTES_PHONE_DIGITS = 8;

type Segments = Array<string | number>;

const pointer = (segments: Segments) => segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/** `visit(parent, key, segments of parent)` for every place matching `path` ("*" = any array index). */
function forEachPlace(root: unknown, path: readonly string[], visit: (parent: Record<string, unknown>, key: string, at: Segments) => void): void {
  const walk = (node: unknown, i: number, at: Segments) => {
    const segment = path[i]!;
    if (i === path.length - 1) {
      if (isRecord(node) && Object.prototype.hasOwnProperty.call(node, segment)) visit(node, segment, at);
    } else if (segment === '*') {
      if (Array.isArray(node)) node.forEach((item, n) => walk(item, i + 1, [...at, n]));
    } else if (isRecord(node)) walk(node[segment], i + 1, [...at, segment]);
  };
  if (path.length > 0) walk(root, 0, []);
}

/** String leaves of `value` that identify (not its type, label or city). */
function identifyingStrings(value: unknown, into: string[], depth = 0): void {
  if (depth > 8) return;
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => identifyingStrings(v, into, depth + 1));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (!DESCRIPTIVE_KEYS.has(k)) identifyingStrings(v, into, depth + 1);
}

export function createPersonalIndex(data: unknown): PersonalIndex {
  const secrets: PersonalSecret[] = [];
  const wordNeedles: string[][] = [];
  const wordOwners: number[] = [];
  const digitNeedles: string[][] = [];
  const digitOwners: number[] = [];
  const addWords = (list: string[], secret: number) => {
    if (list.join('').length < 3) return;
    wordNeedles.push(list);
    wordOwners.push(secret);
  };
  const addPhone = (key: string | undefined, secret: number) => {
    if (key === undefined) return;
    digitNeedles.push([...key]);
    digitOwners.push(secret);
  };
  const addValue = (value: string, secret: number) => {
    const phone = phoneKey(value);
    if (phone !== undefined) addPhone(phone, secret);
    else addWords(matchWords(normalizeForMatch(value)), secret);
  };
  const secret = (kind: PersonalKind, owner: Segments, place: Segments) => secrets.push({ kind, owner: pointer(owner), place: pointer(place) }) - 1;

  for (const path of PERSONAL_FIELDS) {
    forEachPlace(data, path, (parent, key, at) => {
      const value = parent[key];
      const place = [...at, key];
      if (key === 'name') {
        if (typeof value !== 'string' || value.trim().length < 3) return;
        const s = secret('name', at, place);
        for (const variant of nameVariants(value)) addWords(variant, s);
      } else if (key === 'notes') {
        if (typeof value !== 'string' || value.trim().length < 3) return;
        const s = secret('notes', at, place);
        const normalized = normalizeForMatch(value);
        addWords(matchWords(normalized), s);
        // A phone number or e-mail address in the notes is personal on its own too.
        for (const digits of digitRuns(normalized, NOTES_PHONE_DIGITS)) addPhone(phoneKey(digits), s);
        for (const email of normalized.match(EMAIL) ?? []) addWords(matchWords(email), s);
      } else {
        const strings: string[] = [];
        identifyingStrings(value, strings);
        const kept = strings.filter((v) => v.trim().length >= 3);
        if (kept.length === 0) return;
        const s = secret('channel', at, place);
        for (const v of kept) addValue(v, s);
      }
    });
  }
  for (const path of CONFIDENTIAL_ARRAYS) {
    forEachPlace(data, path, (parent, key, at) => {
      const list = parent[key];
      if (!Array.isArray(list)) return;
      list.forEach((item, n) => {
        if (!isRecord(item) || item.confidential !== true) return;
        const strings: string[] = [];
        identifyingStrings(item, strings);
        const kept = strings.filter((v) => v.trim().length >= 3);
        if (kept.length === 0) return;
        const s = secret('address', at, [...at, key, n]);
        for (const v of kept) addValue(v, s);
      });
    });
  }

  const words = createSequenceMatcher(wordNeedles);
  const digits = createSequenceMatcher(digitNeedles);
  let read = 0;
  return {
    secrets,
    get operations() {
      return read + words.steps + digits.steps;
    },
    find(text) {
      if (secrets.length === 0) return [];
      const hits = new Set<number>();
      for (const reading of readings(text)) {
        const normalized = normalizeForMatch(reading);
        read += normalized.length;
        for (const n of words.find(matchWords(normalized))) hits.add(wordOwners[n]!);
        if (digitNeedles.length > 0) for (const run of digitRuns(normalized, MIN_PHONE_DIGITS)) for (const n of digits.find([...run])) hits.add(digitOwners[n]!);
      }
      return [...hits].sort((a, b) => a - b).map((n) => secrets[n]!);
    },
  };
}

/**
 * Pointers of what the public build removes whole (personal fields, confidential addresses, professional-only
 * items): a copy there never reaches the public, so it needs no warning.
 */
export function nonPublicPlaces(data: unknown): Set<string> {
  const places = new Set<string>();
  for (const path of PERSONAL_FIELDS) forEachPlace(data, path, (_parent, key, at) => places.add(pointer([...at, key])));
  const items = (paths: ReadonlyArray<readonly string[]>, removed: (item: Record<string, unknown>) => boolean) => {
    for (const path of paths) {
      forEachPlace(data, path, (parent, key, at) => {
        const list = parent[key];
        if (Array.isArray(list)) list.forEach((item, n) => isRecord(item) && removed(item) && places.add(pointer([...at, key, n])));
      });
    }
  };
  items(CONFIDENTIAL_ARRAYS, (item) => item.confidential === true);
  items(VISIBILITY_ARRAYS, (item) => item.visibility === 'professional');
  return places;
}

/** Every string value and key of `network` (a public version) with its pointer, for a last check before writing. */
export function findPersonalPlaces(index: PersonalIndex, network: unknown): Array<{ path: string; secrets: PersonalSecret[] }> {
  const places: Array<{ path: string; secrets: PersonalSecret[] }> = [];
  const check = (text: string, at: Segments) => {
    const found = index.find(text);
    if (found.length > 0) places.push({ path: pointer(at), secrets: found });
  };
  const visit = (node: unknown, at: Segments, depth: number) => {
    if (depth > 64) return;
    if (typeof node === 'string') check(node, at);
    else if (Array.isArray(node)) node.forEach((v, i) => visit(v, [...at, i], depth + 1));
    else if (isRecord(node)) {
      for (const [k, v] of Object.entries(node)) {
        check(k, [...at, k]);
        visit(v, [...at, k], depth + 1);
      }
    }
  };
  visit(network, [], 0);
  return places;
}
