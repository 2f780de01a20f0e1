/**
 * Warnings for personal data in public places: a contact's name, channel or notes, or a confidential
 * address, copied into a text the public version keeps (a description, a task, …). The public build
 * removes the personal fields themselves, but it cannot know what was pasted elsewhere.
 */
import { describePointer } from './describe-path.js';
import { createSubstringFinder } from './find-substrings.js';
import type { ModelText } from '../i18n/model-messages.js';
import type { Problem } from './problem.js';
import { isRecord, label, makeVisible, quote, slugify, toPointer } from './text.js';

const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Warns when a contact's name, channel or notes, or a confidential address, appear in public text. */
export function personalDataWarnings(data: Record<string, unknown>, m: ModelText): Problem[] {
  const where = (path: string) => describePointer(data, path, m).text;
  const out: Problem[] = [];
  const push = (path: string, code: string, message: string) => out.push({ path, code, message, severity: 'warning' });
  const secrets: Array<{ value: string; contact: string; what: 'name' | 'channel' | 'notes' | 'address'; path: string }> = [];
  arr(data.contacts).forEach((c, i) => {
    if (!isRecord(c)) return;
    const path = `/contacts/${i}`;
    const contact = where(path);
    if (typeof c.name === 'string' && c.name.trim().length >= 3) secrets.push({ value: c.name.trim(), contact, what: 'name', path });
    if (typeof c.notes === 'string' && c.notes.trim().length >= 3) secrets.push({ value: c.notes.trim(), contact, what: 'notes', path });
    arr(c.channels).forEach((ch) => {
      if (isRecord(ch) && typeof ch.value === 'string' && ch.value.trim().length >= 3) {
        secrets.push({ value: ch.value.trim(), contact, what: 'channel', path });
      }
    });
    if (typeof c.id === 'string' && typeof c.name === 'string') {
      const words = slugify(c.name.replace(/\(.*?\)/g, ''))
        .split('-')
        .filter((w) => w.length >= 4);
      const idWords = new Set(c.id.split('-'));
      if (words.some((w) => idWords.has(w))) push(`${path}/id`, 'contact-id-contains-name', m('contactIdContainsName', { id: quote(c.id) }));
    }
  });
  arr(data.organisations).forEach((o, i) => {
    if (!isRecord(o)) return;
    arr(o.addresses).forEach((a, j) => {
      if (!isRecord(a) || a.confidential !== true) return;
      const path = `/organisations/${i}/addresses/${j}`;
      const contact = where(`/organisations/${i}`);
      for (const key of ['street', 'postalCode']) {
        const value = a[key];
        if (typeof value === 'string' && value.trim().length >= 3) secrets.push({ value: value.trim(), contact, what: 'address', path });
      }
    });
  });
  if (secrets.length === 0) return out;
  const byValue = new Map<string, typeof secrets>();
  for (const s of secrets) byValue.set(s.value, [...(byValue.get(s.value) ?? []), s]);
  const finder = createSubstringFinder(byValue.keys());
  // Scan every string outside the contacts' personal fields and the confidential addresses.
  const visit = (node: unknown, segments: (string | number)[], depth: number) => {
    if (depth > 12) return;
    if (typeof node === 'string') {
      const hits = finder.find(node);
      if (hits.length === 0) return;
      const path = toPointer(segments);
      for (const value of hits) {
        for (const s of byValue.get(value) ?? []) {
          if (path.startsWith(s.path + '/')) continue;
          push(path, 'personal-data-in-text', m('personalDataInText', { ...fieldAt(segments), contact: s.contact, what: s.what }));
        }
      }
      return;
    }
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, [...segments, i], depth + 1));
    else if (isRecord(node)) for (const [k, v] of Object.entries(node)) visit(v, [...segments, k], depth + 1);
  };
  const fieldAt = (segments: (string | number)[]) => {
    const last = segments[segments.length - 1];
    if (typeof last === 'number') {
      return { field: m('item', { field: makeVisible(String(segments[segments.length - 2])), n: last + 1 }), where: describePointer(data, toPointer(segments.slice(0, -2)), m) };
    }
    return { field: label(String(last)), where: describePointer(data, toPointer(segments.slice(0, -1)), m) };
  };
  visit(data, [], 0);
  return out;
}
