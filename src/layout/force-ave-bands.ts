/**
 * forceAveBands: a d3 force (in the style of d3-force's `forceX` / `forceRadial`) that lays the
 * escalation ladder out as COLUMNS, left → right in phase order (AVE 1 | AVE 2 | AVE 3 | AVE 4),
 * so the map reads like the escalation model itself.
 *
 * Geometry (see `aveBandGeometry`):
 *
 *   ┌────────┬────────┬────────┬────────┐  y0
 *   │ AVE 1  │ AVE 2  │ AVE 3  │ AVE 4  │  ← header row: phase nodes are pinned here (headerY)
 *   │   ·    │  · ·   │   ·    │  · ·   │
 *   │  · ·   │   ·    │  · ·   │   ·    │  ← main area: nodes with a phase
 *   ├────────┴────────┴────────┴────────┤
 *   │ Spoor: …   ·           ·      ·   │  ← a lane per track (schema 1.1 `tracks`, `lane`): nodes on that
 *   ├───────────────────────────────────┤     track, under their phases' columns when they have phases
 *   │ Strafrechtelijk spoor  ·   ·   ·  │
 *   ├───────────────────────────────────┤
 *   │ Org.   ·· │ Overl. · │ Spec. ··· │  ← neutral strip: nodes with neither, in blocks per `group`
 *   └───────────────────────────────────┘     (their kind; the unlinked ones last)  y1
 *
 * Heights follow the rows each area needs (a row plan; see aveBandGeometry), with a caption row on top of
 * each lane and of the strip (the render draws the names there: render/map-captions.ts).
 *
 * A node acting in several phases gets a band RANGE (e.g. [1, 2]): it is kept inside that range and
 * sits in the LANE at the range's middle: a column's interior, or the border between two columns.
 *
 * Slots: every node (unless `slotted` says no, e.g. the pinned phase headers) gets a target of its
 * own: each lane is a grid spread evenly down the main area from just under the header row (rows
 * no further apart than twice the fullest lane's pitch), ordered by `order`; the neutral strip is a
 * grid filled column by column, so an order by x (e.g. the mean column of a node's neighbours) puts
 * nodes under the columns they relate to; with groups, each group is such a block, the blocks ordered by the
 * mean `position` of their members. Without a row plan the strip's height follows its share of the nodes
 * (`neutralShare`). Pulling towards the slots (`strength` along x for phased nodes, `crossStrength`
 * along y; `strength` along y and `neutralXStrength` along x in the strip) leaves no empty band
 * under the headers and no pile-up, deterministically.
 *
 * The force only changes velocities (vx, vy), like every d3 force; it never pins nodes. The layout
 * (create-simulation.ts) pins the phase nodes at their header positions with fx/fy.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';
import {
  aveBandGeometry,
  BORDER_LANE_SHARE,
  gridFor,
  neutralShare,
  type AveBandGeometry,
  type AveRowPlan,
  type BandColumn,
  type BandValue,
  type Extent,
} from './ave-band-geometry.js';

// The geometry lived here before it had a module of its own: its names stay importable from here.
export * from './ave-band-geometry.js';

export type NodeAccessor<N, T> = (node: N, index: number, nodes: readonly N[]) => T;

export interface AveBandsForce<N extends SimulationNodeDatum> extends Force<N, undefined> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  /** Per-node band accessor (default `d => d.band`). */
  band(): NodeAccessor<N, BandValue>;
  band(band: NodeAccessor<N, BandValue>): this;
  /** Per-node radius accessor used to keep nodes inside their column (default `d => d.radius ?? 0`). */
  radius(): NodeAccessor<N, number>;
  radius(radius: number | NodeAccessor<N, number>): this;
  /** Number of bands (columns). Default 4. */
  bandCount(): number;
  bandCount(count: number): this;
  /** The area to lay out in. Default 0,0 – 960,600. */
  extent(): Extent;
  extent(extent: Extent): this;
  /** Pull towards the column (x) for nodes with a phase, towards the strip (y) for nodes without. Default 0.3. */
  strength(): NodeAccessor<N, number>;
  strength(strength: number | NodeAccessor<N, number>): this;
  /** Pull along the other axis, towards the middle of the node's area. Default 0.03. */
  crossStrength(): number;
  crossStrength(strength: number): this;
  /** Pull of nodes without a phase towards the horizontal middle (their x is mostly left to the links). Default 0.003. */
  neutralXStrength(): number;
  neutralXStrength(strength: number): this;
  /** How hard a node outside its area is pushed back (times alpha). Default 1. */
  containStrength(): number;
  containStrength(strength: number): this;
  /** Which nodes get a slot (default all); others (e.g. pinned headers) only get the column pull. */
  slotted(): NodeAccessor<N, boolean>;
  slotted(slotted: NodeAccessor<N, boolean>): this;
  /** Sort key of a node within its lane / the neutral strip (default: its index). */
  order(): NodeAccessor<N, number>;
  order(order: NodeAccessor<N, number>): this;
  /** Per-node track lane (index in track order; undefined: on no track). Default `d => d.lane`. */
  lane(): NodeAccessor<N, number | undefined>;
  lane(lane: NodeAccessor<N, number | undefined>): this;
  /** Number of track lanes. Default 0. */
  laneCount(): number;
  laneCount(count: number): this;
  /** Group of a node in the neutral strip (nodes of a group sit together; `UNLINKED` comes last). Default: one group. */
  group(): NodeAccessor<N, string | undefined>;
  group(group: NodeAccessor<N, string | undefined>): this;
  /**
   * Where along the bands a node belongs (a band index, fractional allowed): places nodes within a track lane
   * and orders the neutral groups. Default: the middle.
   */
  position(): NodeAccessor<N, number>;
  position(position: NodeAccessor<N, number>): this;
  /** The current geometry (columns, header row, main area, lanes, neutral strip and its groups). */
  geometry(): AveBandGeometry;
  /** The target (slot) of node `i` after initialize. */
  target(i: number): { x: number; y: number } | undefined;
}

