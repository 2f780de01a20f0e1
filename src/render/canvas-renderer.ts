/**
 * Canvas renderer for large networks (more than CANVAS_THRESHOLD visible nodes): the same shapes and
 * line styles as the SVG renderer (drawn by canvas-scene.ts). The DOM keeps a keyboard/AT proxy (the
 * focused and selected nodes as SVG buttons), so every node stays reachable by keyboard.
 *
 * No task draws the whole scene: with software rasterisation, thousands of paths cost tens to hundreds
 * of milliseconds, paid where the canvas is next read or composited. Instead a frame copies a bitmap
 * of the scene, moved and scaled to the current view, and draws the marks (highlights, the selection
 * ring) on top; a new bitmap is drawn on a second canvas in pieces of a few milliseconds, one short
 * task after another, rasterised piece by piece, and replaces the shown one when it is complete:
 * - new positions (the layout moves): at once, the size of the view; while one is being drawn, newer
 *   positions wait for it (the animation shows fewer, complete frames); the very first one is shown
 *   as it grows (links, then nodes, then labels);
 * - at rest (REST_MS after the last change of the view) when the bitmap no longer fits: panned beyond
 *   it, zoomed (a scaled bitmap is blurry), another selection (labels), or panned at all at a scale with
 *   labels (they are placed for the view only: placing them is one piece, its cost grows with the
 *   nodes); this one twice the size of the view (half a view of margin on every side for panning).
 *   Meanwhile the old one is shown.
 */
import type { Id } from '../model/types.js';
import type { Point } from '../layout/create-simulation.js';
import { nextTask } from '../util/next-task.js';
import { blendLine, drawBaseSteps, drawMarks, drawScene, KINDS, LABEL_MIN_SCALE, type CanvasColors, type CanvasInput, type PieceSizes, type ScenePiece, type Transform } from './canvas-scene.js';

export type { CanvasColors, CanvasInput } from './canvas-scene.js';
/** The node count above which the map draws on a canvas (one value, kept in canvas-loader.ts). */
export { CANVAS_THRESHOLD } from './canvas-loader.js';
/** Pointer hit testing on the canvas (it comes with the renderer: only the canvas path needs it). */
export { NodeHitIndex } from './node-hit-index.js';
export { CanvasPainter } from './canvas-painter.js';

/** The view counts as at rest this long after the last frame that needed a new cache. */
export const REST_MS = 150;
/** Aimed duration of one piece of a cache build (drawing and rasterising it). */
export const PIECE_MS = 3;
/** A build task draws pieces until this much time has passed. */
const TASK_MS = 6;

/** Reads the resolved theme colours from the element that holds the private `--_gia-…` values. */
export function readCanvasColors(element: Element): CanvasColors {
  const style = getComputedStyle(element);
  const get = (name: string, fallback: string) => style.getPropertyValue(`--_gia-${name}`).trim() || fallback;
  const line = get('color-link-line', '#6b6f76');
  const background = get('color-background', '#ffffff');
  return {
    kind: Object.fromEntries(KINDS.map((k) => [k, get(`color-kind-${k}`, '#1f5fa8')])) as CanvasColors['kind'],
    line,
    background,
    accent: get('color-accent', '#0b5cad'),
    highlight: get('color-highlight', '#8a4b00'),
    text: get('color-text', '#1a1a1a'),
    lineBlended: blendLine(probeContext(element.ownerDocument), line, background),
  };
}

let probe: CanvasRenderingContext2D | null | undefined;
function probeContext(doc: Document | null): CanvasRenderingContext2D | null {
  if (probe === undefined) probe = doc?.createElement('canvas').getContext('2d') ?? null;
  return probe;
}

