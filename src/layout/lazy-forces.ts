/**
 * The layout code that only some maps need, one lazy chunk of the script-tag bundle (loaded through
 * layout-forces.ts): the AVE columns, their geometry and the AVE layout's part of a simulation (layout="ave"),
 * and the local repulsion of large graphs (> 400 nodes).
 */
export { aveLayout } from './ave-layout.js';
export { forceAveBands } from './force-ave-bands.js';
export { forceLocalRepel } from './force-local-repel.js';
export { largeGraphForces } from './large-graph-forces.js';
export { assignBands, assignLanes, aveGroupOf, aveOrderKeys, avePositions } from './ave-order.js';
export { aveBandGeometry, neutralShare } from './ave-band-geometry.js';
