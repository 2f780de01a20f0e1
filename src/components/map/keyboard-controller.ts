/**
 * The keyboard model of the graph (one tab stop, roving focus):
 *
 *   Arrow keys        nearest node in that direction
 *   [ / ]             previous / next link of the current node (the walk keeps its starting node)
 *   Home / End        first / last node
 *   Enter / Space     select (opens the details)
 *   Escape            stop moving / close the key list / close the details (focus back on the node)
 *   + / -  and 0      zoom in / out, fit to view
 *   Shift + arrows    pan
 *   m, then arrows    move the node (WCAG 2.5.7); Enter or Escape ends the move
 *   p                 pause / resume motion
 *   ?                 the list of keys
 */
import type { Id } from '../../model/types.js';
import type { Point } from '../../layout/create-simulation.js';
import { nearestInDirection, neighboursClockwise, type Direction } from './spatial-navigation.js';
import { claimsKey } from './keyboard-keys.js';

export interface KeyboardHost {
  readonly focusedId: Id | undefined;
  readonly selectedId: Id | undefined;
  readonly movingId: Id | undefined;
  /** Positions of the nodes that can be reached (visible ones). */
  reachable(): ReadonlyMap<Id, Point>;
  /** Reachable nodes in document order (Home/End). */
  order(): Id[];
  neighbours(id: Id): Id[];
  focusNode(id: Id): void;
  select(id: Id | null): void;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  fit(): void;
  startMove(id: Id): void;
  endMove(): void;
  /** Moves the node being moved by (dx, dy) screen pixels. */
  moveBy(dx: number, dy: number): void;
  togglePause(): void;
  openKeys(): void;
}

const DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const PAN_STEP = 60;
const MOVE_STEP = 12;
const ZOOM_STEP = 1.25;

export class KeyboardController {
  /** The node whose links `[`/`]` walk, while the walk lasts. */
  private walkAnchor?: Id;

  constructor(private readonly host: KeyboardHost) {}

  /** Handles a keydown inside the graph; returns true when the key was used. */
  handle(event: KeyboardEvent): boolean {
    const host = this.host;
    // The same answer as before the chunk with this controller arrived (see keyboard-keys.ts).
    if (!claimsKey(event, host)) return false;
    const key = event.key;
    const current = host.focusedId;
    const direction = DIRECTIONS[key];

    if (host.movingId !== undefined) {
      if (direction) {
        const step = event.shiftKey ? MOVE_STEP * 4 : MOVE_STEP;
        const v = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }[direction];
        host.moveBy(v[0]! * step, v[1]! * step);
        return true;
      }
      if (key === 'Enter' || key === 'Escape' || key === 'm' || key === ' ') {
        host.endMove();
        return true;
      }
    }

    if (direction) {
      if (event.shiftKey) {
        const v = { up: [0, 1], down: [0, -1], left: [1, 0], right: [-1, 0] }[direction];
        host.panBy(v[0]! * PAN_STEP, v[1]! * PAN_STEP);
        return true;
      }
      const positions = host.reachable();
      const from = current !== undefined ? positions.get(current) : undefined;
      if (!from) {
        const first = host.order()[0];
        if (first !== undefined) host.focusNode(first);
        return true;
      }
      const next = nearestInDirection(from, direction, positions, current);
      if (next !== undefined) {
        this.walkAnchor = undefined;
        host.focusNode(next);
      }
      return true;
    }

    switch (key) {
      case '[':
      case ']': {
        if (current === undefined) return false;
        const anchor =
          this.walkAnchor !== undefined && (this.walkAnchor === current || host.neighbours(this.walkAnchor).includes(current))
            ? this.walkAnchor
            : current;
        const positions = host.reachable();
        const center = positions.get(anchor);
        if (!center) return true;
        const ring = neighboursClockwise(
          center,
          host
            .neighbours(anchor)
            .filter((id) => positions.has(id))
            .map((id) => [id, positions.get(id)!] as [Id, Point]),
        );
        if (ring.length === 0) return true;
        this.walkAnchor = anchor;
        const index = ring.indexOf(current);
        const next =
          index < 0 ? (key === ']' ? ring[0] : ring[ring.length - 1]) : ring[(index + (key === ']' ? 1 : -1) + ring.length) % ring.length];
        if (next !== undefined) host.focusNode(next);
        return true;
      }
      case 'Home':
      case 'End': {
        const order = host.order();
        const target = key === 'Home' ? order[0] : order[order.length - 1];
        if (target !== undefined) {
          this.walkAnchor = undefined;
          host.focusNode(target);
        }
        return true;
      }
      case 'Enter':
      case ' ':
        if (current !== undefined) host.select(current);
        return true;
      case 'Escape':
        if (host.selectedId !== undefined) {
          host.select(null);
          return true;
        }
        return false;
      case '+':
      case '=':
        host.zoomBy(ZOOM_STEP);
        return true;
      case '-':
      case '_':
        host.zoomBy(1 / ZOOM_STEP);
        return true;
      case '0':
        host.fit();
        return true;
      case 'm':
      case 'M':
        if (current !== undefined) host.startMove(current);
        return true;
      case 'p':
      case 'P':
        host.togglePause();
        return true;
      case '?':
        host.openKeys();
        return true;
      default:
        return false;
    }
  }
}
