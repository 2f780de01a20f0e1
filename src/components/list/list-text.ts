/**
 * Texts of the list view built from the graph: result counts ("12 organisaties gevonden") and the
 * line under each item (kind, subtitle, AVE phases). Pure functions.
 */
import type { FilterResult } from '../../graph/filter-graph.js';
import { NODE_KINDS, type GraphNode, type NetworkGraph, type NodeKind } from '../../graph/types.js';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/list-catalogue.js';

/** "1 organisatie", "12 organisaties". */
export function countKind(lang: Lang, kind: NodeKind, count: number): string {
  return `${count} ${msg(lang, count === 1 ? `kind.${kind}` : `kind.${kind}.plural`)}`;
}

/**
 * The sentence the live region reads after a search or filter change: "12 organisaties gevonden.",
 * or with several kinds "30 onderdelen gevonden: 12 organisaties, 8 overleggen en 10 specialismen.".
 * Without a filter: "Het netwerk heeft 42 onderdelen.".
 */
export function resultSentence(lang: Lang, result: FilterResult, filtered: boolean): string {
  if (!filtered) return msg(lang, 'list.total', { count: result.total });
  const kinds = NODE_KINDS.filter((kind) => result.counts[kind] > 0);
  if (kinds.length === 1) {
    const kind = kinds[0]!;
    const count = result.counts[kind];
    return msg(lang, 'list.found', { count, single: msg(lang, count === 1 ? `kind.${kind}` : `kind.${kind}.plural`) });
  }
  const detail = msg(lang, 'list.and', { items: kinds.map((kind) => countKind(lang, kind, result.counts[kind])) });
  return msg(lang, 'list.found', { count: result.total, detail });
}

/** "AVE 2", "AVE 3" → "AVE 2 en 3" (a shared first word is said once). */
export function phaseNames(lang: Lang, graph: NetworkGraph, node: GraphNode): string {
  if (node.kind === 'phase') return node.subtitle ?? '';
  const names = node.phases.map((id) => graph.byId.get(id)?.label ?? id);
  if (names.length <= 1) return names[0] ?? '';
  const prefix = names[0]!.split(' ')[0] ?? '';
  const shared = prefix !== '' && names.every((name) => name.startsWith(`${prefix} `));
  const parts = shared ? [names[0]!, ...names.slice(1).map((name) => name.slice(prefix.length + 1))] : names;
  return msg(lang, 'list.and', { items: parts });
}

/** The line under an item: "organisatie · VT · AVE 2 en 3 · 7 verbindingen". */
export function itemMeta(lang: Lang, graph: NetworkGraph, node: GraphNode): string {
  const kind = msg(lang, `kind.${node.kind}`);
  const phases = node.kind === 'phase' ? '' : phaseNames(lang, graph, node);
  const connections = msg(lang, 'list.connections', { count: graph.neighbours.get(node.id)?.size ?? node.degree });
  return [kind.charAt(0).toUpperCase() + kind.slice(1), node.subtitle, phases, connections]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' · ');
}
