/**
 * The AVE column geometry (see force-ave-bands.ts): where the columns, the header row, the main area and
 * the neutral strip lie. Pure and small: the layout computes it in every layout (create-simulation.ts),
 * while the force itself (force-ave-bands.ts) is only needed for layout="ave" and is a lazy chunk of the
 * script-tag bundle (layout-forces.ts).
 */
/** A band index, a band range [from, to] (inclusive, from ≤ to), or null/undefined for "no phase". */
export type BandValue = number | readonly [number, number] | null | undefined;


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

/** A track's lane (schema 1.1 `tracks`): a strip across the width under the phase columns, its caption on top. */
export interface AveLane {
  /** The track's index (in track order). */
  index: number;
  y0: number;
  y1: number;
  /** Where the nodes' rows begin (under the caption row). */
  top: number;
  cy: number;
}

/** A group of the neutral strip (nodes with neither phase nor track, grouped by kind; the unlinked ones apart). */
export interface AveGroup {
  key: string;
  x0: number;
  x1: number;
  /** Number of nodes in the group. */
  count: number;
}

export interface AveBandGeometry {
  extent: Extent;
  columns: BandColumn[];
  /** Vertical centre of the header row, where phase nodes sit. */
  headerY: number;
  /** The area for nodes with a phase (below the header row). */
  main: { y0: number; y1: number; cy: number };
  /** The lanes of the tracks that have nodes, top to bottom in track order (between main and neutral). */
  lanes: AveLane[];
  /** The strip for nodes without a phase, or null when there are none; `top`: under its caption row. */
  neutral: { y0: number; y1: number; cy: number; top?: number } | null;
  /** The groups of the neutral strip, left to right (set by the force when it assigns the slots). */
  groups: AveGroup[];
}

/** Height of a caption row (a lane's track name, the neutral groups' names), in layout units. */
export const CAPTION_HEIGHT = 20;

/** Rows of nodes each area needs (see aveBandGeometry): heights follow them, plus a caption row per lane and strip. */
export interface AveRowPlan {
  main: number;
  /** Rows per lane, by track index (0: the lane is not drawn). */
  lanes: readonly number[];
  neutral: number;
}

/** Default share of the height given to the neutral strip when there are nodes without a phase. */
export const NEUTRAL_SHARE = 0.22;
/** Share of a column's width given to a border lane (ranges between two columns), half on each side. */
export const BORDER_LANE_SHARE = 0.3;

/**
 * The neutral strip's share of the height for `neutral` of `total` nodes without a phase: it grows
 * with their share, so neither the strip nor the columns are crowded while the other stays empty.
 */
export function neutralShare(neutral: number, total: number): number {
  if (!(neutral > 0) || !(total > 0)) return NEUTRAL_SHARE;
  return Math.min(0.4, Math.max(0.15, 0.08 + 0.4 * (neutral / total)));
}

/** A grid of about square cells for `count` nodes in a `width` × `height` area. */
export function gridFor(count: number, width: number, height: number): { cols: number; rows: number } {
  if (count <= 0) return { cols: 1, rows: 1 };
  const aspect = width > 0 && height > 0 ? width / height : 1;
  const cols = Math.max(1, Math.min(count, Math.round(Math.sqrt(count * aspect))));
  return { cols, rows: Math.ceil(count / cols) };
}

/**
 * The column layout for `bandCount` bands inside `extent`. With a row `plan`, the height under the header is
 * shared by rows: the main area, the lanes of the tracks (each with a caption row) and the neutral strip (with a
 * caption row) get heights in proportion to their rows; without one, the neutral strip gets `share`.
 */
export function aveBandGeometry(extent: Extent, bandCount: number, withNeutral: boolean, share = NEUTRAL_SHARE, plan?: AveRowPlan): AveBandGeometry {
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
  if (plan) return plannedGeometry(extent, columns, header, withNeutral, plan);
  const neutralHeight = withNeutral ? height * (Number.isFinite(share) ? Math.min(0.8, Math.max(0, share)) : NEUTRAL_SHARE) : 0;
  const mainY0 = extent.y0 + header;
  const mainY1 = extent.y1 - neutralHeight;
  return {
    extent: { ...extent },
    columns,
    headerY: extent.y0 + header / 2,
    main: { y0: mainY0, y1: mainY1, cy: (mainY0 + mainY1) / 2 },
    lanes: [],
    neutral: withNeutral ? { y0: mainY1, y1: extent.y1, cy: (mainY1 + extent.y1) / 2 } : null,
    groups: [],
  };
}

function plannedGeometry(extent: Extent, columns: BandColumn[], header: number, withNeutral: boolean, plan: AveRowPlan): AveBandGeometry {
  const rows = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
  const laneRows = plan.lanes.map(rows);
  const drawnLanes = laneRows.filter((r) => r > 0).length;
  const mainRows = Math.max(rows(plan.main), 1);
  const neutralRows = withNeutral ? Math.max(rows(plan.neutral), 1) : 0;
  const captions = (drawnLanes + (withNeutral ? 1 : 0)) * CAPTION_HEIGHT;
  const free = Math.max(0, extent.y1 - extent.y0 - header - captions);
  const pitch = free / (mainRows + laneRows.reduce((a, b) => a + b, 0) + neutralRows);
  let y = extent.y0 + header;
  const main = { y0: y, y1: (y += mainRows * pitch), cy: 0 };
  main.cy = (main.y0 + main.y1) / 2;
  const lanes: AveLane[] = [];
  laneRows.forEach((r, index) => {
    if (r <= 0) return;
    const y0 = y;
    const top = y0 + CAPTION_HEIGHT;
    y = top + r * pitch;
    lanes.push({ index, y0, y1: y, top, cy: (top + y) / 2 });
  });
  const neutral = withNeutral ? { y0: y, y1: extent.y1, top: y + CAPTION_HEIGHT, cy: (y + CAPTION_HEIGHT + extent.y1) / 2 } : null;
  return { extent: { ...extent }, columns, headerY: extent.y0 + header / 2, main, lanes, neutral, groups: [] };
}