/** A bitmap of the scene: what `drawCanvas` copies to the screen. */
interface Bitmap {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  /** Transform it was drawn with (layout → bitmap CSS px). */
  t: Transform;
  /** The view it was drawn for (the transform of the screen then): it has labels only there. */
  view: Transform;
  /** Size in CSS px. */
  width: number;
  height: number;
  /** The part of the canvas it is drawn on, from the top left corner, in device px (the canvas may be larger). */
  pixelWidth: number;
  pixelHeight: number;
  /** contentKey of what it shows. */
  key: string;
  positions: ReadonlyMap<Id, Point>;
}

/** A bitmap being drawn in pieces. */
interface Build {
  bitmap: Bitmap;
  steps: Generator<ScenePiece, void, void>;
  /** For new positions (drawn at once, not replaced by a newer request until it is done). */
  urgent: boolean;
  /** Cancels the next piece's task (util/next-task.ts). */
  cancel?: (() => void) | undefined;
}

interface SceneCache {
  ready?: Bitmap;
  build?: Build;
  /** A canvas to reuse (besides the bitmap shown and the one being drawn). */
  spare: HTMLCanvasElement[];
  /** The latest input (a finished build shows itself with it, and starts the next one if needed). */
  last?: CanvasInput;
  rest?: ReturnType<typeof setTimeout>;
  /** Items per piece, adapted to what the pieces cost. */
  sizes: PieceSizes;
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

const linkHashes = new WeakMap<readonly unknown[], number>();

/**
 * A hash of the links' ids, once per links array (the view model keeps the array while the drawn links are the
 * same): in the AVE layout the same number of links can be other links (the specialism links of another node).
 */
function linksHash(links: CanvasInput['links']): number {
  let h = linkHashes.get(links);
  if (h === undefined) {
    h = 0;
    for (const link of links) h = (Math.imul(h, 31) + idHash(link.id)) >>> 0;
    linkHashes.set(links, h);
  }
  return h;
}

/** The size part of a content key. */
function sizeKey(input: CanvasInput): string {
  return `${input.width}|${input.height}|${input.ratio}`;
}

/** Everything but the transform that changes the picture, as a string (cheap: O(nodes) integer ops; the links' hash is kept per array). */
function contentKey(input: CanvasInput): string {
  let nodes = 0;
  for (const node of input.nodes) nodes = (Math.imul(nodes, 31) + idHash(node.id)) >>> 0;
  let marked = 0;
  for (const id of input.highlighted ?? []) marked = (marked + idHash(id)) >>> 0;
  return [
    sizeKey(input),
    input.nodes.length,
    nodes,
    input.links.length,
    linksHash(input.links),
    input.selected ?? '',
    input.highlighted?.size ?? 0,
    marked,
    JSON.stringify(input.colors),
  ].join('|');
}

/**
 * Copies the part of `source` (a bitmap's drawn part: `width` × `height` device px from the top left corner of its
 * canvas, drawn with transform `c`) that is in view with transform `t` (the
 * 9-argument drawImage: only visible pixels). During a pure pan (scale 1) the source offset is rounded
 * to whole device pixels, so the copy is a plain unfiltered one (at most half a device pixel off until
 * the next cache).
 */
function blitVisible(
  ctx: CanvasRenderingContext2D,
  source: { width: number; height: number; canvas: HTMLCanvasElement },
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
  ctx.drawImage(source.canvas, sx, sy, sw, sh, dx, dy, w, h);
}

/** Used by tests: forget cached scenes. */
export function clearCanvasCache(ctx: CanvasRenderingContext2D): void {
  const cache = caches.get(ctx);
  if (cache) {
    cancelBuild(cache);
    cancelRest(cache);
  }
  caches.delete(ctx);
}

/** What the scene cache of `ctx` holds and does (for tests). */
export function canvasCacheState(ctx: CanvasRenderingContext2D): {
  /** The shown bitmap: its transform, size (CSS px), positions, and the width of the canvas it is on (device px). */
  shown?: { t: Transform; width: number; height: number; positions: ReadonlyMap<Id, Point>; canvasWidth: number };
  building: boolean;
  /** A build waits for the view to rest. */
  waiting: boolean;
} {
  const cache = caches.get(ctx);
  const ready = cache?.ready;
  return {
    shown: ready ? { t: { ...ready.t }, width: ready.width, height: ready.height, positions: ready.positions, canvasWidth: ready.canvas.width } : undefined,
    building: !!cache?.build,
    waiting: cache?.rest !== undefined,
  };
}

export function drawCanvas(ctx: CanvasRenderingContext2D, input: CanvasInput): void {
  const { width, height, transform: t } = input;
  const doc = ctx.canvas.ownerDocument as Document | undefined;
  if (!doc || !(width > 0) || !(height > 0) || !(t.k > 0) || typeof setTimeout !== 'function') {
    drawScene(ctx, input, t, width, height);
    return;
  }
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = { spare: [], sizes: { links: 256, dashed: 64, nodes: 256, labels: 64 } }));
  cache.last = input;
  const key = contentKey(input);
  const ready = cache.ready;
  if (ready) show(ctx, input, ready);
  if (ready?.positions === input.positions && fits(ready, input, key)) {
    // Fits. A build for an older view is not needed any more.
    cancelRest(cache);
    if (cache.build && !cache.build.urgent) cancelBuild(cache);
    return;
  }
  const build = cache.build;
  if (ready?.positions !== input.positions) {
    // New positions: a new bitmap at once (after the one being drawn for new positions, if any).
    if (build?.urgent) return;
    cancelBuild(cache);
    cancelRest(cache);
    startBuild(cache, ctx);
    return;
  }
  // Same positions, another view or selection: a new bitmap once the view rests.
  if (build) {
    const b = build.bitmap;
    if (build.urgent || (b.positions === input.positions && fits(b, input, key))) return;
    cancelBuild(cache);
  }
  cancelRest(cache);
  cache.rest = setTimeout(() => {
    cache.rest = undefined;
    startBuild(cache, ctx);
  }, REST_MS);
}

