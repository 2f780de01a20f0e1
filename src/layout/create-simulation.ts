/**
 * createLayoutSimulation: the d3-force engine behind the map, created STOPPED and clocked by the
 * component (after vasturiano/force-graph): the component calls `tick()` from its own animation
 * frames (see warm-up.ts), d3's internal timer is never used, and manual ticks fire no events.
 *
 * d3 mutates what it is given (x, y, vx, vy, index; link endpoints become objects), so it gets FRESH
 * node and link objects keyed by id; the graph's objects are never touched.
 *
 * Determinism: d3-force v3 simulations use a seeded LCG as their random source (for jiggle and
 * Barnes–Hut); that is kept, and initial positions are computed from the node index, so the same
 * graph and size always give the same layout (stable screenshots and tests).
 *
 * Layouts:
 * - 'force': many-body + links + collide + a weak pull to the centre.
 * - 'ave': the AVE columns (force-ave-bands.ts): every node gets a slot in its column's lane (or the
 *   neutral strip), spread evenly down the area, and starts there; collide resolves overlaps. No
 *   link or many-body forces (they made nodes sink towards the neutral strip's specialisms).
 *   Phase nodes are pinned at the top of their column as headers.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Id } from '../model/types.js';
import type { GraphNode, LinkType, NetworkGraph, NodeKind } from '../graph/types.js';
import { forceLocalRepel } from './force-local-repel.js';
import { aveBandGeometry, forceAveBands, neutralShare, type AveBandGeometry, type BandValue } from './force-ave-bands.js';

export type LayoutKind = 'force' | 'ave';

export interface Point {
  x: number;
  y: number;
}

/** The fresh object d3 works on (one per graph node). */
export interface LayoutNode extends SimulationNodeDatum {
  id: Id;
  kind: NodeKind;
  phaseOrder: number | undefined;
  /** Band (column) index or range for the AVE layout; undefined = no phase (neutral strip). */
  band: BandValue;
  radius: number;
  x: number;
  y: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  source: Id | LayoutNode;
  target: Id | LayoutNode;
  type: LinkType;
}

export interface LayoutOptions {
  layout: LayoutKind;
  width: number;
  height: number;
  /** Start positions (e.g. the previous layout's), by node id. Others are placed deterministically. */
  start?: ReadonlyMap<Id, Point>;
  /** Nodes pinned at a position (fx/fy), by node id. */
  pinned?: ReadonlyMap<Id, Point>;
}

export interface LayoutSimulation {
  /** Sets up the forces (otherwise the first tick does): a step of its own for a large graph. */
  prepare(): void;
  /** Advances up to `n` (default 1) ticks; does nothing once settled. Fires no events. */
  tick(n?: number): void;
  /** Current positions by id (fresh objects). */
  positions(): Map<Id, Point>;
  /** Calls `fn` for every node's position without allocating (for per-frame rendering). */
  forEachPosition(fn: (id: Id, x: number, y: number) => void): void;
  alpha(): number;
  /** True once alpha < alphaMin: nothing moves any more until reheat/pin/setLayout. */
  settled(): boolean;
  /** Raises alpha to at least `alpha` (default 0.3) so the layout moves again. */
  reheat(alpha?: number): void;
  /** Switches between the force and AVE layouts (keeps positions, reheats). */
  setLayout(layout: LayoutKind): void;
  readonly layout: LayoutKind;
  /** Pins a node at (x, y) (e.g. while dragging) and reheats a little. */
  pin(id: Id, x: number, y: number): void;
  /** Releases a pinned node (phase headers in the AVE layout stay at their header position). */
  unpin(id: Id): void;
  /** Changes the layout area (keeps positions, reheats). */
  resize(width: number, height: number): void;
  /**
   * The layout's coordinate space. Equal to the requested size, except for large graphs that would
   * not fit: then both sides grow (same aspect ratio) so nodes have room; fit it with zoom.
   */
  readonly size: { width: number; height: number };
  /** The AVE column geometry in layout coordinates (also valid, but unused, in the force layout). */
  bandGeometry(): AveBandGeometry;
  readonly nodeCount: number;
  /** Stops for good: clears d3's (already stopped) timer and the forces. */
  dispose(): void;
}

/** Physics constants, chosen so ~100 nodes settle without jitter and 1,000 nodes in well under 2 s. */
export const ALPHA_MIN = 0.001;
/** Ticks from alpha 1 to ALPHA_MIN (d3's default is 300). */
export const SETTLE_TICKS = 160;
export const ALPHA_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / SETTLE_TICKS);
/** d3's velocityDecay (friction): a little more than d3's 0.4 default, against jitter. */
export const VELOCITY_DECAY = 0.45;

