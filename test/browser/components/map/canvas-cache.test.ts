// The canvas renderer's scene cache: bitmaps drawn in pieces over short tasks, moved and scaled while
// the view changes, drawn again only at rest (or at once for new positions).
import { expect } from '@esm-bundle/chai';
import type { GraphLink, GraphNode, NodeKind } from '../../../../src/graph/types.js';
import type { CanvasInput } from '../../../../src/render/canvas-renderer.js';
import { canvasCacheState, clearCanvasCache, drawCanvas, REST_MS } from '../../../../src/render/canvas-renderer.js';
import { blendLine, drawScene } from '../../../../src/render/canvas-scene.js';

const W = 300;
const H = 200;
const KINDS: NodeKind[] = ['organisation', 'meeting', 'intervention', 'specialism'];

function scene(count = 60): Pick<CanvasInput, 'nodes' | 'links' | 'positions'> {
  const nodes: GraphNode[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < count; i++) {
    const id = `n${i}`;
    nodes.push({ id, kind: KINDS[i % KINDS.length]!, label: `Node ${i}`, phases: [], specialisms: [], municipalities: [], searchText: id, degree: 2, fictitious: false });
    // A grid well inside the view at scale 0.5 (so nothing depends on what is just outside it).
    positions.set(id, { x: 80 + (i % 10) * 48, y: 60 + Math.floor(i / 10) * 48 });
  }
  const links: GraphLink[] = [];
  for (let i = 1; i < count; i++) {
    const source = `n${i}`;
    const target = `n${(i * 7 + 3) % count}`;
    links.push({ id: `${source}|refers-to|${target}`, source, target, type: i % 2 ? 'refers-to' : 'part-of' });
  }
  return { nodes, links, positions };
}

const colors: CanvasInput['colors'] = {
  kind: { phase: '#335577', organisation: '#1f5fa8', meeting: '#2e7d32', intervention: '#8e24aa', specialism: '#c62828', contact: '#6d4c41' },
  line: '#6b6f76',
  background: '#ffffff',
  accent: '#0b5cad',
  highlight: '#8a4b00',
  text: '#1a1a1a',
  lineBlended: '#b5b7ba',
};

function canvas(): CanvasRenderingContext2D {
  const element = document.createElement('canvas');
  element.width = W;
  element.height = H;
  document.body.append(element);
  return element.getContext('2d')!;
}

/**
 * Scale 0.5: no labels (drawn from 0.6; their placement depends on the area they may use, which is
 * larger for a bitmap with margins than for the view).
 */
function input(base: Pick<CanvasInput, 'nodes' | 'links' | 'positions'>, transform = { x: 0, y: 0, k: 0.5 }, extra: Partial<CanvasInput> = {}): CanvasInput {
  return { ...base, transform, width: W, height: H, ratio: 1, colors, ...extra };
}

/** Waits (task by task) until nothing is being drawn or waiting for rest. */
async function settle(ctx: CanvasRenderingContext2D): Promise<number> {
  let tasks = 0;
  for (; tasks < 500; tasks++) {
    const state = canvasCacheState(ctx);
    if (!state.building && !state.waiting) return tasks;
    await new Promise((resolve) => setTimeout(resolve, state.waiting ? REST_MS : 0));
  }
  throw new Error('the cache did not settle');
}

function pixels(ctx: CanvasRenderingContext2D): Uint8ClampedArray {
  return ctx.getImageData(0, 0, W, H).data;
}

/** Number of pixels that differ by more than 24 in some channel. */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) > 24 || Math.abs(a[i + 1]! - b[i + 1]!) > 24 || Math.abs(a[i + 2]! - b[i + 2]!) > 24 || Math.abs(a[i + 3]! - b[i + 3]!) > 24) count++;
  }
  return count;
}

function painted(data: Uint8ClampedArray): number {
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
  return count;
}

