/**
 * Warnings for personal data in public places: a contact's name, channel or notes, or a confidential
 * address, copied into a text the public version keeps (a description, a task, …), in any spelling the personal
 * index recognises (personal-index.ts). The public build removes the personal fields themselves, but it cannot
 * know what was pasted elsewhere; `public` refuses while these warnings stand.
 */
import { describePointer } from './describe-path.js';
import type { ModelText } from '../i18n/model-messages.js';
import { idCarriesName } from './name-in-id.js';
import { createPersonalIndex, nonPublicPlaces } from './personal-index.js';
import type { Problem } from './problem.js';
import { isRecord, label, makeVisible, quote, toPointer } from './text.js';

/** Warns when a contact's name, channel or notes, or a confidential address, appear in public text. */
export function personalDataWarnings(data: Record<string, unknown>, m: ModelText): Problem[] {
  const out: Problem[] = [];
  const push = (path: string, code: string, message: string) => out.push({ path, code, message, severity: 'warning' });
  const contacts = Array.isArray(data.contacts) ? data.contacts : [];
  contacts.forEach((c, i) => {
    if (isRecord(c) && typeof c.id === 'string' && idCarriesName(c)) {
      push(`/contacts/${i}/id`, 'contact-id-contains-name', m('contactIdContainsName', { id: quote(c.id) }));
    }
  });
  const index = createPersonalIndex(data);
  if (index.secrets.length === 0) return out;
  const owners = new Map<string, string>();
  const ownerText = (pointer: string) => {
    let text = owners.get(pointer);
    if (text === undefined) owners.set(pointer, (text = describePointer(data, pointer, m).text));
    return text;
  };
  const fieldAt = (segments: (string | number)[]) => {
    const last = segments[segments.length - 1];
    if (typeof last === 'number') {
      return { field: m('item', { field: makeVisible(String(segments[segments.length - 2])), n: last + 1 }), where: describePointer(data, toPointer(segments.slice(0, -2)), m) };
    }
    return { field: label(String(last)), where: describePointer(data, toPointer(segments.slice(0, -1)), m) };
  };
  // Scan every string the public version keeps; a value elsewhere in its own contact or address is no copy.
  // The walk carries the pointer as it goes (one short string per level) and builds nothing per string
  // unless it holds a personal value: on a file with 50,000 relations this is most of the check's time.
  const removed = nonPublicPlaces(data);
  const visit = (node: unknown, segments: (string | number)[], path: string, depth: number) => {
    if (depth > 12 || removed.has(path)) return;
    if (typeof node === 'string') {
      const hits = index.find(node);
      if (hits.length === 0) return;
      for (const s of hits) {
        if (path.startsWith(s.owner + '/') && (s.kind !== 'address' || path.startsWith(s.place + '/'))) continue;
        push(path, 'personal-data-in-text', m('personalDataInText', { ...fieldAt(segments), contact: ownerText(s.owner), what: s.kind }));
      }
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        segments.push(i);
        visit(node[i], segments, `${path}/${i}`, depth + 1);
        segments.pop();
      }
    } else if (isRecord(node)) {
      for (const k of Object.keys(node)) {
        segments.push(k);
        visit(node[k], segments, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
        segments.pop();
      }
    }
  };
  visit(data, [], '', 0);
  return out;
}
