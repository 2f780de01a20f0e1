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
 * - 'ave': the AVE columns (force-ave-bands.ts): every node gets a slot in its column's lane, its track's
 *   lane under the columns (schema 1.1 tracks, ave-order.ts assignLanes) or its group in the neutral strip,
 *   spread evenly over the area, and starts there; collide resolves overlaps. No
 *   link or many-body forces (they made nodes sink towards the neutral strip's specialisms).
 *   Phase nodes are pinned at the top of their column as headers.
 *
 * The AVE part (ave-layout.ts, with forceAveBands) and forceLocalRepel come from a lazy chunk (layout-forces.ts):
 * load it before asking for the AVE layout (usesLazyForces tells when a layout wants it).
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
import type { AveBandGeometry, BandValue } from './ave-band-geometry.js';
import type { AveLayout } from './ave-layout.js';
import { layoutForces, loadedLayoutForces } from './layout-forces.js';

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
  /** Band (column) index or range for the AVE layout (set when first used); undefined = no phase (neutral strip). */
  band: BandValue;
  /** Track lane for the AVE layout (set when first used); undefined = on no track, or across most of them. */
  lane?: number | undefined;
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
  /**
   * The AVE column geometry in layout coordinates (also valid, but unused, in the force layout). Like the AVE
   * layout it needs the lazy forces (layout-forces.ts).
   */
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

/** Above this many nodes the force layout uses forceLocalRepel instead of many-body + collide. */
export const LARGE_GRAPH = 400;

/**
 * True when a layout of `nodeCount` nodes uses the forces of the lazy chunk (layout-forces.ts): the AVE
 * layout always, the force layout above LARGE_GRAPH nodes (without them it falls back to many-body + collide).
 */
export function usesLazyForces(nodeCount: number, layout: LayoutKind): boolean {
  return layout === 'ave' || nodeCount > LARGE_GRAPH;
}

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

/** Pull towards an anchor (force layout): the phases on their line, the unlinked nodes in their row. */
const ANCHOR_PULL = 0.3;

/**
 * Fixed places in the force layout: the AVE phases in order (1, 2, 3, 4) on a line across the middle, and
 * the nodes without any link in one row along the bottom edge (a group of their own, not scattered
 * through the network as if they were part of it). Every other node has no anchor.
 */
export function forceAnchors(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  size: { width: number; height: number },
): Map<LayoutNode, Point> {
  const anchors = new Map<LayoutNode, Point>();
  const phases = nodes.filter((n) => n.kind === 'phase' && n.phaseOrder !== undefined).sort((a, b) => a.phaseOrder! - b.phaseOrder!);
  phases.forEach((node, i) =>
    anchors.set(node, { x: size.width * (phases.length > 1 ? 0.2 + (0.6 * i) / (phases.length - 1) : 0.5), y: size.height / 2 }),
  );
  const linked = new Set<Id>();
  for (const link of links) {
    linked.add(typeof link.source === 'object' ? link.source.id : link.source);
    linked.add(typeof link.target === 'object' ? link.target.id : link.target);
  }
  const lonely = nodes.filter((n) => n.kind !== 'phase' && !linked.has(n.id));
  const step = Math.min(0.12, 0.8 / Math.max(1, lonely.length));
  lonely.forEach((node, i) => anchors.set(node, { x: size.width * (0.5 + (i - (lonely.length - 1) / 2) * step), y: size.height * 0.97 }));
  return anchors;
}

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

function finite(n: number, fallback: number): number {
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function createLayoutSimulation(graph: NetworkGraph, options: LayoutOptions): LayoutSimulation {
  let layout: LayoutKind = options.layout === 'ave' ? 'ave' : 'force';
  const requested = { width: finite(options.width, 960), height: finite(options.height, 600) };

  // Fresh node objects for d3.
  const nodes: LayoutNode[] = graph.nodes.map((node) => ({
    id: node.id,
    kind: node.kind,
    phaseOrder: node.phaseOrder,
    band: undefined,
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

  // The AVE part (bands, lanes, order, the slot force and its geometry: ave-layout.ts) is made when the AVE layout
  // is first used (it comes from a lazy chunk).
  let ave: AveLayout | undefined;
  const aveOf = (): AveLayout => (ave ??= layoutForces().aveLayout(graph, nodes, links, size));
  /** The AVE geometry (columns, lanes, groups) of the current size: the force's own. */
  const geometry = (): AveBandGeometry => aveOf().geometry();

  // Deterministic initial positions: the AVE slots, or a sunflower (Vogel) spiral in the force layout.
  const place = (start?: ReadonlyMap<Id, Point>) => {
    if (layout === 'ave') return aveOf().place(start);
    // The force layout: one sunflower spiral around the centre.
    const cx = size.width / 2;
    const cy = size.height / 2;
    const rx = size.width * 0.4;
    const ry = size.height * 0.4;
    nodes.forEach((node, k) => {
      const given = start?.get(node.id);
      if (given && Number.isFinite(given.x) && Number.isFinite(given.y)) {
        node.x = given.x;
        node.y = given.y;
        return;
      }
      const r = Math.sqrt((k + 0.5) / nodes.length);
      node.x = cx + rx * r * Math.cos(k * GOLDEN_ANGLE);
      node.y = cy + ry * r * Math.sin(k * GOLDEN_ANGLE);
    });
  };

  const userPinned = new Map<Id, Point>();
  for (const [id, point] of options.pinned ?? []) {
    if (nodeById.has(id) && Number.isFinite(point.x) && Number.isFinite(point.y)) userPinned.set(id, { x: point.x, y: point.y });
  }

  /** Applies fx/fy: user pins, and in the AVE layout the phase headers. */
  const applyPins = () => {
    for (const node of nodes) {
      const pinned = userPinned.get(node.id) ?? (layout === 'ave' ? aveOf().header(node) : undefined);
      if (pinned) {
        node.fx = node.x = pinned.x;
        node.fy = node.y = pinned.y;
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
      const link = forceLink<LayoutNode, LayoutLink>(links.map((l) => ({ source: l.source, target: l.target, type: l.type })))
        .id((d) => d.id)
        .distance((l) => {
          const s = l.source as LayoutNode;
          const t = l.target as LayoutNode;
          return Math.min(spacing, 40) + s.radius + t.radius;
        });
      // The forces of large graphs are in a lazy chunk (large-graph-forces.ts): until it is in, large graphs use
      // the many-body forces below.
      const large = n > LARGE_GRAPH ? loadedLayoutForces()?.largeGraphForces : undefined;
      if (large) large(simulation, link, n / LARGE_GRAPH);
      else {
        simulation
          .force('link', link)
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
      const centre = large ? 0.04 * (LARGE_GRAPH / n) : 0.04;
      const anchors = forceAnchors(nodes, links, size);
      simulation
        .force('x', forceX<LayoutNode>((d) => anchors.get(d)?.x ?? size.width / 2).strength((d) => (anchors.has(d) ? ANCHOR_PULL : centre)))
        .force(
          'y',
          forceY<LayoutNode>((d) => anchors.get(d)?.y ?? size.height / 2).strength((d) =>
            anchors.has(d) ? ANCHOR_PULL : centre * (size.width / size.height),
          ),
        );
    } else {
      aveOf().configure(simulation);
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
      ave?.resize(size);
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
