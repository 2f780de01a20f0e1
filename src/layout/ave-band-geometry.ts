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

/** The column layout for `bandCount` bands inside `extent`. */
export function aveBandGeometry(extent: Extent, bandCount: number, withNeutral: boolean, share = NEUTRAL_SHARE): AveBandGeometry {
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
  const neutralHeight = withNeutral ? height * (Number.isFinite(share) ? Math.min(0.8, Math.max(0, share)) : NEUTRAL_SHARE) : 0;
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
