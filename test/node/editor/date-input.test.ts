import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFieldKind, daysInMonth, formatDateLong, readDateInput, withoutFormatNote } from '../../../src/editor/date-input.js';
import { SCHEMA_OBJECTS } from '../../../src/editor/generated/schema-fields.js';

const iso = (text: string, kind: 'date' | 'yearOrDate' = 'date') => {
  const r = readDateInput(text, kind);
  return r?.ok ? r.iso : r?.reason;
};

describe('reading a typed date (issue 18, item 6)', () => {
  test('the Dutch order, day first: "04-12-2026" is 4 December, never 12 April', () => {
    assert.equal(iso('04-12-2026'), '2026-12-04');
    assert.equal(iso('4-12-2026'), '2026-12-04');
    assert.equal(iso('4/12/2026'), '2026-12-04');
    assert.equal(iso('4.12.2026'), '2026-12-04');
    assert.equal(iso(' 4 12 2026 '), '2026-12-04');
    assert.equal(iso('04122026'), '2026-12-04');
  });

  test('ISO, year first', () => {
    assert.equal(iso('2026-12-04'), '2026-12-04');
    assert.equal(iso('2026-12-4'), '2026-12-04');
    assert.equal(iso('2026/12/04'), '2026-12-04');
    assert.equal(iso('20261204'), '2026-12-04');
  });

  test('the month in words, as the editor writes it back', () => {
    assert.equal(iso('4 december 2026'), '2026-12-04');
    assert.equal(iso('4 December 2026'), '2026-12-04');
    assert.equal(iso('4 dec. 2026'), '2026-12-04');
    assert.equal(iso('1 mrt 2025'), '2025-03-01');
    assert.equal(iso('1 okt 2025'), '2025-10-01');
    assert.equal(iso('15 October 2025'), '2025-10-15');
    assert.equal(iso('4 decennium 2026'), 'format');
  });

  test('refuses impossible dates and says why', () => {
    assert.deepEqual(readDateInput('31-02-2026'), { ok: false, reason: 'day', year: 2026, month: 2, day: 31, days: 28 });
    assert.equal(iso('29-02-2028'), '2028-02-29', 'a leap year has 29 February');
    assert.equal(iso('29-02-2100'), 'yearRange');
    assert.equal(iso('31-04-2026'), 'day');
    assert.equal(iso('0-12-2026'), 'day');
    assert.equal(iso('4-13-2026'), 'month');
    assert.equal(iso('2026-13-04'), 'month');
    assert.equal(iso('4-12-26'), 'twoDigitYear');
    assert.equal(iso('4-12-1850'), 'yearRange');
    assert.equal(iso('morgen'), 'format');
    assert.equal(iso('4-12-2026-1'), 'format');
    assert.equal(readDateInput('   '), undefined, 'an empty field is no date and no error');
  });

  test('a date field needs a day; a year-or-date field also takes a year or a month', () => {
    assert.equal(iso('2026'), 'needsDay');
    assert.equal(iso('12-2026'), 'needsDay');
    assert.equal(iso('2026', 'yearOrDate'), '2026');
    assert.equal(iso('12-2026', 'yearOrDate'), '2026-12');
    assert.equal(iso('2026-12', 'yearOrDate'), '2026-12');
    assert.equal(iso('december 2026', 'yearOrDate'), '2026-12');
    assert.equal(iso('04-12-2026', 'yearOrDate'), '2026-12-04');
    assert.equal(iso('13-2026', 'yearOrDate'), 'month');
  });

  test('what the editor stores matches the schema pattern', () => {
    const reviewed = new RegExp(SCHEMA_OBJECTS.organisation!.fields.reviewedAt!.pattern!);
    const asOf = new RegExp(SCHEMA_OBJECTS.status!.fields.asOf!.pattern!);
    for (const text of ['4-12-2026', '1 jan 1900', '31-12-2099', '29-02-2024']) assert.match(iso(text)!, reviewed);
    for (const text of ['2026', '6-2024', '4-12-2026']) assert.match(iso(text, 'yearOrDate')!, asOf);
  });
});

describe('writing a date in words', () => {
  test('Dutch and English', () => {
    assert.equal(formatDateLong('2026-12-04', 'nl'), '4 december 2026');
    assert.equal(formatDateLong('2026-12-04', 'en'), '4 December 2026');
    assert.equal(formatDateLong('2026-03', 'nl'), 'maart 2026');
    assert.equal(formatDateLong('2026', 'nl'), '2026');
  });

  test('no words for what is not a date', () => {
    assert.equal(formatDateLong('2026-02-31', 'nl'), undefined);
    assert.equal(formatDateLong('04-12-2026', 'nl'), undefined);
    assert.equal(formatDateLong('', 'nl'), undefined);
  });

  test('days in a month', () => {
    assert.deepEqual([1, 2, 4, 12].map((m) => daysInMonth(2026, m)), [31, 28, 30, 31]);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
  });
});

describe('which schema fields are dates', () => {
  test('every "Laatst gecontroleerd" is a date; a status\'s "per" and a document\'s date take a year too', () => {
    assert.equal(dateFieldKind(SCHEMA_OBJECTS.organisation!.fields.reviewedAt), 'date');
    assert.equal(dateFieldKind(SCHEMA_OBJECTS.metadata!.fields.reviewedAt), 'date');
    assert.equal(dateFieldKind(SCHEMA_OBJECTS.status!.fields.asOf), 'yearOrDate');
    assert.equal(dateFieldKind(SCHEMA_OBJECTS.organisation!.fields.name), undefined);
    assert.equal(dateFieldKind(SCHEMA_OBJECTS.address!.fields.postalCode), undefined);
  });

  test('every field with a date pattern gets the date input', () => {
    const dates: string[] = [];
    for (const [object, info] of Object.entries(SCHEMA_OBJECTS)) {
      for (const [field, f] of Object.entries(info.fields)) {
        const kind = dateFieldKind(f);
        if (kind) dates.push(`${object}.${field}:${kind}`);
        else if (f.pattern?.includes('(19|20)[0-9]{2}')) assert.fail(`${object}.${field} holds a date but gets no date input`);
      }
    }
    assert.ok(dates.includes('sourceDocument.date:yearOrDate') || dates.some((d) => d.endsWith('.date:yearOrDate')), dates.join(', '));
  });

  test('the help text loses the format note, the rest stays', () => {
    assert.equal(
      withoutFormatNote('Datum (JJJJ-MM-DD) waarop dit onderdeel voor het laatst is nagekeken.'),
      'Datum waarop dit onderdeel voor het laatst is nagekeken.',
    );
    assert.equal(withoutFormatNote('Jaar (JJJJ) of datum (JJJJ-MM-DD) van het document.'), 'Jaar of datum van het document.');
  });
});
