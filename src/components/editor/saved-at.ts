import type { Lang } from '../../i18n/localize.js';

/** When a draft was saved, as the user's language writes a date and time. */
export function formatSavedAt(savedAt: string, lang: Lang): string {
  return new Date(savedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL');
}