describe('canvas renderer: scene cache', () => {
  const contexts: CanvasRenderingContext2D[] = [];
  const make = () => {
    const ctx = canvas();
    contexts.push(ctx);
    return ctx;
  };
  afterEach(() => {
    for (const ctx of contexts.splice(0)) {
      clearCanvasCache(ctx);
      ctx.canvas.remove();
    }
  });

  it('shows a bitmap drawn in pieces over several tasks that looks like the scene drawn at once', async () => {
    const base = scene();
    const ctx = make();
    const view = input(base, undefined, { selected: 'n11', highlighted: new Set(['n12', 'n13']) });
    drawCanvas(ctx, view);
    // Nothing is drawn in the calling task: the bitmap is drawn in the tasks that follow.
    expect(canvasCacheState(ctx).building).to.equal(true);
    expect(painted(pixels(ctx))).to.equal(0);
    const tasks = await settle(ctx);
    expect(tasks).to.be.greaterThan(0);
    const state = canvasCacheState(ctx);
    // At rest: twice the view, half a view of margin on every side.
    expect(state.shown?.width).to.equal(2 * W);
    expect(state.shown?.t).to.deep.equal({ x: W / 2, y: H / 2, k: 0.5 });

    const reference = make();
    drawScene(reference, view, view.transform, W, H);
    const expected = pixels(reference);
    expect(painted(expected)).to.be.greaterThan(2000);
    expect(differing(pixels(ctx), expected)).to.be.lessThan(W * H * 0.01);
  });

  it('moves the bitmap while panning, and draws a new one only once the view rests', async () => {
    const base = scene();
    const ctx = make();
    drawCanvas(ctx, input(base));
    await settle(ctx);
    const before = canvasCacheState(ctx).shown!;

    // Within the margin: the same bitmap, moved; nothing else to do.
    drawCanvas(ctx, input(base, { x: 60, y: -30, k: 0.5 }));
    expect(canvasCacheState(ctx)).to.include({ building: false, waiting: false });
    expect(canvasCacheState(ctx).shown?.t).to.deep.equal(before.t);

    // Beyond it: still the same bitmap (part of the view empty), a new one once the view rests.
    const far = input(base, { x: -170, y: 0, k: 0.5 });
    drawCanvas(ctx, far);
    expect(canvasCacheState(ctx)).to.include({ building: false, waiting: true });
    expect(canvasCacheState(ctx).shown?.t).to.deep.equal(before.t);
    await settle(ctx);
    expect(canvasCacheState(ctx).shown?.t).to.deep.equal({ x: -170 + W / 2, y: H / 2, k: 0.5 });
    const reference = make();
    drawScene(reference, far, far.transform, W, H);
    expect(painted(pixels(reference))).to.be.greaterThan(500);
    expect(differing(pixels(ctx), pixels(reference))).to.be.lessThan(W * H * 0.01);

    // Zooming: the bitmap scaled at once, drawn crisply at the new scale once the view rests.
    drawCanvas(ctx, input(base, { x: 0, y: 0, k: 0.4 }));
    expect(canvasCacheState(ctx)).to.include({ waiting: true });
    await settle(ctx);
    expect(canvasCacheState(ctx).shown?.t.k).to.equal(0.4);
  });

  it('draws new positions at once (the size of the view while the layout moves), and the newest after the one in progress', async () => {
    const base = scene();
    const ctx = make();
    drawCanvas(ctx, input(base, undefined, { moving: true }));
    expect(canvasCacheState(ctx)).to.include({ building: true, waiting: false });
    // Newer positions while that one is drawn: it is finished first, then the newest one is drawn.
    const moved = new Map([...base.positions].map(([id, p]) => [id, { x: p.x + 5, y: p.y }]));
    drawCanvas(ctx, input({ ...base, positions: moved }, undefined, { moving: true }));
    await settle(ctx);
    let state = canvasCacheState(ctx);
    expect(state.shown?.positions).to.equal(moved);
    expect(state.shown?.width).to.equal(W);

    // The layout at rest (its last positions): twice the view, for panning.
    const final = new Map(moved);
    drawCanvas(ctx, input({ ...base, positions: final }));
    expect(canvasCacheState(ctx)).to.include({ building: true, waiting: false });
    await settle(ctx);
    state = canvasCacheState(ctx);
    expect(state.shown?.positions).to.equal(final);
    expect(state.shown?.width).to.equal(2 * W);
  });

  it('draws a view-sized bitmap after a twice as large one on the canvases it has, without making them smaller', async () => {
    const base = scene();
    const ctx = make();
    drawCanvas(ctx, input(base));
    await settle(ctx);
    expect(canvasCacheState(ctx).shown).to.include({ width: 2 * W, canvasWidth: 2 * W });
    // The layout moves again: two view-sized bitmaps in a row. The first is drawn on a second canvas (made for
    // it), the second on the canvas of the large bitmap, which keeps its size; the view shows what the scene
    // drawn at once shows.
    let view = input(base);
    for (const [dx, canvasWidth] of [
      [5, W],
      [10, 2 * W],
    ] as const) {
      const moved = new Map([...base.positions].map(([id, p]) => [id, { x: p.x + dx, y: p.y }]));
      view = input({ ...base, positions: moved }, undefined, { moving: true });
      drawCanvas(ctx, view);
      await settle(ctx);
      expect(canvasCacheState(ctx).shown).to.include({ width: W, canvasWidth });
    }
    const reference = make();
    drawScene(reference, view, view.transform, W, H);
    expect(differing(pixels(ctx), pixels(reference))).to.be.lessThan(W * H * 0.01);
  });

  it('with labels (zoomed in): draws the labels for the view it rests at', async () => {
    const base = scene();
    const ctx = make();
    const first = input(base, { x: -100, y: -60, k: 1 });
    drawCanvas(ctx, first);
    await settle(ctx);
    const reference = make();
    drawScene(reference, first, first.transform, W, H);
    // The same picture as drawn at once, labels included (they are placed for the view alike).
    expect(differing(pixels(ctx), pixels(reference))).to.be.lessThan(W * H * 0.01);

    // Panned within the margin: moved at once, labels for the new view once it rests.
    const moved = input(base, { x: -140, y: -60, k: 1 });
    drawCanvas(ctx, moved);
    expect(canvasCacheState(ctx)).to.include({ building: false, waiting: true });
    await settle(ctx);
    expect(canvasCacheState(ctx).shown?.t).to.deep.equal({ x: -140 + W / 2, y: -60 + H / 2, k: 1 });
    drawScene(reference, moved, moved.transform, W, H);
    expect(differing(pixels(ctx), pixels(reference))).to.be.lessThan(W * H * 0.01);
  });

  // Issue 15: in the AVE layout the specialism links follow the selection and the focus, so as many links can be
  // other links; the bitmap must not be kept for them.
  it('draws the same number of other links anew (at rest, as the scene drawn at once)', async () => {
    const base = scene();
    const ctx = make();
    drawCanvas(ctx, input(base));
    await settle(ctx);
    const swapped = base.links.slice(0, -4);
    for (let i = 0; i < 4; i++) swapped.push({ id: `n${i}|has-specialism|n${i + 50}`, source: `n${i}`, target: `n${i + 50}`, type: 'has-specialism' });
    expect(swapped.length).to.equal(base.links.length);
    const next = input({ ...base, links: swapped });
    drawCanvas(ctx, next);
    await settle(ctx);
    const reference = make();
    drawScene(reference, next, next.transform, W, H);
    expect(differing(pixels(ctx), pixels(reference))).to.be.lessThan(W * H * 0.002);
  });

  it('draws links in the line colour blended with the background when both are opaque', () => {
    const probe = document.createElement('canvas').getContext('2d');
    expect(blendLine(probe, '#6b6f76', '#ffffff')).to.equal('#b5b7bb');
    expect(blendLine(probe, 'black', 'rgb(255, 255, 255)')).to.equal('#808080');
    // Not opaque (or not a colour): none (the links are drawn with a global alpha instead).
    expect(blendLine(probe, '#6b6f76', 'transparent')).to.equal(undefined);
    expect(blendLine(probe, 'rgba(0, 0, 0, 0.5)', '#ffffff')).to.equal(undefined);
    expect(blendLine(probe, 'no colour', '#ffffff')).to.equal(undefined);
    expect(blendLine(null, '#000000', '#ffffff')).to.equal(undefined);
  });

  it('shows another selection at once (marks on top of the bitmap), and redraws the labels at rest', async () => {
    const base = scene();
    const ctx = make();
    drawCanvas(ctx, input(base));
    await settle(ctx);
    const plain = pixels(ctx);
    drawCanvas(ctx, input(base, undefined, { selected: 'n22' }));
    // The selection ring is there in the same task.
    const ring = pixels(ctx);
    expect(differing(plain, ring)).to.be.greaterThan(20);
    expect(canvasCacheState(ctx).waiting).to.equal(true);
    await settle(ctx);
    expect(canvasCacheState(ctx).shown).to.not.equal(undefined);
  });
});
