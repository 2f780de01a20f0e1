/**
 * Pointer hit testing for the canvas path: which visible node is under a layout point. A d3-quadtree of
 * the visible nodes, built lazily for each new positions map (the layout publishes a new Map whenever the
 * positions change), so a pointer move looks at the few nodes near the pointer instead of all of them.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Id } from '../model/types.js';
import type { GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';

interface Entry {
  id: Id;
  x: number;
  y: number;
  r: number;
}

export class NodeHitIndex {
  private tree?: Quadtree<Entry>;
  private positions?: ReadonlyMap<Id, Point>;
  private nodes?: readonly GraphNode[];
  private maxRadius = 0;

  constructor(private readonly radius: (node: GraphNode) => number) {}

  /**
   * The node whose centre is nearest to `p` among those whose target holds it: their radius, and at least
   * `minRadius` (layout units), as nodeAtPoint (node-at-point.ts) for the SVG map. Or undefined. `nodes`
   * are the visible nodes in drawing order: of equally near ones, the node drawn last (on top) wins.
   */
  find(nodes: readonly GraphNode[], positions: ReadonlyMap<Id, Point>, p: Point, minRadius: number): Id | undefined {
    const tree = this.index(nodes, positions);
    const reach = Math.max(this.maxRadius, minRadius);
    let best: Entry | undefined;
    let bestDistance = Infinity;
    const x0 = p.x - reach;
    const y0 = p.y - reach;
    const x1 = p.x + reach;
    const y1 = p.y + reach;
    tree.visit((quad, qx0, qy0, qx1, qy1) => {
      if (!quad.length) {
        let leaf: typeof quad | undefined = quad;
        while (leaf && !leaf.length) {
          const e = (leaf as { data: Entry }).data;
          const d = Math.hypot(e.x - p.x, e.y - p.y);
          if (d <= Math.max(e.r, minRadius) && (d < bestDistance || (d === bestDistance && best && this.order(e) > this.order(best)))) {
            best = e;
            bestDistance = d;
          }
          leaf = (leaf as { next?: typeof quad }).next;
        }
      }
      return qx0 > x1 || qy0 > y1 || qx1 < x0 || qy1 < y0;
    });
    return best?.id;
  }

  private orderOf = new Map<Id, number>();
  private order(e: Entry): number {
    return this.orderOf.get(e.id) ?? 0;
  }

  private index(nodes: readonly GraphNode[], positions: ReadonlyMap<Id, Point>): Quadtree<Entry> {
    if (this.tree && this.positions === positions && this.nodes === nodes) return this.tree;
    const entries: Entry[] = [];
    const orderOf = new Map<Id, number>();
    let maxRadius = 0;
    for (const node of nodes) {
      const q = positions.get(node.id);
      if (!q || !Number.isFinite(q.x) || !Number.isFinite(q.y)) continue;
      const r = this.radius(node);
      if (r > maxRadius) maxRadius = r;
      orderOf.set(node.id, orderOf.size);
      entries.push({ id: node.id, x: q.x, y: q.y, r });
    }
    this.tree = quadtree<Entry>()
      .x((e) => e.x)
      .y((e) => e.y)
      .addAll(entries);
    this.positions = positions;
    this.nodes = nodes;
    this.orderOf = orderOf;
    this.maxRadius = maxRadius;
    return this.tree;
  }
}
