/**
 * Reading a date as an editor types it, and writing it back in words. Accepts the Dutch order (day-month-year:
 * "4-12-2026", "04-12-2026", "4/12/2026", "4.12.2026", "04122026", "4 december 2026") and ISO ("2026-12-04");
 * the file always gets ISO (YYYY-MM-DD). Fields that take a year or a date (a status's "per", a document's date)
 * also accept "2026" and "12-2026" / "2026-12". Impossible dates ("31-02-2026") are refused with the reason.
 * Pure: no DOM, no Intl (the same words in Node and every browser).
 */
import type { SchemaFieldInfo } from './schema-field-types.js';

/** A date field takes a full date; a year-or-date field also a year or a month and year. */
export type DateFieldKind = 'date' | 'yearOrDate';

export type DateRefusal =
  /** Not a date the editor can read at all. */
  | 'format'
  /** The year has two digits (ambiguous: 1926 or 2026?). */
  | 'twoDigitYear'
  /** The year is outside 1900–2099 (what the schema allows). */
  | 'yearRange'
  /** Month 0 or above 12. */
  | 'month'
  /** The day does not exist in that month ("31-02-2026"); `days` says how many it has. */
  | 'day'
  /** A date field got only a year or a month and year. */
  | 'needsDay';

export type DateReading =
  | { ok: true; iso: string; precision: 'day' | 'month' | 'year' }
  | { ok: false; reason: DateRefusal; year?: number; month?: number; day?: number; days?: number };

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** Abbreviations that are not simply the first letters of a month name. */
const MONTH_ALIASES: Readonly<Record<string, number>> = { mrt: 3, sept: 9 };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

/** The month (1–12) a word names, in Dutch or English, full or abbreviated to at least three letters. */
function monthOfWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (MONTH_ALIASES[w]) return MONTH_ALIASES[w];
  if (w.length < 3) return undefined;
  for (const names of [MONTHS.nl, MONTHS.en]) {
    const index = names.findIndex((name) => name.toLowerCase().startsWith(w));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

function checked(kind: DateFieldKind, year: number, month?: number, day?: number, yearDigits = 4): DateReading {
  if (yearDigits !== 4) return { ok: false, reason: 'twoDigitYear', year, month, day };
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'yearRange', year, month, day };
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, reason: 'month', year, month, day };
  if (day === undefined) {
    if (kind === 'date') return { ok: false, reason: 'needsDay', year, month };
    return month === undefined ? { ok: true, iso: String(year), precision: 'year' } : { ok: true, iso: `${year}-${pad(month)}`, precision: 'month' };
  }
  const days = daysInMonth(year, month!);
  if (day < 1 || day > days) return { ok: false, reason: 'day', year, month, day, days };
  return { ok: true, iso: `${year}-${pad(month!)}-${pad(day)}`, precision: 'day' };
}

const SEP = '[-/.]';
const YMD = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`);
const DMY = new RegExp(`^(\\d{1,2})(?:${SEP}|\\s+)(\\d{1,2})(?:${SEP}|\\s+)(\\d+)$`);
const YM = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})$`);
const MY = new RegExp(`^(\\d{1,2})${SEP}(\\d{4})$`);
const D_WORD_Y = /^(\d{1,2})\.?\s*([\p{L}]+\.?)\s*(\d+)$/u;
const WORD_Y = /^([\p{L}]+\.?)\s*(\d{4})$/u;

/**
 * What a typed date means, or why it is refused; undefined for an empty field. `kind` 'date' needs day, month
 * and year; 'yearOrDate' also takes a year or a month and year.
 */
export function readDateInput(text: string, kind: DateFieldKind = 'date'): DateReading | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return undefined;
  let m: RegExpExecArray | null;
  if ((m = YMD.exec(t))) return checked(kind, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = DMY.exec(t))) return checked(kind, Number(m[3]), Number(m[2]), Number(m[1]), m[3]!.length);
  if (/^\d{8}$/.test(t)) {
    // 04122026 (day first) or 20261204 (year first): only one of them has a year 1900–2099 in its place.
    const last = Number(t.slice(4));
    return last >= MIN_YEAR && last <= MAX_YEAR
      ? checked(kind, last, Number(t.slice(2, 4)), Number(t.slice(0, 2)))
      : checked(kind, Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6)));
  }
  if (/^\d{4}$/.test(t)) return checked(kind, Number(t));
  if ((m = YM.exec(t))) return checked(kind, Number(m[1]), Number(m[2]));
  if ((m = MY.exec(t))) return checked(kind, Number(m[2]), Number(m[1]));
  if ((m = D_WORD_Y.exec(t))) {
    const month = monthOfWord(m[2]!);
    if (month) return checked(kind, Number(m[3]), month, Number(m[1]), m[3]!.length);
  }
  if ((m = WORD_Y.exec(t))) {
    const month = monthOfWord(m[1]!);
    if (month) return checked(kind, Number(m[2]), month);
  }
  return { ok: false, reason: 'format' };
}

/** The month's name in the language ("december" / "December"). */
export function monthName(month: number, lang: string): string {
  return (lang === 'en' ? MONTHS.en : MONTHS.nl)[month - 1] ?? String(month);
}

/** A stored date in words: "4 december 2026" (en: "4 December 2026"), "december 2026", "2026"; undefined when it is not a date. */
export function formatDateLong(iso: string, lang: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const reading = checked(m[3] ? 'date' : 'yearOrDate', Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  if (!reading.ok) return undefined;
  const year = m[1]!;
  if (!m[2]) return year;
  const month = monthName(Number(m[2]), lang);
  return m[3] ? `${Number(m[3])} ${month} ${year}` : `${month} ${year}`;
}

/**
 * Whether a schema field holds a date: the `date` format (YYYY-MM-DD), or a text whose pattern accepts both a
 * year and a full date (the "jaar of datum" fields of schema 1.1). Undefined for every other field.
 */
export function dateFieldKind(info: SchemaFieldInfo | undefined): DateFieldKind | undefined {
  if (!info || info.kind !== 'string') return undefined;
  if (info.format === 'date') return 'date';
  if (!info.pattern || info.format) return undefined;
  try {
    const pattern = new RegExp(info.pattern);
    return pattern.test('2024') && pattern.test('2024-06-30') && !pattern.test('x') ? 'yearOrDate' : undefined;
  } catch {
    return undefined;
  }
}

/** A schema description without the "(JJJJ-MM-DD)" / "(JJJJ)" format notes: the date input reads other forms too. */
export function withoutFormatNote(description: string): string {
  return description.replace(/\s*\(JJJJ(?:-MM(?:-DD)?)?\)/g, '');
}
