/**
 * Reading and writing the view state in the URL hash, as one module: the map loads it as one lazy chunk
 * (hash-controller.ts), only when the hash is kept and either holds a view or the user changes the view.
 */
export { parseViewState } from './hash-state.js';
export { serializeViewState } from './serialize-view-state.js';
