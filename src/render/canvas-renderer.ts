/**
 * Canvas renderer for large networks (more than CANVAS_THRESHOLD visible nodes): the same shapes and
 * line styles as the SVG renderer, drawn in one pass. The DOM keeps a keyboard/AT proxy (the focused and
 * selected nodes as SVG buttons), so every node stays reachable by keyboard.
 */
import type { Id } from '../model/types.js';
import type { GraphLink, GraphNode, NodeKind } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { layoutRadius } from '../layout/create-simulation.js';
import { nodeShapePath } from './node-shapes.js';
import { linkStyle } from './link-styles.js';

/** Above this many visible nodes the map draws on a canvas. */
export const CANVAS_THRESHOLD = 1500;

export interface CanvasColors {
  kind: Record<NodeKind, string>;
  line: string;
  background: string;
  accent: string;
  highlight: string;
  text: string;
}

export interface CanvasInput {
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  positions: ReadonlyMap<Id, Point>;
  transform: { x: number; y: number; k: number };
  width: number;
  height: number;
  ratio: number;
  colors: CanvasColors;
  selected?: Id | undefined;
  highlighted?: ReadonlySet<Id> | undefined;
}

const KINDS: NodeKind[] = ['phase', 'organisation', 'meeting', 'intervention', 'specialism', 'contact'];

/** Reads the resolved theme colours from the element that holds the private `--_gia-…` values. */
export function readCanvasColors(element: Element): CanvasColors {
  const style = getComputedStyle(element);
  const get = (name: string, fallback: string) => style.getPropertyValue(`--_gia-${name}`).trim() || fallback;
  return {
    kind: Object.fromEntries(KINDS.map((k) => [k, get(`color-kind-${k}`, '#1f5fa8')])) as Record<NodeKind, string>,
    line: get('color-link-line', '#6b6f76'),
    background: get('color-background', '#ffffff'),
    accent: get('color-accent', '#0b5cad'),
    highlight: get('color-highlight', '#8a4b00'),
    text: get('color-text', '#1a1a1a'),
  };
}

const pathCache = new Map<string, Path2D>();
function shape(kind: NodeKind, r: number): Path2D {
  const key = `${kind}:${Math.round(r * 2)}`;
  let path = pathCache.get(key);
  if (!path) {
    path = new Path2D(nodeShapePath(kind, Math.round(r * 2) / 2));
    pathCache.set(key, path);
  }
  return path;
}

export function drawCanvas(ctx: CanvasRenderingContext2D, input: CanvasInput): void {
  const { transform: t, ratio, colors, positions } = input;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, input.width * ratio, input.height * ratio);
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  // Visible window in layout coordinates (skip what is off-screen).
  const x0 = -t.x / t.k - 30;
  const y0 = -t.y / t.k - 30;
  const x1 = (input.width - t.x) / t.k + 30;
  const y1 = (input.height - t.y) / t.k + 30;
  const inside = (p: Point) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;

  ctx.strokeStyle = colors.line;
  ctx.lineWidth = 1 / t.k;
  // Batch links by dash pattern.
  const byDash = new Map<string, GraphLink[]>();
  for (const link of input.links) {
    const key = linkStyle(link.type).dash.join(',');
    let list = byDash.get(key);
    if (!list) byDash.set(key, (list = []));
    list.push(link);
  }
  ctx.globalAlpha = 0.5;
  for (const [key, list] of byDash) {
    ctx.setLineDash(key === '' ? [] : key.split(',').map((v) => Number(v) / t.k));
    ctx.beginPath();
    for (const link of list) {
      const a = positions.get(link.source);
      const b = positions.get(link.target);
      if (!a || !b || (!inside(a) && !inside(b))) continue;
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  ctx.lineWidth = 1.5 / t.k;
  ctx.strokeStyle = colors.background;
  for (const node of input.nodes) {
    const p = positions.get(node.id);
    if (!p || !inside(p)) continue;
    const r = layoutRadius(node) * 0.85;
    ctx.save();
    ctx.translate(p.x, p.y);
    const path = shape(node.kind, r);
    ctx.fillStyle = colors.kind[node.kind];
    ctx.fill(path);
    ctx.stroke(path);
    if (input.highlighted?.has(node.id)) {
      ctx.strokeStyle = colors.highlight;
      ctx.lineWidth = 4 / t.k;
      ctx.stroke(path);
      ctx.strokeStyle = colors.background;
      ctx.lineWidth = 1.5 / t.k;
    }
    if (node.id === input.selected) {
      ctx.beginPath();
      ctx.arc(0, 0, r + 4 / t.k, 0, Math.PI * 2);
      ctx.strokeStyle = colors.accent;
      ctx.lineWidth = 2.5 / t.k;
      ctx.stroke();
      ctx.strokeStyle = colors.background;
      ctx.lineWidth = 1.5 / t.k;
    }
    ctx.restore();
  }
}
