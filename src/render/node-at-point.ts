/**
 * Pointer targets of the SVG map without an element of their own: which visible node's target holds a
 * layout point. A node's target is the circle its shape fits in, and never less than
 * MIN_TARGET_RADIUS_PX on screen (a 24 px target, WCAG 2.5.8), so small or zoomed-out nodes stay easy
 * to hit. (A transparent hit circle per node did the same, at the cost of an element per node to create,
 * lay out and paint.) The nearest centre wins; of equally near ones, the node drawn last (on top).
 */
import type { Id } from '../model/types.js';
import type { GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';

export const MIN_TARGET_RADIUS_PX = 12;

/** `radius(node)`: the node's target radius in layout units. A linear scan: the SVG map draws ≤ a few hundred nodes. */
export function nodeAtPoint(
  nodes: readonly GraphNode[],
  positions: ReadonlyMap<Id, Point>,
  p: Point,
  radius: (node: GraphNode) => number,
): Id | undefined {
  let best: Id | undefined;
  let bestDistance = Infinity;
  for (const node of nodes) {
    const q = positions.get(node.id);
    if (!q) continue;
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d <= radius(node) && d <= bestDistance) {
      best = node.id;
      bestDistance = d;
    }
  }
  return best;
}