/** Pull of every node towards its AVE slot (per tick, times alpha): firm, but a layout switch still glides. */
const AVE_PULL = 0.12;

/** Above this many nodes the force layout uses forceLocalRepel instead of many-body + collide. */
export const LARGE_GRAPH = 400;
/** Large graphs: d3's default link strength times this (softer links, less packing in the middle). */
const LARGE_LINK_FACTOR = 0.15;
/** Reach of forceLocalRepel: a few node spacings (nodes settle ~20–30 px apart). */
const LOCAL_REPEL_DISTANCE = 60;

/** Barnes–Hut accuracy: a little coarser than d3's 0.9, ~1.5× faster, no visible difference. */
const THETA = 1.2;

const BASE_RADIUS: Readonly<Record<NodeKind, number>> = {
  phase: 22,
  organisation: 9,
  meeting: 9,
  intervention: 7,
  specialism: 7,
  contact: 6,
};

/**
 * The radius the layout reserves for a node: a base per kind, growing slowly with the degree.
 * render/ may draw smaller shapes, but should not draw larger ones than this.
 */
export function layoutRadius(node: Pick<GraphNode, 'kind' | 'degree'>): number {
  const base = BASE_RADIUS[node.kind] ?? 7;
  if (node.kind === 'phase') return base;
  return base + Math.min(9, Math.sqrt(Math.max(0, node.degree)) * 1.5);
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

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
function aveOrderKeys(nodes: readonly LayoutNode[], links: readonly LayoutLink[], bandCount: number): Float64Array {
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

function finite(n: number, fallback: number): number {
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function createLayoutSimulation(graph: NetworkGraph, options: LayoutOptions): LayoutSimulation {
  let layout: LayoutKind = options.layout === 'ave' ? 'ave' : 'force';
  const requested = { width: finite(options.width, 960), height: finite(options.height, 600) };

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

  // Fresh node objects for d3.
  const nodes: LayoutNode[] = graph.nodes.map((node) => ({
    id: node.id,
    kind: node.kind,
    phaseOrder: node.phaseOrder,
    band: bandOf(node),
    radius: layoutRadius(node),
    x: NaN,
    y: NaN,
  }));
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const links: LayoutLink[] = graph.links
    .filter((link) => nodeById.has(link.source) && nodeById.has(link.target))
    .map((link) => ({ source: link.source, target: link.target, type: link.type }));

  // Large graphs get a larger coordinate space (same aspect ratio): ~2.5× the nodes' own area.
  let size = { ...requested };
  const fitSize = () => {
    let area = 0;
    for (const node of nodes) area += Math.PI * (node.radius + 3) ** 2;
    const needed = area * 2.5;
    const scale = Math.max(1, Math.sqrt(needed / (requested.width * requested.height)));
    size = { width: requested.width * scale, height: requested.height * scale };
  };
  fitSize();

  // AVE order within a lane: organisations, meetings, interventions (best connected first); in the
  // neutral strip by the mean column of the node's phased neighbours, so a specialism sits under the
  // phases of the organisations that have it.
  // Computed when first needed (the AVE layout): the force layout of a large graph does without.
  let orderKey: Float64Array | undefined;
  const bands = forceAveBands<LayoutNode>()
    .bandCount(Math.max(1, orders.length))
    .slotted((d) => d.kind !== 'phase')
    .order((_d, i) => (orderKey ??= aveOrderKeys(nodes, links, Math.max(1, orders.length)))[i]!)
    .strength(AVE_PULL)
    .crossStrength(AVE_PULL)
    .neutralXStrength(AVE_PULL)
    .extent({ x0: 0, y0: 0, x1: size.width, y1: size.height });
  const slottedNodes = nodes.filter((n) => n.kind !== 'phase');
  const neutralCount = slottedNodes.filter((n) => n.band == null).length;
  const geometry = (): AveBandGeometry =>
    aveBandGeometry(
      { x0: 0, y0: 0, x1: size.width, y1: size.height },
      Math.max(1, orders.length),
      neutralCount > 0,
      neutralShare(neutralCount, slottedNodes.length),
    );

  // Deterministic initial positions: sunflower (Vogel) spirals, per column in the AVE layout.
  const place = (start?: ReadonlyMap<Id, Point>) => {
    if (layout === 'ave') {
      // Start at the slots: the AVE layout is then (nearly) there from the first frame.
      bands.initialize(nodes, () => 0.5);
      nodes.forEach((node, i) => {
        const given = start?.get(node.id);
        const target = bands.target(i)!;
        const at = given && Number.isFinite(given.x) && Number.isFinite(given.y) ? given : target;
        node.x = at.x;
        node.y = at.y;
      });
      return;
    }
    const g = geometry();
    const groups = new Map<string, LayoutNode[]>();
    for (const node of nodes) {
      const key = layout === 'force' ? 'all' : node.band == null ? 'neutral' : String(node.band);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(node);
    }
    for (const [key, group] of groups) {
      let cx: number;
      let cy: number;
      let rx: number;
      let ry: number;
      if (key === 'all') {
        cx = size.width / 2;
        cy = size.height / 2;
        rx = size.width * 0.4;
        ry = size.height * 0.4;
      } else if (key === 'neutral') {
        const strip = g.neutral!;
        cx = size.width / 2;
        cy = strip.cy;
        rx = size.width * 0.45;
        ry = (strip.y1 - strip.y0) * 0.4;
      } else {
        const range = group[0]!.band!;
        const [lo, hi] = typeof range === 'number' ? [range, range] : range;
        const a = g.columns[lo]!;
        const b = g.columns[hi]!;
        cx = (a.cx + b.cx) / 2;
        cy = g.main.cy;
        rx = (a.x1 - a.x0) * 0.4;
        ry = (g.main.y1 - g.main.y0) * 0.4;
      }
      group.forEach((node, k) => {
        const given = start?.get(node.id);
        if (given && Number.isFinite(given.x) && Number.isFinite(given.y)) {
          node.x = given.x;
          node.y = given.y;
          return;
        }
        const r = Math.sqrt((k + 0.5) / group.length);
        node.x = cx + rx * r * Math.cos(k * GOLDEN_ANGLE);
        node.y = cy + ry * r * Math.sin(k * GOLDEN_ANGLE);
      });
    }
  };

  const userPinned = new Map<Id, Point>();
  for (const [id, point] of options.pinned ?? []) {
    if (nodeById.has(id) && Number.isFinite(point.x) && Number.isFinite(point.y)) userPinned.set(id, { x: point.x, y: point.y });
  }

  /** Applies fx/fy: user pins, and in the AVE layout the phase headers. */
  const applyPins = () => {
    const g = geometry();
    for (const node of nodes) {
      const pinned = userPinned.get(node.id);
      if (pinned) {
        node.fx = node.x = pinned.x;
        node.fy = node.y = pinned.y;
      } else if (layout === 'ave' && node.kind === 'phase' && typeof node.band === 'number') {
        node.fx = node.x = g.columns[node.band]!.cx;
        node.fy = node.y = g.headerY;
      } else {
        node.fx = null;
        node.fy = null;
      }
    }
  };

  place(options.start);
  for (const node of nodes) {
    node.vx = 0;
    node.vy = 0;
  }

  const simulation: Simulation<LayoutNode, LayoutLink> = forceSimulation<LayoutNode, LayoutLink>()
    .stop()
    .alphaMin(ALPHA_MIN)
    .alphaDecay(ALPHA_DECAY)
    .velocityDecay(VELOCITY_DECAY)
    .nodes(nodes);
  // Links are set up once; only the force layout uses them.

  const configure = () => {
    for (const name of ['link', 'charge', 'collide', 'x', 'y', 'bands']) simulation.force(name, null);
    const n = nodes.length;
    const spacing = Math.sqrt((size.width * size.height) / Math.max(1, n));
    if (layout === 'force') {
      simulation
        .force(
          'link',
          forceLink<LayoutNode, LayoutLink>(links.map((l) => ({ source: l.source, target: l.target, type: l.type })))
            .id((d) => d.id)
            .distance((l) => {
              const s = l.source as LayoutNode;
              const t = l.target as LayoutNode;
              return Math.min(spacing, 40) + s.radius + t.radius;
            }),
        );
      if (n > LARGE_GRAPH) {
        // Large graphs: repulsion within a few node spacings + collision in one grid pass (cheap ticks).
        // Softer links: without far-reaching repulsion, d3's default link strength packs the middle.
        const link = simulation.force('link') as ReturnType<typeof forceLink<LayoutNode, LayoutLink>>;
        const defaultStrength = link.strength();
        link.strength((l, i, all) => LARGE_LINK_FACTOR * +defaultStrength(l, i, all));
        // More nodes press harder on the middle: stronger local repulsion keeps them apart.
        const repelScale = Math.sqrt(n / LARGE_GRAPH);
        simulation.force(
          'charge',
          forceLocalRepel<LayoutNode>()
            .strength((d) => (-20 - d.radius * 4) * repelScale)
            .distance(LOCAL_REPEL_DISTANCE)
            .radius((d) => d.radius + 3)
            .collideStrength(1),
        );
      } else {
        simulation
          .force(
            'charge',
            forceManyBody<LayoutNode>()
              .strength((d) => -20 - d.radius * 4)
              .theta(THETA)
              .distanceMax(Math.max(200, spacing * 6)),
          )
          .force('collide', forceCollide<LayoutNode>((d) => d.radius + 3).strength(0.8));
      }
      // Without long-range repulsion (large graphs) a strong pull to the centre would crush the middle.
      const centre = n > LARGE_GRAPH ? 0.04 * (LARGE_GRAPH / n) : 0.04;
      simulation
        .force('x', forceX<LayoutNode>(size.width / 2).strength(centre))
        .force('y', forceY<LayoutNode>(size.height / 2).strength(centre * (size.width / size.height)));
    } else {
      // The slots (force-ave-bands.ts) carry the arrangement; collide resolves what overlaps. No
      // link or many-body forces: they pulled nodes out of their slots (towards the strip's
      // specialisms) and cost most of a tick.
      simulation
        .force('bands', bands)
        .force('collide', forceCollide<LayoutNode>((d) => d.radius + 4).strength(0.8).iterations(n <= 1000 ? 2 : 1));
    }
    applyPins();
    configured = true;
  };
  // Pins apply at once; the forces are set up by `prepare` or the first tick (a large graph's caller
  // can do that in a task of its own).
  let configured = false;
  applyPins();

  let disposed = false;
  const api: LayoutSimulation = {
    prepare() {
      if (!configured && !disposed) configure();
    },
    tick(n = 1) {
      if (disposed) return;
      if (!configured) configure();
      const count = Math.max(0, Math.floor(n));
      for (let i = 0; i < count && simulation.alpha() >= ALPHA_MIN; i++) simulation.tick();
    },
    positions() {
      const out = new Map<Id, Point>();
      for (const node of nodes) out.set(node.id, { x: node.x, y: node.y });
      return out;
    },
    forEachPosition(fn) {
      for (const node of nodes) fn(node.id, node.x, node.y);
    },
    alpha: () => simulation.alpha(),
    settled: () => simulation.alpha() < ALPHA_MIN,
    reheat(alpha = 0.3) {
      const target = Math.min(1, Math.max(0, Number.isFinite(alpha) ? alpha : 0.3));
      if (simulation.alpha() < target) simulation.alpha(target);
    },
    setLayout(next) {
      const value: LayoutKind = next === 'ave' ? 'ave' : 'force';
      if (value === layout) return;
      layout = value;
      configure();
      api.reheat(0.8);
    },
    get layout() {
      return layout;
    },
    pin(id, x, y) {
      const node = nodeById.get(id);
      if (!node || !Number.isFinite(x) || !Number.isFinite(y)) return;
      userPinned.set(id, { x, y });
      node.fx = node.x = x;
      node.fy = node.y = y;
      node.vx = node.vy = 0;
      api.reheat(0.1);
    },
    unpin(id) {
      if (!userPinned.delete(id)) return;
      applyPins();
      api.reheat(0.1);
    },
    resize(width, height) {
      requested.width = finite(width, requested.width);
      requested.height = finite(height, requested.height);
      const before = size;
      fitSize();
      if (before.width === size.width && before.height === size.height) return;
      // Scale positions with the area so the picture keeps its shape.
      const kx = size.width / before.width;
      const ky = size.height / before.height;
      for (const node of nodes) {
        node.x *= kx;
        node.y *= ky;
      }
      bands.extent({ x0: 0, y0: 0, x1: size.width, y1: size.height });
      configure();
      api.reheat(0.3);
    },
    get size() {
      return { ...size };
    },
    bandGeometry: geometry,
    nodeCount: nodes.length,
    dispose() {
      disposed = true;
      simulation.stop();
      for (const name of ['link', 'charge', 'collide', 'x', 'y', 'bands']) simulation.force(name, null);
    },
  };
  return api;
}
