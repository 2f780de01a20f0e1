/**
 * The links of the AVE layout (issue 15), a lazy chunk (the map loads it with the layout forces; the view model,
 * map-view-model.ts, uses it once it is in): the `has-specialism` and `funds` links (ON_DEMAND_IN_AVE) are drawn
 * only for the nodes in view (`quietLinksOf`), and the links between the groups below and the phase columns or
 * lanes recede while nothing is pointed at (`recedingLinks`). A force-layout map's first paint does not carry this.
 */
import type { Id } from '../model/types.js';
import type { GraphLink, GraphNode, NetworkGraph } from '../graph/types.js';
import { ON_DEMAND_IN_AVE } from './link-styles.js';

/** The visible links of a graph split for the AVE layout: the others (in graph order) and the quiet ones by node. */
export interface AveLinks {
  others: readonly GraphLink[];
  quietByNode: ReadonlyMap<Id, readonly GraphLink[]>;
}

export function splitAveLinks(graph: NetworkGraph, visible: ReadonlySet<Id>): AveLinks {
  const others: GraphLink[] = [];
  const quietByNode = new Map<Id, GraphLink[]>();
  const add = (id: Id, link: GraphLink) => {
    const list = quietByNode.get(id);
    if (list) list.push(link);
    else quietByNode.set(id, [link]);
  };
  for (const link of graph.links) {
    if (!visible.has(link.source) || !visible.has(link.target)) continue;
    if (!ON_DEMAND_IN_AVE.has(link.type)) others.push(link);
    else {
      add(link.source, link);
      add(link.target, link);
    }
  }
  return { others, quietByNode };
}

/** A node the AVE layout puts in the groups below the phase columns and the lanes. */
function inLowerGroup(node: GraphNode | undefined): boolean {
  return node !== undefined && node.kind !== 'phase' && node.phases.length === 0 && !(node.tracks && node.tracks.length > 0);
}

/**
 * The ids of the links in `links` that join a node of the groups below to one above (phases, lanes), but not
 * those with an end among `keep` (the selected and highlighted nodes); O(links).
 */
export function recedingLinks(graph: NetworkGraph, links: readonly GraphLink[], keep: ReadonlyArray<Id | undefined>): ReadonlySet<string> {
  const kept = new Set(keep);
  const out = new Set<string>();
  for (const link of links) {
    if (kept.has(link.source) || kept.has(link.target)) continue;
    if (inLowerGroup(graph.byId.get(link.source)) !== inLowerGroup(graph.byId.get(link.target))) out.add(link.id);
  }
  return out;
}

/** The quiet links (ON_DEMAND_IN_AVE) with an end among `ids` (each once, in the order of `ids`); O(their links). */
export function quietLinksOf(split: AveLinks, ids: Iterable<Id | undefined>): GraphLink[] {
  const seen = new Set<GraphLink>();
  for (const id of ids) if (id !== undefined) for (const link of split.quietByNode.get(id) ?? []) seen.add(link);
  return [...seen];
}