/** Copies `bitmap` to the screen for the view of `input`, with the current marks on top. */
function show(ctx: CanvasRenderingContext2D, input: CanvasInput, bitmap: Bitmap): void {
  const t = input.transform;
  blitVisible(ctx, { width: bitmap.pixelWidth, height: bitmap.pixelHeight, canvas: bitmap.canvas }, bitmap.t, t, t.k / bitmap.t.k, input.width * input.ratio, input.height * input.ratio, input.ratio);
  drawMarks(ctx, input, t, bitmap.positions);
}

/**
 * True when the bitmap shows what `input` asks for: the same content, at the same scale, the whole
 * view, and (at scales with labels) drawn for this view: labels are placed for the view only.
 */
function fits(bitmap: Bitmap, input: CanvasInput, key: string): boolean {
  const t = input.transform;
  if (bitmap.key !== key || bitmap.t.k !== t.k || !covers(bitmap, input)) return false;
  return t.k < LABEL_MIN_SCALE || (bitmap.view.x === t.x && bitmap.view.y === t.y);
}

/** True when the bitmap holds the whole view of `input`. */
function covers(bitmap: Bitmap, input: CanvasInput): boolean {
  const t = input.transform;
  const s = t.k / bitmap.t.k;
  const left = bitmap.t.x - t.x / s;
  const top = bitmap.t.y - t.y / s;
  return left >= 0 && top >= 0 && left + input.width / s <= bitmap.width && top + input.height / s <= bitmap.height;
}

function cancelRest(cache: SceneCache): void {
  if (cache.rest !== undefined) clearTimeout(cache.rest);
  cache.rest = undefined;
}

function cancelBuild(cache: SceneCache): void {
  const build = cache.build;
  if (!build) return;
  build.cancel?.();
  release(cache, build.bitmap.canvas);
  cache.build = undefined;
}

function release(cache: SceneCache, canvas: HTMLCanvasElement): void {
  if (cache.spare.length < 1) cache.spare.push(canvas);
}

