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
import { labelOf } from './svg-templates.js';
import { placeLabels } from './label-placement.js';

/** The node count above which the map draws on a canvas (one value, kept in canvas-loader.ts). */
export { CANVAS_THRESHOLD } from './canvas-loader.js';
/** Labels are drawn on the canvas once nodes are this large on screen (zoomed in) and at most this many are in view. */
const LABEL_MIN_SCALE = 0.6;
const LABEL_MAX_NODES = 800;
const LABEL_FONT_PX = 12;

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

/** Dash pattern per link type, joined once (not per link per frame). */
const dashKeyCache = new Map<string, string>();
function dashKey(type: GraphLink['type']): string {
  let key = dashKeyCache.get(type);
  if (key === undefined) dashKeyCache.set(type, (key = linkStyle(type).dash.join(',')));
  return key;
}

/** Draws the whole scene with transform `t` (layout → CSS px) onto `ctx` (device px = CSS px × ratio). */
function drawScene(ctx: CanvasRenderingContext2D, input: CanvasInput, t: { x: number; y: number; k: number }, width: number, height: number): void {
  const { ratio, colors, positions } = input;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width * ratio, height * ratio);
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  // Visible window in layout coordinates (skip what is off-screen).
  const x0 = -t.x / t.k - 30;
  const y0 = -t.y / t.k - 30;
  const x1 = (width - t.x) / t.k + 30;
  const y1 = (height - t.y) / t.k + 30;
  const inside = (p: Point) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;

  ctx.strokeStyle = colors.line;
  ctx.lineWidth = 1 / t.k;
  // Batch links by dash pattern.
  const byDash = new Map<string, GraphLink[]>();
  for (const link of input.links) {
    const key = dashKey(link.type);
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

  // Nodes: one fill colour per kind (no save/restore per node: translate there and back).
  ctx.lineWidth = 1.5 / t.k;
  ctx.strokeStyle = colors.background;
  const marked: GraphNode[] = [];
  for (const kind of KINDS) {
    ctx.fillStyle = colors.kind[kind];
    for (const node of input.nodes) {
      if (node.kind !== kind) continue;
      const p = positions.get(node.id);
      if (!p || !inside(p)) continue;
      const path = shape(node.kind, layoutRadius(node) * 0.85);
      ctx.translate(p.x, p.y);
      ctx.fill(path);
      ctx.stroke(path);
      ctx.translate(-p.x, -p.y);
      if (input.highlighted?.has(node.id) || node.id === input.selected) marked.push(node);
    }
  }
  // Highlights and the selection ring on top.
  for (const node of marked) {
    const p = positions.get(node.id)!;
    const r = layoutRadius(node) * 0.85;
    ctx.translate(p.x, p.y);
    if (input.highlighted?.has(node.id)) {
      ctx.strokeStyle = colors.highlight;
      ctx.lineWidth = 4 / t.k;
      ctx.stroke(shape(node.kind, r));
    }
    if (node.id === input.selected) {
      ctx.beginPath();
      ctx.arc(0, 0, r + 4 / t.k, 0, Math.PI * 2);
      ctx.strokeStyle = colors.accent;
      ctx.lineWidth = 2.5 / t.k;
      ctx.stroke();
    }
    ctx.translate(-p.x, -p.y);
  }
  drawLabels(ctx, input, t, width, height, inside);
}

