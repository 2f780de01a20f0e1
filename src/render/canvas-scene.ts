/**
 * Drawing the canvas scene (see canvas-renderer.ts): links, nodes and labels as a generator that
 * yields after every piece, so the same code draws a frame at once (run to the end) or builds the
 * scene cache in short pieces spread over tasks. The marks (highlights, the selection ring) are drawn
 * apart, on top, so that a cached scene can be shown with the current selection.
 */
import type { Id } from '../model/types.js';
import type { GraphLink, GraphNode, NodeKind } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { drawnRadius, nodeShapePath } from './node-shapes.js';
import { linkStyle } from './link-styles.js';
import { labelOf } from './label-text.js';
import { placeLabels } from './label-placement.js';

/**
 * Labels are drawn on the canvas once nodes are this large on screen (zoomed in) and at most this many
 * are in view (placing labels for more takes tens of milliseconds in one piece; they would hardly fit).
 */
export const LABEL_MIN_SCALE = 0.6;
const LABEL_MAX_NODES = 500;
const LABEL_FONT_PX = 12;
/** Links are drawn at this opacity (as a colour blended with the background when both are opaque). */
const LINK_OPACITY = 0.5;

export interface CanvasColors {
  kind: Record<NodeKind, string>;
  line: string;
  background: string;
  accent: string;
  highlight: string;
  text: string;
  /**
   * The line colour at LINK_OPACITY over the background, as one opaque colour (when both are opaque):
   * software rasterisation strokes an opaque path about twice as fast as one with a global alpha.
   */
  lineBlended?: string | undefined;
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
  /** The layout is still moving (new positions will follow): no cache is drawn for these. */
  moving?: boolean | undefined;
  /** Boxes labels keep clear of (the captions, drawn in the SVG over the canvas), in layout coordinates. */
  obstacles?: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }> | undefined;
}

export type Transform = { x: number; y: number; k: number };

/**
 * What a piece of the scene drew (the builder sizes the next pieces of that kind by its cost). Dashed links are a
 * kind of their own: in software rasterisation a dashed line costs many times a solid one.
 */
export type ScenePhase = 'links' | 'dashed' | 'nodes' | 'labels';

/** A piece drawn: its phase and how many items it drew. */
export interface ScenePiece {
  phase: ScenePhase;
  items: number;
}

/** A rectangle in CSS px of the canvas drawn on. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Items per piece, per phase (Infinity: everything in one piece). */
export type PieceSizes = Record<ScenePhase, number>;

export const WHOLE: Readonly<PieceSizes> = { links: Infinity, dashed: Infinity, nodes: Infinity, labels: Infinity };

export const KINDS: NodeKind[] = ['phase', 'organisation', 'meeting', 'intervention', 'specialism', 'contact'];

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

/** Dash pattern per link type, joined once (not per link per frame). */
const dashKeyCache = new Map<string, string>();
function dashKey(type: GraphLink['type']): string {
  let key = dashKeyCache.get(type);
  if (key === undefined) dashKeyCache.set(type, (key = linkStyle(type).dash.join(',')));
  return key;
}

const nodeRadius = drawnRadius;

/** The visible window of `t` over a `width` × `height` CSS px area, in layout coordinates (30 units of margin). */
function insideOf(t: Transform, width: number, height: number): (p: Point) => boolean {
  const x0 = -t.x / t.k - 30;
  const y0 = -t.y / t.k - 30;
  const x1 = (width - t.x) / t.k + 30;
  const y1 = (height - t.y) / t.k + 30;
  return (p) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;
}

/**
 * Draws the scene without the marks with transform `t` (layout → CSS px) onto `ctx` (device px = CSS px
 * × ratio), clearing it first; yields after each piece of at most `sizes[phase]` items. Labels only for
 * the nodes in `labelArea` (default: all of it). Nothing else may draw on `ctx` until the generator
 * has finished.
 */
