/**
 * Loader of the forces that only some layouts need (lazy-forces.ts: forceAveBands for layout="ave",
 * forceLocalRepel for graphs above LARGE_GRAPH nodes). They are a lazy chunk of the script-tag bundle, so
 * the first paint of a force-layout map of a regional network does not carry them. createLayoutSimulation
 * is synchronous: whoever asks it for the AVE layout loads them first (`await loadLayoutForces()`; the map
 * does so in its layout controller, see components/map/lazy-forces-layout-controller.ts).
 */
import type * as LazyForces from './lazy-forces.js';
import { lazyModule } from '../util/lazy-module.js';

export type LayoutForces = typeof LazyForces;

const forces = lazyModule(() => import('./lazy-forces.js'));

/** The forces when they are in (undefined before). */
export function loadedLayoutForces(): LayoutForces | undefined {
  return forces.value;
}

/** The forces; throws when they are not loaded yet (a programming error: load them first). */
export function layoutForces(): LayoutForces {
  if (!forces.value) throw new Error('layout forces not loaded: await loadLayoutForces() before using the AVE layout');
  return forces.value;
}

/** Loads the forces once. Rejects when the chunk cannot be loaded (a later call tries again). */
export function loadLayoutForces(): Promise<LayoutForces> {
  return forces.loadOrThrow();
}
