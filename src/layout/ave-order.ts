/**
 * The AVE bands of the nodes (their phase columns) and their order within the AVE lanes (forceAveBands.order):
 * only the AVE layout needs them, so they travel with the force in the lazy chunk of the script-tag bundle
 * (layout-forces.ts).
 */
import type { Id } from '../model/types.js';
import type { GraphNode, NetworkGraph, NodeKind } from '../graph/types.js';
import type { BandValue } from './ave-band-geometry.js';
import type { LayoutLink, LayoutNode } from './create-simulation.js';

/**
 * Sets `band` of every layout node (made from `graph.nodes`, in the same order): the distinct phase orders,
 * low → high, are the bands; a node gets the band (or band range) of its phases, undefined without one.
 * Returns the number of bands.
 */
export function assignBands(graph: NetworkGraph, nodes: LayoutNode[]): number {
  // Bands: the distinct phase orders, low → high.
  const orders = [...new Set(graph.nodes.map((n) => n.phaseOrder).filter((o): o is number => o !== undefined))].sort(
    (a, b) => a - b,
  );
  const bandOfOrder = new Map(orders.map((order, index) => [order, index]));
  const orderOfPhase = new Map<Id, number>();
  for (const node of graph.nodes) if (node.kind === 'phase' && node.phaseOrder !== undefined) orderOfPhase.set(node.id, node.phaseOrder);
  const bandOf = (node: GraphNode): BandValue => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const phase of node.phases) {
      const order = orderOfPhase.get(phase);
      const band = order === undefined ? undefined : bandOfOrder.get(order);
      if (band === undefined) continue;
      lo = Math.min(lo, band);
      hi = Math.max(hi, band);
    }
    if (lo === Infinity) return undefined;
    return lo === hi ? lo : [lo, hi];
  };
  graph.nodes.forEach((node, i) => (nodes[i]!.band = bandOf(node)));
  return orders.length;
}

const KIND_RANK: Readonly<Record<NodeKind, number>> = {
  phase: 0,
  organisation: 1,
  meeting: 2,
  intervention: 3,
  contact: 4,
  specialism: 5,
};

/**
 * Sort keys for the AVE lanes (see forceAveBands.order): a rank per node. Nodes with a phase: by kind,
 * then degree (high first), then input order. Nodes without: by the mean band of their phased
 * neighbours (those without any last), then kind, then input order.
 */
export function aveOrderKeys(nodes: readonly LayoutNode[], links: readonly LayoutLink[], bandCount: number): Float64Array {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const degree = new Float64Array(nodes.length);
  const bandSum = new Float64Array(nodes.length);
  const bandN = new Float64Array(nodes.length);
  const mid = (band: BandValue): number | undefined =>
    band == null ? undefined : typeof band === 'number' ? band : (band[0] + band[1]) / 2;
  for (const link of links) {
    const s = index.get(typeof link.source === 'object' ? link.source.id : link.source);
    const t = index.get(typeof link.target === 'object' ? link.target.id : link.target);
    if (s === undefined || t === undefined) continue;
    degree[s]!++;
    degree[t]!++;
    for (const [a, b] of [
      [s, t],
      [t, s],
    ] as const) {
      const m = mid(nodes[b]!.band);
      if (m === undefined || nodes[b]!.kind === 'phase') continue;
      bandSum[a]! += m;
      bandN[a]!++;
    }
  }
  const primary = (i: number): number => {
    const node = nodes[i]!;
    if (node.band != null) return KIND_RANK[node.kind] ?? 9;
    return bandN[i]! > 0 ? bandSum[i]! / bandN[i]! : bandCount;
  };
  const ids = nodes.map((_, i) => i);
  ids.sort(
    (a, b) =>
      primary(a) - primary(b) ||
      (KIND_RANK[nodes[a]!.kind] ?? 9) - (KIND_RANK[nodes[b]!.kind] ?? 9) ||
      degree[b]! - degree[a]! ||
      a - b,
  );
  const keys = new Float64Array(nodes.length);
  ids.forEach((node, rank) => (keys[node] = rank));
  return keys;
}