/**
 * Makes the engine rasterise what was drawn on `context` so far (reading one pixel): the cost of a piece
 * is then paid in its own task, not where the bitmap is next used. The bitmaps are created with
 * `willReadFrequently` (kept in memory, read back without a copy of the whole bitmap).
 */
function rasterise(context: CanvasRenderingContext2D): void {
  context.getImageData(0, 0, 1, 1);
}

/**
 * Items in the next piece of a phase: as many as fit in PIECE_MS at the cost per item of the last
 * piece, growing at most twofold, shrinking at most by half. A partial piece (the end of a group) says
 * little about the cost per item: it only shrinks the size when it took longer than PIECE_MS.
 */
export function nextSize(size: number, items: number, spentMs: number): number {
  if (items <= 0) return size;
  const full = items >= size;
  if (!full && spentMs <= PIECE_MS) return size;
  const fit = (PIECE_MS * items) / Math.max(0.25, spentMs);
  return Math.max(8, Math.round(Math.min(full ? size * 2 : size, Math.max(size / 2, fit))));
}

/**
 * Draws a bitmap for the latest input in pieces (one task after another, each about TASK_MS): the size
 * of the view while the layout moves, else twice that; then shows it.
 */
function startBuild(cache: SceneCache, ctx: CanvasRenderingContext2D): void {
  const input = cache.last;
  if (!input) return;
  const { width, height, ratio, transform: t } = input;
  const doc = ctx.canvas.ownerDocument;
  const margin = input.moving ? 1 : 2;
  const canvas = cache.spare.pop() ?? doc.createElement('canvas');
  const cw = Math.round(margin * width * ratio);
  const ch = Math.round(margin * height * ratio);
  // A canvas only grows: drawn on from its top left corner, it serves the view-sized bitmaps of a moving
  // layout and the twice as large ones at rest without a new backing store (and its first, slow, clear) at
  // every switch between the two.
  if (canvas.width < cw || canvas.height < ch) {
    canvas.width = Math.max(canvas.width, cw);
    canvas.height = Math.max(canvas.height, ch);
  }
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    // No second canvas to draw on: draw the view directly, at once.
    drawScene(ctx, input, t, width, height);
    return;
  }
  const bt = { x: t.x + ((margin - 1) * width) / 2, y: t.y + ((margin - 1) * height) / 2, k: t.k };
  const bitmap: Bitmap = {
    ...{ canvas, context, t: bt, view: { ...t }, width: margin * width, height: margin * height, pixelWidth: cw, pixelHeight: ch },
    ...{ key: contentKey(input), positions: input.positions },
  };
  const urgent = cache.ready?.positions !== input.positions;
  // Labels only for the view (placing them is one piece; the margin gets its labels at the next rest).
  const view = { x: ((margin - 1) * width) / 2, y: ((margin - 1) * height) / 2, width, height };
  const build: Build = { bitmap, urgent, steps: drawBaseSteps(context, input, bt, margin * width, margin * height, cache.sizes, view) };
  cache.build = build;
  const now = () => performance.now();
  const run = () => {
    build.cancel = undefined;
    if (cache.build !== build) return;
    const start = now();
    for (;;) {
      const pieceStart = now();
      const step = build.steps.next();
      if (step.done) break;
      rasterise(context);
      const spent = Math.max(0.25, now() - pieceStart);
      const { phase, items } = step.value;
      cache.sizes[phase] = nextSize(cache.sizes[phase], items, spent);
      if (now() - start >= TASK_MS) {
        // Nothing shown yet: show the first bitmap as it grows.
        const last = cache.last;
        if (!cache.ready && last) show(ctx, last, bitmap);
        build.cancel = nextTask(run);
        return;
      }
    }
    // Complete: it replaces the bitmap shown, and the view is drawn from it at once (which starts the
    // next build when the latest input needs one).
    cache.build = undefined;
    if (cache.ready) release(cache, cache.ready.canvas);
    cache.ready = bitmap;
    if (cache.last) drawCanvas(ctx, cache.last);
  };
  build.cancel = nextTask(run);
}
