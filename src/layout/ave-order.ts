/**
 * The AVE bands of the nodes (their phase columns) and their order within the AVE lanes (forceAveBands.order):
 * only the AVE layout needs them, so they travel with the force in the lazy chunk of the script-tag bundle
 * (layout-forces.ts).
 */
import type { Id } from '../model/types.js';
import type { GraphNode, NetworkGraph, NodeKind } from '../graph/types.js';
import type { BandValue } from './ave-band-geometry.js';
import type { LayoutLink, LayoutNode } from './create-simulation.js';
import { UNLINKED } from './force-ave-bands.js';

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

/**
 * Sets `lane` of every layout node (made from `graph.nodes`, in the same order) from the tracks it is on
 * (schema 1.1): the lane of its track; on several tracks, the one where most of its neighbours are (the
 * first on a tie). A node with phases that is on more than half of the tracks acts across them: it keeps
 * its place in the phase columns. Returns the number of lanes (the graph's tracks).
 */
export function assignLanes(graph: NetworkGraph, nodes: LayoutNode[]): number {
  const tracks = graph.tracks ?? [];
  const laneOf = new Map(tracks.map((track, i) => [track.id, i]));
  const lanesOf = (node: GraphNode): number[] =>
    node.kind === 'phase' ? [] : (node.tracks ?? []).map((id) => laneOf.get(id)).filter((l): l is number => l !== undefined);
  const several: number[] = [];
  graph.nodes.forEach((node, i) => {
    const lanes = lanesOf(node);
    nodes[i]!.lane = undefined;
    if (lanes.length === 0 || (node.phases.length > 0 && lanes.length * 2 > tracks.length)) return;
    if (lanes.length === 1) nodes[i]!.lane = lanes[0];
    else several.push(i);
  });
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  for (const i of several) {
    const lanes = lanesOf(graph.nodes[i]!);
    const count = new Map<number, number>();
    for (const id of graph.neighbours.get(graph.nodes[i]!.id) ?? []) {
      const lane = nodes[index.get(id) ?? -1]?.lane;
      if (lane !== undefined) count.set(lane, (count.get(lane) ?? 0) + 1);
    }
    nodes[i]!.lane = lanes.reduce((best, lane) => ((count.get(lane) ?? 0) > (count.get(best) ?? 0) ? lane : best), lanes[0]!);
  }
  return tracks.length;
}

/** The neutral group of a node without phase or track (forceAveBands.group): its kind, or UNLINKED without any link. */
export function aveGroupOf(node: Pick<GraphNode, 'kind' | 'degree'>): string {
  return node.degree === 0 ? UNLINKED : node.kind;
}

/**
 * Where along the bands each node belongs (forceAveBands.position): the middle of its own band range, else
 * the mean of its neighbours' (phase nodes aside; neighbours placed this way count in a second round), else
 * the middle of all bands.
 */
export function avePositions(nodes: readonly LayoutNode[], links: readonly LayoutLink[], bandCount: number): Float64Array {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const out = new Float64Array(nodes.length).fill(NaN);
  nodes.forEach((node, i) => {
    const b = node.band;
    if (b != null) out[i] = typeof b === 'number' ? b : (b[0] + b[1]) / 2;
  });
  const pairs: Array<[number, number]> = [];
  for (const link of links) {
    const s = index.get(typeof link.source === 'object' ? link.source.id : link.source);
    const t = index.get(typeof link.target === 'object' ? link.target.id : link.target);
    if (s === undefined || t === undefined || nodes[s]!.kind === 'phase' || nodes[t]!.kind === 'phase') continue;
    pairs.push([s, t], [t, s]);
  }
  for (let round = 0; round < 2; round++) {
    const sum = new Float64Array(nodes.length);
    const count = new Float64Array(nodes.length);
    for (const [a, b] of pairs) {
      if (!Number.isNaN(out[a]!) || Number.isNaN(out[b]!)) continue;
      sum[a]! += out[b]!;
      count[a]!++;
    }
    nodes.forEach((_, i) => {
      if (count[i]! > 0) out[i] = sum[i]! / count[i]!;
    });
  }
  const middle = (Math.max(1, bandCount) - 1) / 2;
  return out.map((p) => (Number.isNaN(p) ? middle : p));
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
