/**
 * The text helpers the privacy strip (privacy.ts) needs, apart from text.ts so that the map's script-tag bundle
 * can load privacy.ts before its first paint without the message helpers. Re-exported by text.ts.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower-case slug (used to suggest an id and to spot a person's name inside an id). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
