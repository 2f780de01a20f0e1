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
 *   │  ·  ·  (no phase)  ·   ·   ·      │  ← neutral strip: nodes without a phase (specialisms,
 *   └───────────────────────────────────┘     entities whose file lists no phase)  y1
 *
 * A node acting in several phases gets a band RANGE (e.g. [1, 2]): it is pulled to the middle of
 * that range and kept inside it, so it sits on the border between the columns it spans.
 * In the neutral strip, x is left to the links (a specialism drifts towards the organisations that
 * have it) with only a very weak pull to the middle (`neutralXStrength`).
 *
 * The force only changes velocities (vx, vy), like every d3 force; it never pins nodes. The layout
 * (create-simulation.ts) pins the phase nodes at their header positions with fx/fy.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';

/** A band index, a band range [from, to] (inclusive, from ≤ to), or null/undefined for "no phase". */
export type BandValue = number | readonly [number, number] | null | undefined;

export type NodeAccessor<N, T> = (node: N, index: number, nodes: readonly N[]) => T;

export interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface BandColumn {
  /** Band index (0 = lowest phase). */
  index: number;
  x0: number;
  x1: number;
  /** Horizontal centre of the column. */
  cx: number;
}

export interface AveBandGeometry {
  extent: Extent;
  columns: BandColumn[];
  /** Vertical centre of the header row, where phase nodes sit. */
  headerY: number;
  /** The area for nodes with a phase (below the header row). */
  main: { y0: number; y1: number; cy: number };
  /** The strip for nodes without a phase, or null when there are none. */
  neutral: { y0: number; y1: number; cy: number } | null;
}

/** Share of the height given to the neutral strip when there are nodes without a phase. */
export const NEUTRAL_SHARE = 0.22;

/** The column layout for `bandCount` bands inside `extent`. */
export function aveBandGeometry(extent: Extent, bandCount: number, withNeutral: boolean): AveBandGeometry {
  const count = Math.max(1, Math.floor(bandCount) || 1);
  const width = extent.x1 - extent.x0;
  const height = extent.y1 - extent.y0;
  const columnWidth = width / count;
  const columns: BandColumn[] = [];
  for (let i = 0; i < count; i++) {
    const x0 = extent.x0 + i * columnWidth;
    columns.push({ index: i, x0, x1: x0 + columnWidth, cx: x0 + columnWidth / 2 });
  }
  const header = Math.min(64, Math.max(32, height * 0.08));
  const neutralHeight = withNeutral ? height * NEUTRAL_SHARE : 0;
  const mainY0 = extent.y0 + header;
  const mainY1 = extent.y1 - neutralHeight;
  return {
    extent: { ...extent },
    columns,
    headerY: extent.y0 + header / 2,
    main: { y0: mainY0, y1: mainY1, cy: (mainY0 + mainY1) / 2 },
    neutral: withNeutral ? { y0: mainY1, y1: extent.y1, cy: (mainY1 + extent.y1) / 2 } : null,
  };
}

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
  /** The current geometry (columns, header row, main area, neutral strip). */
  geometry(): AveBandGeometry;
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

export function forceAveBands<N extends SimulationNodeDatum>(): AveBandsForce<N> {
  let nodes: N[] = [];
  let band: NodeAccessor<N, BandValue> = defaultBand;
  let radius: NodeAccessor<N, number> = defaultRadius;
  let strength: NodeAccessor<N, number> = constant(0.3);
  let crossStrength = 0.03;
  let neutralXStrength = 0.003;
  let containStrength = 1;
  let bandCount = 4;
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
    }
  }

  function initialize(): void {
    const n = nodes.length;
    const ranges = new Array<[number, number] | null>(n);
    let withNeutral = false;
    for (let i = 0; i < n; ++i) {
      const range = bandRange(band(nodes[i]!, i, nodes));
      ranges[i] = range ? [clampBand(range[0]), clampBand(range[1])] : null;
      if (!range) withNeutral = true;
    }
    geometry = aveBandGeometry(extent, bandCount, withNeutral);
    targetX = new Float64Array(n);
    targetY = new Float64Array(n);
    strengthX = new Float64Array(n);
    strengthY = new Float64Array(n);
    minX = new Float64Array(n);
    maxX = new Float64Array(n);
    minY = new Float64Array(n);
    maxY = new Float64Array(n);
    const { columns, main, neutral } = geometry;
    const midX = (extent.x0 + extent.x1) / 2;
    for (let i = 0; i < n; ++i) {
      const node = nodes[i]!;
      const r = Math.max(0, +radius(node, i, nodes) || 0);
      const s = +strength(node, i, nodes);
      const pull = Number.isFinite(s) ? s : 0;
      const range = ranges[i];
      if (range) {
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
        const strip = neutral!;
        targetX[i] = midX;
        targetY[i] = strip.cy;
        strengthX[i] = neutralXStrength;
        strengthY[i] = pull;
        setBox(i, extent.x0 + r, extent.x1 - r, strip.y0 + r, strip.y1 - r);
      }
    }
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

  api.geometry = () => geometry;

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