function constant<N, T>(value: T): NodeAccessor<N, T> {
  return () => value;
}

const defaultBand = (node: SimulationNodeDatum): BandValue => (node as { band?: BandValue }).band;
const defaultRadius = (node: SimulationNodeDatum): number => {
  const r = (node as { radius?: unknown }).radius;
  return typeof r === 'number' && Number.isFinite(r) ? r : 0;
};

/** Normalises a band value to [from, to] or null (no phase). */
export function bandRange(value: BandValue): [number, number] | null {
  if (value == null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? [value, value] : null;
  const [a, b] = value;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a <= b ? [a, b] : [b, a];
}

/** The neutral group of the nodes without any link: placed last, with a caption saying why they stand apart. */
export const UNLINKED = 'unlinked';
/** Horizontal pitches (layout units) the row plan aims at: main-area lanes, track lanes, the neutral strip. */
const MAIN_PITCH = 80;
const LANE_PITCH = 110;
const NEUTRAL_PITCH = 60;
/** Space between two neutral groups. */
const GROUP_GAP = 28;
/** Width of the unlinked group (room for its caption), at most 30 % of the width. */
const UNLINKED_WIDTH = 290;

const defaultLane = (node: SimulationNodeDatum): number | undefined => {
  const lane = (node as { lane?: unknown }).lane;
  return typeof lane === 'number' ? lane : undefined;
};

/**
 * `wanted` x values (sorted ascending) moved apart to at least `gap` (less when they do not fit in
 * [x0, x1]), each as near its wish as that allows; a lone value keeps its place.
 */
export function spreadAlong(wanted: readonly number[], x0: number, x1: number, gap: number): number[] {
  const n = wanted.length;
  if (n === 0) return [];
  const step = Math.min(gap, (x1 - x0) / n);
  const lo = x0 + step / 2;
  const hi = x1 - step / 2;
  const xs = wanted.map((x) => Math.min(hi, Math.max(lo, x)));
  for (let i = 1; i < n; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + step);
  xs[n - 1] = Math.min(xs[n - 1]!, hi);
  for (let i = n - 2; i >= 0; i--) xs[i] = Math.min(xs[i]!, xs[i + 1]! - step);
  return xs;
}

export function forceAveBands<N extends SimulationNodeDatum>(): AveBandsForce<N> {
  let nodes: N[] = [];
  let band: NodeAccessor<N, BandValue> = defaultBand;
  let radius: NodeAccessor<N, number> = defaultRadius;
  let strength: NodeAccessor<N, number> = constant(0.3);
  let crossStrength = 0.03;
  let neutralXStrength = 0.003;
  let containStrength = 1;
  let slotted: NodeAccessor<N, boolean> = constant(true);
  let order: NodeAccessor<N, number> = (_node, i) => i;
  let bandCount = 4;
  let lane: NodeAccessor<N, number | undefined> = defaultLane;
  let laneCount = 0;
  let group: NodeAccessor<N, string | undefined> = constant(undefined);
  let position: NodeAccessor<N, number> = constant(NaN);
  let extent: Extent = { x0: 0, y0: 0, x1: 960, y1: 600 };
  let geometry = aveBandGeometry(extent, bandCount, false);

  // Precomputed per node (initialize): target, strengths, and the box the node must stay in.
  let targetX = new Float64Array(0);
  let targetY = new Float64Array(0);
  let strengthX = new Float64Array(0);
  let strengthY = new Float64Array(0);
  let minX = new Float64Array(0);
  let maxX = new Float64Array(0);
  let minY = new Float64Array(0);
  let maxY = new Float64Array(0);

  function force(alpha: number): void {
    for (let i = 0, n = nodes.length; i < n; ++i) {
      const node = nodes[i]!;
      const x = node.x ?? 0;
      const y = node.y ?? 0;
      let vx = (targetX[i]! - x) * strengthX[i]! * alpha;
      let vy = (targetY[i]! - y) * strengthY[i]! * alpha;
      if (x < minX[i]!) vx += (minX[i]! - x) * containStrength * alpha;
      else if (x > maxX[i]!) vx += (maxX[i]! - x) * containStrength * alpha;
      if (y < minY[i]!) vy += (minY[i]! - y) * containStrength * alpha;
      else if (y > maxY[i]!) vy += (maxY[i]! - y) * containStrength * alpha;
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
      // A node inside its area never steps over the area's top (the caption row of a lane or group is there).
      if (y >= minY[i]! && y + node.vy < minY[i]!) node.vy = minY[i]! - y;
    }
  }

  function initialize(): void {
    const n = nodes.length;
    const ranges = new Array<[number, number] | null>(n);
    const lanesOf = new Array<number | undefined>(n);
    const inSlots = new Array<boolean>(n);
    let neutralCount = 0;
    let slotCount = 0;
    for (let i = 0; i < n; ++i) {
      const range = bandRange(band(nodes[i]!, i, nodes));
      ranges[i] = range ? [clampBand(range[0]), clampBand(range[1])] : null;
      const l = lane(nodes[i]!, i, nodes);
      lanesOf[i] = typeof l === 'number' && Number.isInteger(l) && l >= 0 && l < laneCount ? l : undefined;
      inSlots[i] = slotted(nodes[i]!, i, nodes) !== false;
      if (!inSlots[i]) continue;
      slotCount++;
      if (!range && lanesOf[i] === undefined) neutralCount++;
    }
    const members = membersOf(ranges, lanesOf, inSlots);
    geometry = aveBandGeometry(
      extent,
      bandCount,
      neutralCount > 0,
      neutralShare(neutralCount, slotCount),
      laneCount > 0 || neutralCount > 0 ? rowPlan(members) : undefined,
    );
    targetX = new Float64Array(n);
    targetY = new Float64Array(n);
    strengthX = new Float64Array(n);
    strengthY = new Float64Array(n);
    minX = new Float64Array(n);
    maxX = new Float64Array(n);
    minY = new Float64Array(n);
    maxY = new Float64Array(n);
    const { columns, main, neutral } = geometry;
    const laneGeometry = new Map(geometry.lanes.map((l) => [l.index, l]));
    const midX = (extent.x0 + extent.x1) / 2;
    for (let i = 0; i < n; ++i) {
      const node = nodes[i]!;
      const r = Math.max(0, +radius(node, i, nodes) || 0);
      const s = +strength(node, i, nodes);
      const pull = Number.isFinite(s) ? s : 0;
      const range = ranges[i];
      const laneBox = inSlots[i] && lanesOf[i] !== undefined ? laneGeometry.get(lanesOf[i]!) : undefined;
      if (laneBox) {
        // On a track: its lane; within it, under the columns of its phases when it has any.
        const x0 = range ? columns[Math.floor(range[0])]!.x0 : extent.x0;
        const x1 = range ? columns[Math.ceil(range[1])]!.x1 : extent.x1;
        targetX[i] = range ? (lerpColumn(columns, range[0]) + lerpColumn(columns, range[1])) / 2 : midX;
        targetY[i] = laneBox.cy;
        strengthX[i] = pull;
        strengthY[i] = pull;
        setBox(i, x0 + r, x1 - r, laneBox.top + r, laneBox.y1 - r);
      } else if (range) {
        const from = columns[Math.floor(range[0])]!;
        const to = columns[Math.ceil(range[1])]!;
        const fromX = lerpColumn(columns, range[0]);
        const toX = lerpColumn(columns, range[1]);
        targetX[i] = (fromX + toX) / 2;
        targetY[i] = main.cy;
        strengthX[i] = pull;
        strengthY[i] = crossStrength;
        setBox(i, from.x0 + r, to.x1 - r, main.y0 + r, main.y1 - r);
      } else {
        const strip = neutral ?? { y0: extent.y0, y1: extent.y1, cy: (extent.y0 + extent.y1) / 2 };
        targetX[i] = midX;
        targetY[i] = strip.cy;
        strengthX[i] = neutralXStrength;
        strengthY[i] = pull;
        setBox(i, extent.x0 + r, extent.x1 - r, (neutral?.top ?? strip.y0) + r, strip.y1 - r);
      }
    }
    assignSlots(members);
  }

  interface Members {
    /** Column lanes of the main area: 2 * band for a column's interior, 2 * band + 1 for the border after it. */
    main: Map<number, number[]>;
    /** Nodes per track lane. */
    lanes: Map<number, number[]>;
    /** Neutral nodes per group key, in the order the groups are first met. */
    groups: Map<string, number[]>;
  }

  function membersOf(ranges: Array<[number, number] | null>, lanesOf: Array<number | undefined>, inSlots: boolean[]): Members {
    const out: Members = { main: new Map(), lanes: new Map(), groups: new Map() };
    const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(i);
    };
    for (let i = 0; i < nodes.length; ++i) {
      if (!inSlots[i]) continue;
      const range = ranges[i];
      if (lanesOf[i] !== undefined) push(out.lanes, lanesOf[i]!, i);
      else if (range) push(out.main, Math.round(range[0] + range[1]), i);
      else push(out.groups, group(nodes[i]!, i, nodes) ?? '', i);
    }
    return out;
  }

  /** Rows each area needs at a comfortable pitch (labels under the nodes need room across). */
  function rowPlan(members: Members): AveRowPlan {
    const width = extent.x1 - extent.x0;
    const columnWidth = width / Math.max(1, bandCount);
    let main = 0;
    for (const [lane, list] of members.main) {
      const laneWidth = lane % 2 === 1 ? columnWidth * BORDER_LANE_SHARE : columnWidth;
      main = Math.max(main, Math.ceil(list.length / Math.max(1, Math.floor(laneWidth / MAIN_PITCH))));
    }
    const lanes = Array.from({ length: laneCount }, (_, l) => {
      const count = members.lanes.get(l)?.length ?? 0;
      return count === 0 ? 0 : Math.ceil(count / Math.max(1, Math.floor(width / LANE_PITCH)));
    });
    let neutral = 0;
    for (const list of members.groups.values()) neutral += list.length;
    return { main, lanes, neutral: Math.ceil(neutral / Math.max(1, Math.floor(width / NEUTRAL_PITCH))) };
  }

  /**
   * Spreads the nodes over their area instead of letting them pile up around one point: every node
   * with a phase gets a slot in a LANE (a column's interior, or the border between two columns for
   * ranges whose middle falls there), laid out as a grid spread evenly down the main area; nodes on a
   * track get a slot in their track's lane (under their phases' columns, or spread in `position` order);
   * nodes with neither go to their GROUP in the neutral strip: compact blocks side by side, ordered by
   * the mean `position` of their members (so a group sits under the columns it links to), each a grid
   * filled column by column in `order`.
   */
  function assignSlots(members: Members): void {
    const { columns, main, neutral } = geometry;
    const n = nodes.length;
    const keys = new Float64Array(n);
    const at = new Float64Array(n);
    for (let i = 0; i < n; ++i) {
      const k = +order(nodes[i]!, i, nodes);
      keys[i] = Number.isFinite(k) ? k : i;
      const p = +position(nodes[i]!, i, nodes);
      at[i] = Number.isFinite(p) ? Math.min(bandCount - 1, Math.max(0, p)) : (bandCount - 1) / 2;
    }
    const byOrder = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
    const lanes = members.main;
    const columnWidth = columns.length > 0 ? columns[0]!.x1 - columns[0]!.x0 : extent.x1 - extent.x0;
    const borderHalf = columnWidth * BORDER_LANE_SHARE / 2;
    const laneExtent = (lane: number): [number, number] => {
      if (lane % 2 === 1) {
        const x = columns[(lane - 1) / 2]!.x1;
        return [x - borderHalf, x + borderHalf];
      }
      const column = columns[lane / 2]!;
      const left = lanes.has(lane - 1) ? borderHalf : 0;
      const right = lanes.has(lane + 1) ? borderHalf : 0;
      return [column.x0 + left, column.x1 - right];
    };
    const mainHeight = main.y1 - main.y0;
    // Rows of the fullest lane set the pitch a sparse lane may not exceed (twice it): a lane with two
    // nodes does not stretch them from the header to the strip, but neither do they clump.
    let rowsMax = 1;
    const grids = new Map<number, { cols: number; rows: number }>();
    for (const [lane, list] of lanes) {
      const [x0, x1] = laneExtent(lane);
      const grid = gridFor(list.length, x1 - x0, mainHeight);
      grids.set(lane, grid);
      rowsMax = Math.max(rowsMax, grid.rows);
    }
    for (const [lane, list] of lanes) {
      list.sort(byOrder);
      const [x0, x1] = laneExtent(lane);
      const { cols, rows } = grids.get(lane)!;
      const pitchY = Math.min(mainHeight / rows, (2 * mainHeight) / rowsMax);
      const pitchX = (x1 - x0) / cols;
      list.forEach((i, k) => {
        const row = Math.floor(k / cols);
        const inRow = Math.min(cols, list.length - row * cols);
        // A short last row is centred.
        const col = (k % cols) + (cols - inRow) / 2;
        // Odd rows shift by a quarter pitch so links between rows do not run through nodes.
        const shift = cols > 1 && row % 2 === 1 ? pitchX / 4 : 0;
        setSlot(i, x0 + (col + 0.5) * pitchX + shift, main.y0 + (row + 0.5) * pitchY);
      });
    }
    // Track lanes: one or more rows across the width; each node as near its columns as the others allow.
    for (const box of geometry.lanes) {
      const list = members.lanes.get(box.index) ?? [];
      const rows = Math.max(1, Math.ceil(list.length / Math.max(1, Math.floor((extent.x1 - extent.x0) / LANE_PITCH))));
      list.sort((a, b) => at[a]! - at[b]! || byOrder(a, b));
      const pitchY = (box.y1 - box.top) / rows;
      for (let row = 0; row < rows; row++) {
        const inRow = list.filter((_, k) => k % rows === row);
        const xs = spreadAlong(inRow.map((i) => lerpColumn(columns, at[i]!)), extent.x0, extent.x1, LANE_PITCH);
        inRow.forEach((i, k) => setSlot(i, xs[k]!, box.top + (row + 0.5) * pitchY));
      }
    }
    geometry.groups = [];
    if (!neutral || members.groups.size === 0) return;
    // Neutral groups side by side, ordered by where their members link to; widths follow their sizes.
    const groups = [...members.groups].map(([key, list]) => ({
      key,
      list: list.sort(byOrder),
      mean: list.reduce((sum, i) => sum + at[i]!, 0) / list.length,
    }));
    groups.sort((a, b) => Number(a.key === UNLINKED) - Number(b.key === UNLINKED) || a.mean - b.mean || (a.key < b.key ? -1 : 1));
    const width = extent.x1 - extent.x0;
    const gap = groups.length > 1 ? Math.min(GROUP_GAP, width / (groups.length * 4)) : 0;
    // The unlinked group is wide enough for its caption ("Nog geen verbinding vastgelegd").
    const weight = (g: (typeof groups)[number]) => Math.max(2, g.list.length);
    const unlinkedWidth = groups.some((g) => g.key === UNLINKED) ? Math.min(UNLINKED_WIDTH, width * 0.3) : 0;
    const total = groups.reduce((sum, g) => sum + (g.key === UNLINKED ? 0 : weight(g)), 0);
    const top = neutral.top ?? neutral.y0;
    const height = neutral.y1 - top;
    let x = extent.x0;
    for (const g of groups) {
      const rest = width - gap * (groups.length - 1) - unlinkedWidth;
      const share = g.key === UNLINKED ? (total > 0 ? unlinkedWidth : width) : (rest * weight(g)) / total;
      const x0 = x;
      const x1 = x0 + share;
      x = x1 + gap;
      geometry.groups.push({ key: g.key, x0, x1, count: g.list.length });
      const { cols, rows } = gridFor(g.list.length, x1 - x0, height);
      const pitchX = (x1 - x0) / cols;
      const pitchY = height / rows;
      g.list.forEach((i, k) => {
        // Column-major: consecutive nodes go down a column first, so the order maps onto x.
        const col = Math.floor(k / rows);
        const row = k % rows;
        setSlot(i, x0 + (col + 0.5) * pitchX, top + (row + 0.5) * pitchY);
        // A node stays in its group's block (its box in the strip was the whole width, less its radius).
        const r = Math.max(0, minX[i]! - extent.x0);
        minX[i] = Math.max(minX[i]!, x0 + r);
        maxX[i] = Math.min(maxX[i]!, x1 - r);
        if (minX[i] > maxX[i]) minX[i] = maxX[i] = (x0 + x1) / 2;
      });
    }
  }

  function setSlot(i: number, x: number, y: number): void {
    targetX[i] = Math.min(maxX[i]!, Math.max(minX[i]!, x));
    targetY[i] = Math.min(maxY[i]!, Math.max(minY[i]!, y));
  }

  function setBox(i: number, x0: number, x1: number, y0: number, y1: number): void {
    // A node larger than its box is kept at the box's centre line.
    if (x0 > x1) x0 = x1 = (x0 + x1) / 2;
    if (y0 > y1) y0 = y1 = (y0 + y1) / 2;
    minX[i] = x0;
    maxX[i] = x1;
    minY[i] = y0;
    maxY[i] = y1;
  }

  function clampBand(value: number): number {
    return Math.min(bandCount - 1, Math.max(0, value));
  }

  const api = force as AveBandsForce<N>;

  api.initialize = (_nodes: N[]) => {
    nodes = _nodes;
    initialize();
  };

  api.band = ((_?: NodeAccessor<N, BandValue>) => {
    if (_ === undefined) return band;
    band = _;
    initialize();
    return api;
  }) as AveBandsForce<N>['band'];

  api.radius = ((_?: number | NodeAccessor<N, number>) => {
    if (_ === undefined) return radius;
    radius = typeof _ === 'function' ? _ : constant(+_);
    initialize();
    return api;
  }) as AveBandsForce<N>['radius'];

  api.bandCount = ((_?: number) => {
    if (_ === undefined) return bandCount;
    bandCount = Math.max(1, Math.floor(+_) || 1);
    initialize();
    return api;
  }) as AveBandsForce<N>['bandCount'];

  api.extent = ((_?: Extent) => {
    if (_ === undefined) return { ...extent };
    extent = { x0: +_.x0, y0: +_.y0, x1: +_.x1, y1: +_.y1 };
    initialize();
    return api;
  }) as AveBandsForce<N>['extent'];

  api.strength = ((_?: number | NodeAccessor<N, number>) => {
    if (_ === undefined) return strength;
    strength = typeof _ === 'function' ? _ : constant(+_);
    initialize();
    return api;
  }) as AveBandsForce<N>['strength'];

  api.crossStrength = ((_?: number) => {
    if (_ === undefined) return crossStrength;
    crossStrength = +_;
    initialize();
    return api;
  }) as AveBandsForce<N>['crossStrength'];

  api.neutralXStrength = ((_?: number) => {
    if (_ === undefined) return neutralXStrength;
    neutralXStrength = +_;
    initialize();
    return api;
  }) as AveBandsForce<N>['neutralXStrength'];

  api.containStrength = ((_?: number) => {
    if (_ === undefined) return containStrength;
    containStrength = +_;
    return api;
  }) as AveBandsForce<N>['containStrength'];

  api.slotted = ((_?: NodeAccessor<N, boolean>) => {
    if (_ === undefined) return slotted;
    slotted = _;
    initialize();
    return api;
  }) as AveBandsForce<N>['slotted'];

  api.order = ((_?: NodeAccessor<N, number>) => {
    if (_ === undefined) return order;
    order = _;
    initialize();
    return api;
  }) as AveBandsForce<N>['order'];

  api.lane = ((_?: NodeAccessor<N, number | undefined>) => {
    if (_ === undefined) return lane;
    lane = _;
    initialize();
    return api;
  }) as AveBandsForce<N>['lane'];

  api.laneCount = ((_?: number) => {
    if (_ === undefined) return laneCount;
    laneCount = Math.max(0, Math.floor(+_) || 0);
    initialize();
    return api;
  }) as AveBandsForce<N>['laneCount'];

  api.group = ((_?: NodeAccessor<N, string | undefined>) => {
    if (_ === undefined) return group;
    group = _;
    initialize();
    return api;
  }) as AveBandsForce<N>['group'];

  api.position = ((_?: NodeAccessor<N, number>) => {
    if (_ === undefined) return position;
    position = _;
    initialize();
    return api;
  }) as AveBandsForce<N>['position'];

  api.geometry = () => geometry;

  api.target = (i: number) => (i >= 0 && i < targetX.length ? { x: targetX[i]!, y: targetY[i]! } : undefined);

  return api;
}

/** x of a (possibly fractional) band index: the column centre, interpolated between columns. */
function lerpColumn(columns: readonly BandColumn[], value: number): number {
  const lo = Math.floor(value);
  const hi = Math.ceil(value);
  const a = columns[lo]!.cx;
  const b = columns[hi]!.cx;
  return a + (b - a) * (value - lo);
}
