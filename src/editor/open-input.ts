/**
 * What the user opens in the editor: JSON text (from a file or a web address) or an object. It must be a JSON
 * object; anything else is refused with the problems to show. A schema 1.0 file is migrated to 1.1 with the
 * model's migrateNetwork (the same function as `gia-netwerkkaart migrate`); `migration` lists what changed.
 * Validation of its contents comes later.
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { migrateNetwork, parseNetworkText, type MigrationChange, type Problem } from '../model/index.js';

export type OpenInput =
  | { ok: true; value: object; migration?: MigrationChange[] }
  /** `unreadable`: the text is not JSON (the editor says the file could not be opened). */
  | { ok: false; problems: Problem[]; unreadable: boolean };

export function readOpenInput(input: unknown, lang: Lang): OpenInput {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseNetworkText(input, { lang });
    if (!parsed.ok) return { ok: false, problems: parsed.problems, unreadable: true };
    value = parsed.value;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', code: 'not-object', severity: 'error', message: msg(lang, 'editor.open.notNetwork') }], unreadable: false };
  }
  const migrated = migrateNetwork(value, { lang });
  return migrated.migrated ? { ok: true, value: migrated.network as object, migration: migrated.changes } : { ok: true, value };
}
