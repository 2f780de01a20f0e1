/**
 * Whether a contact's id carries the person's name ("anouk-de-vries", "af-anoukdevries", "adevries"), judged on
 * the name, or on the e-mail address's local part for a contact without a name. Ids stay in the public version,
 * so the public build gives such a contact a neutral id (privacy.ts) and `validate` warns (personal-data-check.ts).
 * Apart from name-variants.ts so the map's first paint (which loads privacy.ts) stays small.
 */
import { isRecord, slugify } from './text-basics.js';

/** The words of a name that identify it (brackets such as "(fictief)" left out). */
function nameWords(text: string): string[] {
  return slugify(text.replace(/\(.*?\)/g, ' ')).split('-').filter((w) => w.length > 0);
}

/** Name words of a contact: from its name, or (no name) from the local parts of its e-mail addresses. */
function contactNameWords(contact: Record<string, unknown>): string[][] {
  if (typeof contact.name === 'string' && contact.name.trim() !== '') return [nameWords(contact.name)];
  const channels = Array.isArray(contact.channels) ? contact.channels : [];
  return channels
    .filter((ch): ch is Record<string, unknown> => isRecord(ch) && typeof ch.value === 'string' && ch.value.includes('@'))
    .map((ch) => nameWords((ch.value as string).split('@')[0]!));
}

/**
 * True when `contact.id` contains a word of the person's name of 4 letters or more (also inside a longer word of
 * the id), a shorter word as a part of its own, or the name run together, in full or with initials.
 */
export function idCarriesName(contact: Record<string, unknown>): boolean {
  if (typeof contact.id !== 'string') return false;
  const parts = slugify(contact.id).split('-');
  const compact = parts.join('');
  const segments = new Set(parts);
  return contactNameWords(contact).some((words) => {
    if (words.some((w) => (w.length >= 4 ? compact.includes(w) : w.length === 3 && segments.has(w)))) return true;
    const last = words.slice(1).join('');
    return words.length >= 2 && last.length >= 3 && compact.includes(words[0]![0]! + last);
  });
}
