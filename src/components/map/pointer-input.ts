/**
 * Pointer input on the map's surface, apart from panning and zooming (zoom-controller.ts, which hears the same
 * events on the background): hover with a mouse, a press on a node selects it, dragging a node pins it where it
 * is let go, a double click unpins it, and a press beside the nodes places the node that is being moved
 * ("Verplaats op de kaart", WCAG 2.5.7). The host finds the node under the pointer (its target reaches beyond
 * small shapes: node-at-point.ts) and carries out what the pointer asks for.
 * A second finger makes a pinch, wherever the fingers are: a finger that holds a node lets it go (a node it has
 * already moved stays pinned where it is) and both fingers go to the zoom, as does a finger that comes down on a
 * node while another is on the background. Nothing is selected then.
 */
import type { Id } from '../../model/types.js';
import type { Point } from '../../layout/index.js';

export interface PointerHost {
  /** The element the events come from: it captures the pointer that drags a node. */
  readonly surface: Element | undefined;
  /** The node under the event's pointer, if any. */
  nodeAt(event: MouseEvent): Id | undefined;
  /** Where the event's pointer is, in layout coordinates. */
  layoutPoint(event: MouseEvent): Point;
  hover(id: Id | undefined): void;
  /** A press on a node that did not become a drag. */
  select(id: Id): void;
  pin(id: Id, p: Point): void;
  /** Unpins the node if it is pinned. */
  unpin(id: Id): void;
  /** Places the node being moved where the event's pointer is; false when no node is being moved. */
  placeMoving(event: MouseEvent): boolean;
  /** A pointer is on the background (a pan or pinch goes on). */
  gesturing(): boolean;
  /** Adds a touch pointer (at its last position) to the pan or pinch. */
  pinch(pointer: { pointerId: number; clientX: number; clientY: number }): void;
}

/** How far (px) a pointer pressed on a node must move before the press becomes a drag. */
export const DRAG_THRESHOLD_PX = 4;

interface Drag {
  id: Id;
  pointerId: number;
  /** Where the press was. */
  x: number;
  y: number;
  /** Where the pointer is now. */
  clientX: number;
  clientY: number;
  moved: boolean;
  touch: boolean;
}

/** The surface's pointer handlers (`@pointerdown=${input.down}` …); events on the background go on to the zoom. */
export class PointerInput {
  private drag?: Drag | undefined;

  constructor(private readonly host: PointerHost) {}

  readonly down = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const host = this.host;
    if (event.pointerType === 'touch') {
      // A second finger: a pinch (the event goes on to the zoom, which ignores a press on a node itself).
      const held = this.drag;
      if (held?.touch && held.pointerId !== event.pointerId) {
        this.drag = undefined;
        host.pinch({ pointerId: held.pointerId, clientX: held.clientX, clientY: held.clientY });
        host.pinch(event);
        return;
      }
      if (host.gesturing()) return host.pinch(event);
    }
    const id = host.nodeAt(event);
    if (!id) {
      if (host.placeMoving(event)) event.stopPropagation();
      return;
    }
    this.drag = { id, pointerId: event.pointerId, x: event.clientX, y: event.clientY, clientX: event.clientX, clientY: event.clientY, moved: false, touch: event.pointerType === 'touch' };
    try {
      host.surface?.setPointerCapture?.(event.pointerId);
    } catch {
      // A synthetic or already released pointer cannot be captured: the drag still works over the surface.
    }
    event.stopPropagation();
  };

  readonly move = (event: PointerEvent): void => {
    const drag = this.drag;
    if (drag && drag.pointerId === event.pointerId) {
      drag.clientX = event.clientX;
      drag.clientY = event.clientY;
      if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < DRAG_THRESHOLD_PX) return;
      drag.moved = true;
      this.host.pin(drag.id, this.host.layoutPoint(event));
      return;
    }
    // Hover only with no button held (a held button is a pan of the background).
    if (event.pointerType === 'mouse' && !event.buttons) this.host.hover(this.host.nodeAt(event));
  };

  /** pointerup and pointercancel. */
  readonly up = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = undefined;
    this.host.surface?.releasePointerCapture?.(event.pointerId);
    if (!drag.moved) this.host.select(drag.id);
  };

  readonly leave = (): void => this.host.hover(undefined);

  readonly dblclick = (event: MouseEvent): void => {
    const id = this.host.nodeAt(event);
    if (id) this.host.unpin(id);
  };
}
