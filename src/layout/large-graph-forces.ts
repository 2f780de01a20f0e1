/**
 * The force layout's forces for a large graph (more than LARGE_GRAPH nodes, create-simulation.ts), in the lazy
 * chunk of the layout forces (lazy-forces.ts): softer links and, instead of many-body + collide, repulsion within a
 * few node spacings with collision in one grid pass (forceLocalRepel: cheap ticks).
 */
import type { ForceLink, Simulation } from 'd3-force';
import type { LayoutLink, LayoutNode } from './create-simulation.js';
import { forceLocalRepel } from './force-local-repel.js';

/** Large graphs: d3's default link strength times this (softer links, less packing in the middle). */
const LARGE_LINK_FACTOR = 0.15;
/** Reach of forceLocalRepel: a few node spacings (nodes settle ~20–30 px apart). */
const LOCAL_REPEL_DISTANCE = 60;

/**
 * Sets the `link` and `charge` forces of a large graph on `simulation`; `crowding`: the node count over
 * LARGE_GRAPH (more nodes press harder on the middle: stronger local repulsion keeps them apart).
 */
export function largeGraphForces(simulation: Simulation<LayoutNode, LayoutLink>, link: ForceLink<LayoutNode, LayoutLink>, crowding: number): void {
  // Softer links: without far-reaching repulsion, d3's default link strength packs the middle. Set before the
  // force gets the nodes, so d3 works the link strengths out once (not again for the new accessor).
  const defaultStrength = link.strength();
  link.strength((l, i, all) => LARGE_LINK_FACTOR * +defaultStrength(l, i, all));
  const repelScale = Math.sqrt(crowding);
  simulation.force('link', link).force(
    'charge',
    forceLocalRepel<LayoutNode>()
      .strength((d) => (-20 - d.radius * 4) * repelScale)
      .distance(LOCAL_REPEL_DISTANCE)
      .radius((d) => d.radius + 3)
      .collideStrength(1),
  );
}
