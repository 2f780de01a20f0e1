/**
 * The canvas renderer (./canvas-renderer.ts) is needed only for large networks (more than CANVAS_THRESHOLD
 * visible nodes), so the map loads it lazily: in the script-tag bundle it is a chunk of its own
 * (dist/chunks/, same origin), fetched the first time the map takes the canvas path.
 */
import type * as CanvasRendererModule from './canvas-renderer.js';

export type CanvasRenderer = typeof CanvasRendererModule;

/** Above this many visible nodes the map draws on a canvas. */
export const CANVAS_THRESHOLD = 600;

let loaded: CanvasRenderer | undefined;
let loading: Promise<CanvasRenderer> | undefined;

/** The renderer when it has arrived, else undefined (call loadCanvasRenderer to fetch it). */
export function canvasRenderer(): CanvasRenderer | undefined {
  return loaded;
}

/** Loads the renderer once; later calls return the same promise. */
export function loadCanvasRenderer(): Promise<CanvasRenderer> {
  loading ??= import('./canvas-renderer.js').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}
