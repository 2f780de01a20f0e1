/**
 * Accessible names of nodes: "Veilig Thuis Zuid-Limburg, organisatie, AVE 2 en 3, 7 verbindingen".
 */
import type { GraphNode, NetworkGraph } from '../graph/types.js';
import { msg, type Lang } from '../i18n/localize.js';

/** "AVE 2", "AVE 3" → "AVE 2 en 3" (a shared first word is said once). */
export function phaseList(lang: Lang, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const firstWord = (s: string) => s.split(' ')[0] ?? '';
  const prefix = firstWord(names[0]!);
  const shared = prefix !== '' && names.every((n) => n.startsWith(prefix + ' '));
  const parts = shared ? [names[0]!, ...names.slice(1).map((n) => n.slice(prefix.length + 1))] : [...names];
  return msg(lang, 'map.phasesAnd', { names: parts });
}

export function accessibleName(lang: Lang, graph: NetworkGraph, node: GraphNode): string {
  const phases =
    node.kind === 'phase'
      ? node.subtitle ?? ''
      : phaseList(
          lang,
          node.phases.map((id) => graph.byId.get(id)?.label ?? id),
        );
  // The visible label must be part of the name (WCAG 2.5.3): organisations are drawn with their short name.
  const short = node.kind === 'organisation' ? node.subtitle : undefined;
  const label =
    short && !node.label.toLowerCase().includes(short.toLowerCase())
      ? `${node.label} (${short})`
      : node.kind === 'contact' && node.subtitle
        ? `${node.label}, ${node.subtitle}`
        : node.label;
  // The tracks (schema 1.1) it is on, as the AVE layout's lanes name them.
  const trackNames = (node.tracks ?? []).map((id) => graph.tracks?.find((t) => t.id === id)?.name ?? id);
  const tracks = trackNames.length > 0 ? msg(lang, 'map.lane', { name: msg(lang, 'map.phasesAnd', { names: trackNames }) }) : '';
  const name = msg(lang, 'map.nodeName', {
    label,
    kind: msg(lang, `kind.${node.kind}`),
    phases,
    tracks,
    count: graph.neighbours.get(node.id)?.size ?? node.degree,
  });
  const inferred = node.placementInferred ? ` (${msg(lang, 'state.placementInferred')})` : '';
  return `${name}${inferred}${statusPart(lang, node)}${node.fictitious ? ` (${msg(lang, 'state.fictitious')})` : ''}`;
}

/** "pilot, per 2024" for a node whose status is not active (schema 1.1); empty otherwise. */
export function statusText(lang: Lang, node: GraphNode): string {
  const status = node.status;
  if (!status) return '';
  const name = msg(lang, `state.status.${status.value}`);
  return status.asOf ? msg(lang, 'state.statusAsOf', { status: name, date: status.asOf }) : name;
}

function statusPart(lang: Lang, node: GraphNode): string {
  return node.status ? ` (${statusText(lang, node)})` : '';
}
