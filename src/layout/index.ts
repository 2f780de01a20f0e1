// The layout module: the only place that touches d3-force.
export {
  createLayoutSimulation,
  layoutRadius,
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
export { warmUp, tickForBudget, runInSlices, type WarmUpOptions, type RunInSlicesOptions, type SliceRunner } from './warm-up.js';