/**
 * Labels where they fit (label-placement.ts, the same rule as the SVG path), in screen space with a
 * halo, once zoomed in far enough for them to be useful.
 */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  input: CanvasInput,
  t: { x: number; y: number; k: number },
  width: number,
  height: number,
  inside: (p: Point) => boolean,
): void {
  if (t.k < LABEL_MIN_SCALE || typeof ctx.fillText !== 'function') return;
  const { positions, ratio, colors } = input;
  const inView: GraphNode[] = [];
  for (const node of input.nodes) {
    const p = positions.get(node.id);
    if (p && inside(p)) inView.push(node);
    if (inView.length > LABEL_MAX_NODES) return;
  }
  const radius = (node: GraphNode) => layoutRadius(node) * 0.85;
  const sides = placeLabels({
    nodes: inView,
    positions,
    scale: t.k,
    fontSize: LABEL_FONT_PX,
    text: labelOf,
    radius,
    first: [input.selected],
    preferred: input.highlighted,
    bounds: { x0: -t.x + 2, y0: -t.y + 2, x1: width - t.x - 2, y1: height - t.y - 2 },
  });
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.font = `${LABEL_FONT_PX}px system-ui, sans-serif`;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = colors.background;
  ctx.fillStyle = colors.text;
  for (const node of inView) {
    const side = sides.get(node.id);
    if (!side) continue;
    const p = positions.get(node.id)!;
    const x = p.x * t.k + t.x;
    const y = p.y * t.k + t.y;
    const r = radius(node) * t.k + 1;
    let tx = x;
    let ty = y;
    if (side === 'below' || side === 'above') {
      ctx.textAlign = 'center';
      ctx.textBaseline = side === 'below' ? 'top' : 'bottom';
      ty = side === 'below' ? y + r : y - r;
    } else {
      ctx.textAlign = side === 'right' ? 'left' : 'right';
      ctx.textBaseline = 'middle';
      tx = side === 'right' ? x + r + 2 : x - r - 2;
    }
    const text = labelOf(node);
    ctx.strokeText(text, tx, ty);
    ctx.fillText(text, tx, ty);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/**
 * Scene cache: the scene is drawn once onto an offscreen canvas twice the size of the view (half a
 * view of margin on every side); while only the transform changes (panning, a little zooming) a frame
 * is one drawImage of that bitmap instead of thousands of paths. It is redrawn when the content
 * changes (positions, nodes, links, selection, highlight, colours, size), when the view leaves the
 * margin, or — after zooming with a scaled, blurrier bitmap — shortly after the zooming stops.
 */
interface SceneCache {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  key: string;
  positions: ReadonlyMap<Id, Point>;
  /** The positions of the previous call. */
  seen?: ReadonlyMap<Id, Point>;
  /** Transform the cache was drawn with (layout → cache CSS px). */
  t: { x: number; y: number; k: number };
  crispTimer?: ReturnType<typeof setTimeout>;
}

const caches = new WeakMap<CanvasRenderingContext2D, SceneCache>();
const idHashes = new Map<string, number>();

function idHash(id: string): number {
  let h = idHashes.get(id);
  if (h === undefined) {
    h = 2166136261;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    if (idHashes.size > 100_000) idHashes.clear();
    idHashes.set(id, (h >>>= 0));
  }
  return h;
}

/** Everything but the transform that changes the picture, as a string (cheap: O(nodes) integer ops). */
function contentKey(input: CanvasInput): string {
  let nodes = 0;
  for (const node of input.nodes) nodes = (Math.imul(nodes, 31) + idHash(node.id)) >>> 0;
  let marked = 0;
  for (const id of input.highlighted ?? []) marked = (marked + idHash(id)) >>> 0;
  return [
    input.width,
    input.height,
    input.ratio,
    input.nodes.length,
    nodes,
    input.links.length,
    input.selected ?? '',
    input.highlighted?.size ?? 0,
    marked,
    JSON.stringify(input.colors),
  ].join('|');
}

/**
 * Copies only the part of the cached scene that is in view (the 9-argument drawImage): a blit of the
 * whole cache (four views' worth of pixels) through a transform cost ~100 ms per frame with software
 * rasterisation. During a pure pan (scale 1) the source offset is rounded to whole device pixels, so
 * the copy is a plain unfiltered one (at most half a device pixel off until the next crisp redraw).
 */
function blitVisible(
  ctx: CanvasRenderingContext2D,
  source: HTMLCanvasElement,
  c: { x: number; y: number },
  t: { x: number; y: number },
  scale: number,
  dw: number,
  dh: number,
  ratio: number,
): void {
  // Cache device px of screen device px (0, 0): (0 − ratio·(t − c·scale)) / scale.
  let sx = (ratio * (c.x * scale - t.x)) / scale;
  let sy = (ratio * (c.y * scale - t.y)) / scale;
  let sw = dw / scale;
  let sh = dh / scale;
  if (scale === 1) {
    sx = Math.round(sx);
    sy = Math.round(sy);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, dw, dh);
  // Clip the source rectangle to the cache (drawImage with a source outside it draws nothing in some engines).
  let dx = 0;
  let dy = 0;
  let w = dw;
  let h = dh;
  if (sx < 0) {
    dx = -sx * scale;
    w -= dx;
    sw += sx;
    sx = 0;
  }
  if (sy < 0) {
    dy = -sy * scale;
    h -= dy;
    sh += sy;
    sy = 0;
  }
  if (sx + sw > source.width) {
    const cut = sx + sw - source.width;
    sw -= cut;
    w -= cut * scale;
  }
  if (sy + sh > source.height) {
    const cut = sy + sh - source.height;
    sh -= cut;
    h -= cut * scale;
  }
  if (!(sw > 0 && sh > 0 && w > 0 && h > 0)) return;
  ctx.drawImage(source, sx, sy, sw, sh, dx, dy, w, h);
}

/** Used by tests: forget cached scenes (e.g. to compare a cached with a fresh drawing). */
export function clearCanvasCache(ctx: CanvasRenderingContext2D): void {
  const cache = caches.get(ctx);
  if (cache?.crispTimer !== undefined) clearTimeout(cache.crispTimer);
  caches.delete(ctx);
}

export function drawCanvas(ctx: CanvasRenderingContext2D, input: CanvasInput): void {
  const { width, height, ratio, transform: t } = input;
  const doc = (ctx.canvas as HTMLCanvasElement).ownerDocument as Document | undefined;
  if (!doc || !(width > 0) || !(height > 0) || !(t.k > 0)) {
    drawScene(ctx, input, t, width, height);
    return;
  }
  const key = contentKey(input);
  let cache = caches.get(ctx);
  if (!cache) {
    const canvas = doc.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) {
      drawScene(ctx, input, t, width, height);
      return;
    }
    cache = { canvas, context, key: '', positions: new Map(), t: { x: 0, y: 0, k: 0 } };
    caches.set(ctx, cache);
  }
  if (cache.seen !== input.positions) {
    // New positions (the layout is moving): draw directly; the cache pays off once they stay put.
    cache.seen = input.positions;
    cache.key = '';
    if (cache.crispTimer !== undefined) clearTimeout(cache.crispTimer);
    cache.crispTimer = undefined;
    drawScene(ctx, input, t, width, height);
    return;
  }
  const fresh = cache.key === key && cache.positions === input.positions;
  // Where the view falls in the cache: cacheCss = (screen − t) / s + cache.t, s = t.k / cache.t.k.
  const s = t.k / cache.t.k;
  const left = cache.t.x - t.x / s;
  const top = cache.t.y - t.y / s;
  const covered = left >= 0 && top >= 0 && left + width / s <= 2 * width && top + height / s <= 2 * height;
  const scaleOk = s > 0.6 && s < 1.7;
  if (!fresh || !covered || !scaleOk) {
    const cw = Math.round(2 * width * ratio);
    const ch = Math.round(2 * height * ratio);
    if (cache.canvas.width !== cw || cache.canvas.height !== ch) {
      cache.canvas.width = cw;
      cache.canvas.height = ch;
    }
    cache.t = { x: t.x + width / 2, y: t.y + height / 2, k: t.k };
    cache.key = key;
    cache.positions = input.positions;
    drawScene(cache.context, input, cache.t, 2 * width, 2 * height);
  }
  const c = cache.t;
  const scale = t.k / c.k;
  blitVisible(ctx, cache.canvas, c, t, scale, width * ratio, height * ratio, ratio);
  if (cache.crispTimer !== undefined) clearTimeout(cache.crispTimer);
  cache.crispTimer = undefined;
  if (scale !== 1) {
    // A scaled bitmap is a little blurry: redraw crisply once the zooming pauses.
    const entry = cache;
    entry.crispTimer = setTimeout(() => {
      entry.crispTimer = undefined;
      entry.key = '';
      drawCanvas(ctx, input);
    }, 150);
  }
}
