/**
 * The one date input of the editor, for every date field of the schema ("Laatst gecontroleerd", a status's
 * "Per of volgens", a document's date): a text field with its own reading (src/editor/date-input.ts) instead of
 * the browser's date picker, so the help text can say exactly what to type. It accepts "4-12-2026",
 * "04-12-2026" and "2026-12-04", says what it understood ("Dat is 4 december 2026."), refuses impossible dates
 * with the reason next to the field, and stores ISO (YYYY-MM-DD). What was typed is kept (per field, in the
 * form context) while it matches the stored value, so the field never rewrites the user's text under them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import { formatDateLong, monthName, readDateInput, type DateFieldKind, type DateReading } from '../../editor/date-input.js';
import { fieldId } from './field-ids.js';

/** Text typed in a date field, and the stored value it belongs to (an entry for another value is stale). */
export interface DateEntry {
  text: string;
  stored: unknown;
  /** True once the user left the field or pressed Enter: only then is a refusal shown. */
  committed: boolean;
}

export interface DateFieldProps {
  lang: Lang;
  pointer: string;
  kind: DateFieldKind;
  value: unknown;
  required: boolean;
  /** The label (with its required mark), help and problem lines, as every field has them. */
  label: TemplateResult;
  help: unknown;
  errors: unknown;
  describedBy?: string;
  invalid: boolean;
  entry: DateEntry | undefined;
  setEntry(entry: DateEntry | undefined): void;
  set(value: unknown): void;
}

/** Why a date is refused, in the editor's words. */
export function dateRefusal(reading: Extract<DateReading, { ok: false }>, text: string, lang: Lang): string {
  const month = reading.month ?? 0;
  switch (reading.reason) {
    case 'day':
      return msg(lang, 'editor.date.day', { day: reading.day ?? 0, monthName: monthName(month, lang), year: reading.year ?? 0, days: reading.days ?? 0 });
    case 'month':
      return msg(lang, 'editor.date.month', { month });
    case 'yearRange':
      return msg(lang, 'editor.date.yearRange', { year: reading.year ?? 0 });
    case 'format':
      return msg(lang, 'editor.date.format', { text: text.trim() });
    default:
      return msg(lang, `editor.date.${reading.reason}`);
  }
}

export function renderDateField(p: DateFieldProps): TemplateResult {
  const id = fieldId(p.pointer);
  const hintId = fieldId(p.pointer, 'dh');
  const feedbackId = fieldId(p.pointer, 'df');
  const stored = typeof p.value === 'string' ? p.value : '';
  const entry = p.entry && p.entry.stored === p.value ? p.entry : undefined;
  const text = entry ? entry.text : stored;
  const reading = readDateInput(text, p.kind);
  // A refusal shows once the user is done typing (or for a stored value the file already had).
  const refused = reading && !reading.ok && (!entry || entry.committed) ? reading : undefined;
  const feedback = refused
    ? html`${dateRefusal(refused, text, p.lang)}${entry ? html` ${msg(p.lang, 'editor.date.notSaved')}` : nothing}`
    : reading?.ok
      ? msg(p.lang, 'editor.date.understood', { date: formatDateLong(reading.iso, p.lang) ?? reading.iso })
      : '';
  const describedBy = [p.describedBy, hintId, feedbackId].filter(Boolean).join(' ');

  const commit = (raw: string) => {
    const read = readDateInput(raw, p.kind);
    if (!read) {
      p.setEntry(undefined);
      if (p.value !== undefined) p.set(p.required ? '' : undefined);
      return;
    }
    if (read.ok) {
      p.setEntry({ text: raw, stored: read.iso, committed: true });
      if (read.iso !== p.value) p.set(read.iso);
      return;
    }
    p.setEntry({ text: raw, stored: p.value, committed: true });
  };

  return html`<div class="field date-field" data-pointer=${p.pointer}>
    <label for=${id}>${p.label}</label>
    ${p.help}
    <p class="help" id=${hintId}>${msg(p.lang, p.kind === 'date' ? 'editor.date.hint' : 'editor.date.hintYear')}</p>
    <input
      type="text"
      id=${id}
      data-pointer=${p.pointer}
      inputmode="numeric"
      autocomplete="off"
      spellcheck="false"
      size="16"
      .value=${live(text)}
      aria-describedby=${describedBy}
      aria-invalid=${p.invalid || refused ? 'true' : 'false'}
      @input=${(e: Event) => p.setEntry({ text: (e.target as HTMLInputElement).value, stored: p.value, committed: false })}
      @change=${(e: Event) => commit((e.target as HTMLInputElement).value)}
    />
    <p class="date-feedback ${refused ? 'error' : ''}" id=${feedbackId} aria-live="polite">${feedback}</p>
    ${p.errors}
  </div>`;
}
