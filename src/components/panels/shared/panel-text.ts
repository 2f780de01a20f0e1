/** Small text helpers shared by the panels (all user text goes through msg()). Pure. */
import type { Id } from '../../../model/types.js';
import type { NetworkGraph, NodeKind } from '../../../graph/types.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import '../../../i18n/panels-catalogue.js';

/** "organisatie" / "organisaties" from the shared kind.* keys. */
export function kindName(lang: Lang, kind: NodeKind, count = 1): string {
  return msg(lang, count === 1 ? `kind.${kind}` : `kind.${kind}.plural`);
}

/** "3 organisaties" */
export function countKind(lang: Lang, kind: NodeKind, count: number): string {
  return `${count} ${kindName(lang, kind, count)}`;
}

/** Joins words as "a, b en c". */
export function joinList(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${msg(lang, 'panels.and')}${items[items.length - 1]}`;
}

/** The label of a node in the graph, or the id when the graph does not have it. */
export function nodeLabel(graph: NetworkGraph | undefined, id: Id): string {
  return graph?.byId.get(id)?.label ?? id;
}

/** A message for an enum value, falling back to the raw value when the catalogue lacks it. */
export function enumText(lang: Lang, prefix: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const key = `${prefix}.${value}`;
  const text = msg(lang, key);
  return text === key ? value : text;
}

/** Strings from an unknown value (for defensive reading of partially invalid files). */
export function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
}

/** Ids from an unknown value. */
export function idList(value: unknown): Id[] {
  return textList(value);
}

/** Objects from an unknown value. */
export function objectList<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)) as T[]) : [];
}
