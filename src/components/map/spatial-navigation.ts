/**
 * Keyboard navigation over positioned nodes (pure): the nearest node in an arrow direction, and the
 * order in which `[`/`]` walk the links of a node.
 */
import type { Id } from '../../model/types.js';
import type { Point } from '../../layout/create-simulation.js';

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, Point> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * The nearest candidate in `direction` from `from`: only nodes within 60° of the direction count;
 * the score punishes sideways distance twice as hard as distance along the direction. Ties: id order.
 */
export function nearestInDirection(
  from: Point,
  direction: Direction,
  candidates: Iterable<[Id, Point]>,
  exclude?: Id,
): Id | undefined {
  const v = VECTORS[direction];
  let best: Id | undefined;
  let bestScore = Infinity;
  for (const [id, p] of candidates) {
    if (id === exclude) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * v.x + dy * v.y;
    if (along <= 0.5) continue;
    const across = Math.abs(dx * v.y - dy * v.x);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== undefined && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** Neighbours of a node in clockwise order starting at 12 o'clock (stable for `[`/`]`). */
export function neighboursClockwise(center: Point, neighbours: Iterable<[Id, Point]>): Id[] {
  const list = [...neighbours].map(([id, p]) => {
    let angle = Math.atan2(p.x - center.x, -(p.y - center.y));
    if (angle < 0) angle += 2 * Math.PI;
    return { id, angle };
  });
  list.sort((a, b) => a.angle - b.angle || (a.id < b.id ? -1 : 1));
  return list.map((e) => e.id);
}
