/**
 * Turns a JSON pointer into words: "/organisations/3" → "organisatie 'Veilig Thuis' (organisations[3])",
 * "/organisations/3/channels/1" → "kanaal 2 van organisatie 'Veilig Thuis' (organisations[3])".
 */
import type { DescribedKind, EntityKind, ModelText, SubObject, Where } from '../i18n/model-messages.js';
import { isIndex, isRecord, label, makeVisible, parsePointer, truncate, valueAt } from './text.js';

/** A field name from the file, safe to show (inside quotes added by the caller). */
const safeName = (name: string) => makeVisible(truncate(name, 60));

/** Top-level arrays of entities and the kind of their items. */
export const ENTITY_ARRAYS: Readonly<Record<string, EntityKind>> = {
  municipalities: 'municipality',
  specialisms: 'specialism',
  organisations: 'organisation',
  contacts: 'contact',
  meetings: 'meeting',
  interventions: 'intervention',
  powers: 'power',
};

const SUB_OBJECTS = new Set<string>([
  'channels',
  'addresses',
  'access',
  'sources',
  'chair',
  'casusregie',
  'procesregie',
  'operationalResponsibility',
  'administrativeResponsibility',
]);

/** "organisations[3]" style reference for segments. */
export function shortPath(segments: readonly string[]): string {
  return segments.map((s, i) => (isIndex(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function entityLabel(m: ModelText, kind: DescribedKind, item: unknown, segments: string[]): string {
  const name = isRecord(item)
    ? typeof item.name === 'string' && item.name.trim()
      ? item.name
      : typeof item.title === 'string' && item.title.trim()
        ? item.title
        : typeof item.id === 'string'
          ? item.id
          : undefined
    : undefined;
  // Contact names are personal data: describe a contact by its id, never its name.
  const shown = kind === 'contact' ? (isRecord(item) && typeof item.id === 'string' ? item.id : undefined) : name;
  return `${m(`kind.${kind}`)}${shown !== undefined ? ' ' + label(shown) : ''} (${shortPath(segments)})`;
}

/** Describes the object at `segments` (an object pointer) in words. */
export function describeSegments(data: unknown, segments: string[], m: ModelText): Where {
  if (segments.length === 0) return { text: m('root'), root: true };
  const [first, second] = segments;
  if (segments.length === 1) {
    if (first === 'metadata') return { text: m('metadata'), root: false };
    if (first === 'escalationModel') return { text: m('escalationModel'), root: false };
    return { text: label(first ?? ''), root: false };
  }
  if (segments.length === 2) {
    if (first === 'metadata' && second === 'maintainer') return { text: m('maintainer'), root: false };
    const kind = first !== undefined ? ENTITY_ARRAYS[first] : undefined;
    if (kind && isIndex(second)) return { text: entityLabel(m, kind, valueAt(data, segments), segments), root: false };
    if (first === 'relations' && isIndex(second)) {
      const rel = valueAt(data, segments);
      const ends =
        isRecord(rel) && typeof rel.from === 'string' && typeof rel.to === 'string'
          ? ` ${label(rel.from, 40)} → ${label(rel.to, 40)}`
          : '';
      return { text: `${m('numbered', { noun: m('kind.relation'), n: Number(second) + 1 })}${ends} (${shortPath(segments)})`, root: false };
    }
  }
  if (segments.length === 3 && first === 'metadata' && second === 'sources' && isIndex(segments[2])) {
    return { text: entityLabel(m, 'source', valueAt(data, segments), segments), root: false };
  }
  if (segments.length === 3 && first === 'escalationModel' && second === 'phases' && isIndex(segments[2])) {
    return { text: entityLabel(m, 'phase', valueAt(data, segments), segments), root: false };
  }
  if (segments.length === 3 && first === 'escalationModel' && second === 'tracks' && isIndex(segments[2])) {
    return { text: entityLabel(m, 'track', valueAt(data, segments), segments), root: false };
  }
  if (segments.length === 3 && first === 'meldcode' && second === 'steps' && isIndex(segments[2])) {
    const step = valueAt(data, segments);
    const n = isRecord(step) && typeof step.number === 'number' ? step.number : Number(segments[2]) + 1;
    return { text: `${m('numbered', { noun: m('meldcodeStep'), n })} (${shortPath(segments)})`, root: false };
  }
  // A sub-object: "kanaal 2 van organisatie 'X'", "de voorzitter van overleg 'Y'".
  const last = segments[segments.length - 1]!;
  const beforeLast = segments[segments.length - 2]!;
  if (isIndex(last) && SUB_OBJECTS.has(beforeLast)) {
    const whole = describeSegments(data, segments.slice(0, -2), m);
    const part = m('numbered', { noun: m(`sub.${beforeLast as SubObject}`), n: Number(last) + 1 });
    return { text: whole.root ? part : m('of', { part, whole: whole.text }), root: false };
  }
  if (SUB_OBJECTS.has(last) && !isIndex(last)) {
    const whole = describeSegments(data, segments.slice(0, -1), m);
    return { text: whole.root ? m(`sub.${last as SubObject}`) : m('of', { part: m(`sub.${last as SubObject}`), whole: whole.text }), root: false };
  }
  // Anything else: describe the nearest described ancestor.
  return describeSegments(data, segments.slice(0, -1), m);
}

/** Describes an object pointer. */
export function describePointer(data: unknown, pointer: string, m: ModelText): Where {
  return describeSegments(data, parsePointer(pointer), m);
}

/**
 * For a pointer to a value: the quoted field label and the object it is in.
 * "/organisations/3/tasks/2" → field "'tasks' (nr. 3)", where "organisatie 'X' (organisations[3])".
 */
export function describeField(data: unknown, pointer: string, m: ModelText): { field?: string; where: Where } {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return { where: { text: m('root'), root: true } };
  const last = segments[segments.length - 1]!;
  if (isIndex(last) && segments.length >= 2) {
    const owner = segments.slice(0, -2);
    return { field: m('item', { field: safeName(segments[segments.length - 2]!), n: Number(last) + 1 }), where: describeSegments(data, owner, m) };
  }
  return { field: label(last), where: describeSegments(data, segments.slice(0, -1), m) };
}