export function* drawBaseSteps(
  ctx: CanvasRenderingContext2D,
  input: CanvasInput,
  t: Transform,
  width: number,
  height: number,
  sizes: Readonly<PieceSizes>,
  labelArea: Area = { x: 0, y: 0, width, height },
): Generator<ScenePiece, void, void> {
  const { ratio, colors, positions } = input;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width * ratio, height * ratio);
  // A piece of its own: the first clear of a new bitmap (its backing store) can take as long as a piece.
  yield { phase: 'links', items: 0 };
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  const inside = insideOf(t, width, height);

  // Links, batched by dash pattern (only those with an end in view).
  const byDash = new Map<string, Array<[Point, Point]>>();
  for (const link of input.links) {
    const a = positions.get(link.source);
    const b = positions.get(link.target);
    if (!a || !b || (!inside(a) && !inside(b))) continue;
    const key = dashKey(link.type);
    let list = byDash.get(key);
    if (!list) byDash.set(key, (list = []));
    list.push([a, b]);
  }
  ctx.lineWidth = 1 / t.k;
  if (colors.lineBlended) ctx.strokeStyle = colors.lineBlended;
  else {
    ctx.strokeStyle = colors.line;
    ctx.globalAlpha = LINK_OPACITY;
  }
  for (const [key, list] of byDash) {
    ctx.setLineDash(key === '' ? [] : key.split(',').map((v) => Number(v) / t.k));
    const phase: ScenePhase = key === '' ? 'links' : 'dashed';
    for (let i = 0; i < list.length; ) {
      const begin = i;
      const end = Math.min(list.length, i + Math.max(1, sizes[phase]));
      ctx.beginPath();
      for (; i < end; i++) {
        const [a, b] = list[i]!;
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
      }
      ctx.stroke();
      yield { phase, items: end - begin };
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Nodes: one fill colour per kind (no save/restore per node: translate there and back).
  const inferred: GraphNode[] = [];
  let count = 0;
  let previous: NodeKind | undefined;
  for (const kind of KINDS) {
    for (const node of input.nodes) {
      if (node.kind !== kind) continue;
      const p = positions.get(node.id);
      if (!p || !inside(p)) continue;
      if (count >= sizes.nodes) {
        yield { phase: 'nodes', items: count };
        count = 0;
      }
      if (count === 0) {
        // Every piece starts from a known state.
        ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
        ctx.lineWidth = 1.5 / t.k;
        ctx.strokeStyle = colors.background;
        ctx.fillStyle = colors.kind[kind];
      } else if (kind !== previous) ctx.fillStyle = colors.kind[kind];
      previous = kind;
      const path = shape(node.kind, nodeRadius(node));
      ctx.translate(p.x, p.y);
      ctx.fill(path);
      ctx.stroke(path);
      ctx.translate(-p.x, -p.y);
      if (node.placementInferred) inferred.push(node);
      count++;
    }
  }
  if (count > 0) yield { phase: 'nodes', items: count };
  if (inferred.length > 0) {
    drawInferredOutlines(ctx, inferred, positions, t, ratio, colors.text);
    yield { phase: 'nodes', items: inferred.length };
  }
  yield* drawLabelSteps(ctx, input, t, labelArea, sizes);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** The outline of a node whose place is inferred (schema 1.1): dotted, as `.node.inferred .shape` on the SVG path. */
export const INFERRED_OUTLINE = { dash: [1, 2] as readonly number[], width: 1.5 };

/** Dotted outlines of `nodes` (in the text colour), over their shapes as drawn with transform `t`. */
function drawInferredOutlines(
  ctx: CanvasRenderingContext2D,
  nodes: readonly GraphNode[],
  positions: ReadonlyMap<Id, Point>,
  t: Transform,
  ratio: number,
  color: string,
): void {
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  ctx.setLineDash(INFERRED_OUTLINE.dash.map((v) => v / t.k));
  ctx.lineWidth = INFERRED_OUTLINE.width / t.k;
  ctx.strokeStyle = color;
  for (const node of nodes) {
    const p = positions.get(node.id)!;
    ctx.translate(p.x, p.y);
    ctx.stroke(shape(node.kind, nodeRadius(node)));
    ctx.translate(-p.x, -p.y);
  }
  ctx.setLineDash([]);
}

/** Highlights and the selection ring, on top of the scene drawn with transform `t`. */
export function drawMarks(ctx: CanvasRenderingContext2D, input: CanvasInput, t: Transform, positions = input.positions): void {
  const { ratio, colors, highlighted, selected } = input;
  if (!highlighted?.size && selected === undefined) return;
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  const mark = (node: GraphNode) => {
    const p = positions.get(node.id);
    if (!p) return;
    const r = nodeRadius(node);
    ctx.translate(p.x, p.y);
    if (highlighted?.has(node.id)) {
      ctx.strokeStyle = colors.highlight;
      ctx.lineWidth = 4 / t.k;
      ctx.stroke(shape(node.kind, r));
    }
    if (node.id === selected) {
      ctx.beginPath();
      ctx.arc(0, 0, r + 4 / t.k, 0, Math.PI * 2);
      ctx.strokeStyle = colors.accent;
      ctx.lineWidth = 2.5 / t.k;
      ctx.stroke();
    }
    ctx.translate(-p.x, -p.y);
  };
  // In the order of the nodes (as drawn before), the selected one last.
  let chosen: GraphNode | undefined;
  for (const node of input.nodes) {
    if (node.id === selected) chosen = node;
    else if (highlighted?.has(node.id)) mark(node);
  }
  if (chosen) mark(chosen);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** The whole scene at once: what a frame shows while the layout moves. */
export function drawScene(ctx: CanvasRenderingContext2D, input: CanvasInput, t: Transform, width: number, height: number): void {
  for (const _ of drawBaseSteps(ctx, input, t, width, height, WHOLE)) {
    // one piece: nothing to wait for
  }
  drawMarks(ctx, input, t);
}

/**
 * Labels where they fit (label-placement.ts, the same rule as the SVG path), in screen space with a
 * halo, once zoomed in far enough for them to be useful: for the nodes in `area`, inside it.
 */
function* drawLabelSteps(
  ctx: CanvasRenderingContext2D,
  input: CanvasInput,
  t: Transform,
  area: Area,
  sizes: Readonly<PieceSizes>,
): Generator<ScenePiece, void, void> {
  if (t.k < LABEL_MIN_SCALE || typeof ctx.fillText !== 'function') return;
  const { positions, ratio, colors } = input;
  const inside = insideOf({ x: t.x - area.x, y: t.y - area.y, k: t.k }, area.width, area.height);
  const inView: GraphNode[] = [];
  for (const node of input.nodes) {
    const p = positions.get(node.id);
    if (p && inside(p)) inView.push(node);
    if (inView.length > LABEL_MAX_NODES) return;
  }
  const sides = placeLabels({
    nodes: inView,
    positions,
    scale: t.k,
    fontSize: LABEL_FONT_PX,
    text: labelOf,
    radius: nodeRadius,
    first: [input.selected],
    preferred: input.highlighted,
    obstacles: input.obstacles,
    bounds: { x0: area.x - t.x + 2, y0: area.y - t.y + 2, x1: area.x + area.width - t.x - 2, y1: area.y + area.height - t.y - 2 },
  });
  yield { phase: 'labels', items: 0 };
  let count = 0;
  for (const node of inView) {
    const side = sides.get(node.id);
    if (!side) continue;
    if (count >= sizes.labels) {
      yield { phase: 'labels', items: count };
      count = 0;
    }
    if (count === 0) {
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.font = `${LABEL_FONT_PX}px system-ui, sans-serif`;
      ctx.lineJoin = 'round';
      ctx.lineWidth = 3;
      ctx.strokeStyle = colors.background;
      ctx.fillStyle = colors.text;
    }
    count++;
    const p = positions.get(node.id)!;
    const x = p.x * t.k + t.x;
    const y = p.y * t.k + t.y;
    const r = nodeRadius(node) * t.k + 1;
    let tx = x;
    let ty = y;
    if (side === 'below' || side === 'above') {
      ctx.textAlign = 'center';
      ctx.textBaseline = side === 'below' ? 'top' : 'bottom';
      ty = side === 'below' ? y + r : y - r;
    } else {
      // Beside the node (on, under or over its centre line) or at a corner of its bounding square.
      const corner = side.startsWith('below-') || side.startsWith('above-');
      const right = side.endsWith('right') || side.startsWith('right');
      ctx.textAlign = right ? 'left' : 'right';
      ctx.textBaseline = side === 'right' || side === 'left' ? 'middle' : side.startsWith('below') || side.endsWith('low') ? 'top' : 'bottom';
      tx = right ? x + (corner ? r : r + 2) : x - (corner ? r : r + 2);
      if (corner) ty = side.startsWith('below') ? y + r : y - r;
    }
    const text = labelOf(node);
    ctx.strokeText(text, tx, ty);
    ctx.fillText(text, tx, ty);
  }
  if (count > 0) yield { phase: 'labels', items: count };
}

/** `color` as `#rrggbb` when it is an opaque colour a canvas understands, else undefined. */
function opaqueHex(probe: CanvasRenderingContext2D, color: string): string | undefined {
  // A value the canvas does not understand is ignored: then the two starting colours stay.
  probe.fillStyle = '#000000';
  probe.fillStyle = color;
  const value = String(probe.fillStyle);
  probe.fillStyle = '#ffffff';
  probe.fillStyle = color;
  if (String(probe.fillStyle) !== value) return undefined;
  return /^#[0-9a-f]{6}$/i.test(value) ? value : undefined;
}

/** `line` at LINK_OPACITY over `background`, or undefined when either is not an opaque colour. */
export function blendLine(probe: CanvasRenderingContext2D | null, line: string, background: string): string | undefined {
  if (!probe) return undefined;
  const a = opaqueHex(probe, line);
  const b = opaqueHex(probe, background);
  if (!a || !b) return undefined;
  let out = '#';
  for (let i = 1; i < 7; i += 2) {
    const mixed = Math.round(LINK_OPACITY * parseInt(a.slice(i, i + 2), 16) + (1 - LINK_OPACITY) * parseInt(b.slice(i, i + 2), 16));
    out += mixed.toString(16).padStart(2, '0');
  }
  return out;
}
