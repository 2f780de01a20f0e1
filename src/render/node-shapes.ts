/**
 * One shape per node kind, so a kind is never told by colour alone. Pure: SVG path data centred on
 * (0, 0) with "radius" r (the shape fits in a circle of radius r). Used by the SVG renderer, the
 * canvas renderer (via Path2D) and the legend.
 */
import type { GraphNode, NodeKind } from '../graph/types.js';
import { layoutRadius } from '../layout/create-simulation.js';

/** A node's drawn radius (layout units), the r of its shape: a little inside its layout radius, which keeps nodes apart. */
export function drawnRadius(node: Pick<GraphNode, 'kind' | 'degree'>): number {
  return layoutRadius(node) * 0.85;
}

function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return 'M' + points.map(([x, y]) => `${round(x)},${round(y)}`).join('L') + 'Z';
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function regular(sides: number, r: number, rotation: number): string {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (i * 2 * Math.PI) / sides;
    pts.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return polygon(pts);
}

function circle(r: number): string {
  return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
}

/** Shape names, for the legend and the accessible description of the map. */
export const NODE_SHAPE_NAMES: Readonly<Record<NodeKind, string>> = {
  phase: 'hexagon',
  organisation: 'circle',
  meeting: 'diamond',
  intervention: 'square',
  specialism: 'triangle',
  contact: 'pentagon',
};

/** SVG path data of the shape of `kind`, centred on (0, 0), fitting in a circle of radius `r`. */
export function nodeShapePath(kind: NodeKind, r: number): string {
  switch (kind) {
    case 'organisation':
      return circle(r);
    case 'meeting':
      return regular(4, r, 0);
    case 'intervention': {
      const s = r * 0.82;
      return polygon([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'specialism':
      return regular(3, r * 1.05, -Math.PI / 2);
    case 'contact':
      return regular(5, r, -Math.PI / 2);
    case 'phase':
      return regular(6, r, 0);
    default:
      return circle(r);
  }
}
