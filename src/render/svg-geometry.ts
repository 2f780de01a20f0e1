/** Geometry shared by the SVG templates, the link lines and the frame path. */
import type { Point } from '../layout/create-simulation.js';

/** Rounds to 0.1 layout units (shorter attribute values; no visible difference). */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The ends of a link line, shortened to the edges of the two nodes (radius ra at a, rb at b). */
export function linkEndpoints(a: Point, b: Point, ra: number, rb: number): [number, number, number, number] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  return [a.x + (dx / len) * ra, a.y + (dy / len) * ra, b.x - (dx / len) * rb, b.y - (dy / len) * rb];
}

/** Extra room before the target node for a link's arrow head (layout units). */
export const ARROW_GAP = 2;

/**
 * A link line as path data (`M x1,y1 L x2,y2`, rounded), shortened to the edges of the two nodes, and by
 * ARROW_GAP more at b when the line ends in an arrow.
 */
export function linkPathData(a: Point, b: Point, ra: number, rb: number, arrow = false): string {
  const [x1, y1, x2, y2] = linkEndpoints(a, b, ra, arrow ? rb + ARROW_GAP : rb);
  return `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`;
}
