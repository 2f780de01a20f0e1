/**
 * The canvas renderer (./canvas-renderer.ts) is needed only for large networks (more than CANVAS_THRESHOLD
 * visible nodes), so the map loads it lazily: in the script-tag bundle it is a chunk of its own
 * (dist/chunks/, same origin), fetched the first time the map takes the canvas path.
 */
import type * as CanvasRendererModule from './canvas-renderer.js';
import { lazyModule } from '../util/lazy-module.js';

export type CanvasRenderer = typeof CanvasRendererModule;

/** Above this many visible nodes the map draws on a canvas. */
export const CANVAS_THRESHOLD = 600;

const renderer = lazyModule(() => import('./canvas-renderer.js'));

/** The renderer when it has arrived, else undefined (call loadCanvasRenderer to fetch it). */
export function canvasRenderer(): CanvasRenderer | undefined {
  return renderer.value;
}

/** Loads the renderer once (rejects when the chunk cannot be loaded; a later call tries again). */
export function loadCanvasRenderer(): Promise<CanvasRenderer> {
  return renderer.loadOrThrow();
}
