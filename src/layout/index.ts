// The layout module: the only place that touches d3-force.
export {
  createLayoutSimulation,
  layoutRadius,
  usesLazyForces,
  LARGE_GRAPH,
  ALPHA_MIN,
  ALPHA_DECAY,
  SETTLE_TICKS,
  VELOCITY_DECAY,
  type LayoutKind,
  type LayoutNode,
  type LayoutLink,
  type LayoutOptions,
  type LayoutSimulation,
  type Point,
} from './create-simulation.js';
export { forceAveBands, aveBandGeometry, bandRange, type AveBandGeometry, type AveBandsForce, type BandColumn, type BandValue, type Extent } from './force-ave-bands.js';
export { loadLayoutForces, loadedLayoutForces, layoutForces, type LayoutForces } from './layout-forces.js';
export { warmUp, tickForBudget, runInSlices, type WarmUpOptions, type RunInSlicesOptions, type SliceRunner } from './warm-up.js';
