/**
 * The map's side of the graph's keyboard (keyboard-controller.ts) and pointer input (pointer-input.ts): what
 * the node under the pointer is (its element, or else the target round it: node-at-point.ts, the same rule for
 * the SVG and the canvas path), where the pointer is in layout coordinates, and moving a node (WCAG 2.5.7:
 * started by `m` or by "Verplaats op de kaart", ended by a key or by a click where the node should go).
 */
import type { Id } from '../../model/types.js';
import type { Point } from '../../layout/index.js';
import { MIN_TARGET_RADIUS_PX, nodeAtPoint } from '../../render/node-at-point.js';
import { drawnRadius } from '../../render/node-shapes.js';
import type { CanvasController } from './canvas-controller.js';
import { HoverRest } from './hover-rest.js';
import type { KeyboardHost } from './keyboard-controller.js';
import type { MapContext } from './map-context.js';
import type { PointerHost } from './pointer-input.js';
import type { SelectionController } from './selection-controller.js';
import type { ViewportActions } from './viewport-actions.js';

export interface MapInputParts {
  selection: SelectionController;
  viewport: ViewportActions;
  canvas: CanvasController;
  togglePause(): void;
  openKeys(): void;
  /** A pan or zoom is running (hover emphasis waits until it pauses). */
  moving(): boolean;
}

export class MapInput {
  /** Hover emphasis follows the pointer once it rests (hover-rest.ts). */
  private readonly rest: HoverRest;

  constructor(
    private readonly ctx: MapContext,
    private readonly parts: MapInputParts,
  ) {
    this.rest = new HoverRest((id) => (ctx.state.hoverId = id), () => parts.moving());
  }

  /** What the keyboard controller acts through. */
  keyboardHost(): KeyboardHost {
    const { ctx, parts } = this;
    const { state, layout, zoom } = ctx;
    const visible = () => ctx.mapView()?.nodes ?? [];
    const moved = (key: 'map.moveOn' | 'map.moveOff', id: Id) => this.announceMove(key, id);
    return {
      get focusedId() {
        return ctx.mapView()?.tabStop;
      },
      get selectedId() {
        return state.selected;
      },
      get movingId() {
        return state.movingId;
      },
      reachable: () => new Map(visible().flatMap((n) => (layout.positions.has(n.id) ? [[n.id, layout.positions.get(n.id)!] as const] : []))),
      order: () => visible().map((n) => n.id),
      neighbours: (id) => [...(state.graph?.neighbours.get(id) ?? [])].filter((n) => ctx.mapView()?.filter.visible.has(n) ?? true),
      focusNode: (id) => void parts.selection.focusNode(id),
      select: (id) => parts.selection.select(id, { user: true }),
      zoomBy: (factor) => parts.viewport.zoomBy(factor),
      panBy: (dx, dy) => zoom.panBy(dx, dy),
      fit: () => parts.viewport.fitByUser(),
      startMove: (id) => {
        state.movingId = id;
        moved('map.moveOn', id);
      },
      endMove: () => {
        const id = state.movingId;
        state.movingId = undefined;
        if (id && state.graph?.byId.has(id)) moved('map.moveOff', id);
      },
      moveBy: (dx, dy) => {
        const id = state.movingId;
        const p = id ? layout.positions.get(id) : undefined;
        if (!id || !p) return;
        const next = { x: p.x + dx / zoom.transform.k, y: p.y + dy / zoom.transform.k };
        this.pin(id, next);
        parts.viewport.ensureVisible(id, next);
      },
      togglePause: () => parts.togglePause(),
      openKeys: () => parts.openKeys(),
    };
  }

  /** What the pointer input acts through. */
  pointerHost(): PointerHost {
    const { ctx, parts } = this;
    return {
      get surface() {
        return ctx.surface();
      },
      nodeAt: (event) => this.nodeAt(event),
      layoutPoint: (event) => this.layoutPoint(event),
      hover: (id) => {
        // The pointer cursor follows at once (one class); the emphasis when the pointer rests.
        ctx.surface()?.classList.toggle('over-node', !!id);
        this.rest.set(id);
      },
      select: (id) => {
        ctx.state.focusedId = id;
        parts.selection.select(id, { user: true });
      },
      pin: (id, p) => this.pin(id, p),
      unpin: (id) => {
        if (!ctx.layout.pinned.has(id)) return;
        ctx.settle.start();
        ctx.layout.unpin(id);
      },
      placeMoving: (event) => this.placeMoving(event),
      gesturing: () => ctx.zoom.holding,
      pinch: (pointer) => ctx.zoom.join(pointer),
    };
  }

  /** Pins a node at `p` (a drag, a keyboard move, a click that places a moving node); the layout runs on. */
  private pin(id: Id, p: Point): void {
    this.ctx.settle.start();
    this.ctx.layout.pin(id, p.x, p.y);
  }

  /** Pins the node being moved at the clicked point of the map and ends the move. */
  private placeMoving(event: MouseEvent): boolean {
    const id = this.ctx.state.movingId;
    if (id === undefined || !this.ctx.surface()) return false;
    this.pin(id, this.layoutPoint(event));
    this.ctx.state.movingId = undefined;
    this.announceMove('map.moveOff', id);
    return true;
  }

  private announceMove(key: 'map.moveOn' | 'map.moveOff', id: Id): void {
    this.ctx.announcer.announce({ kind: 'move', key, name: this.ctx.state.graph?.byId.get(id)?.label ?? id });
  }

  /** Where the event's pointer is on the surface (the zoom is attached to it), in layout coordinates. */
  private layoutPoint(event: MouseEvent): Point {
    const p = this.ctx.zoom.local(event);
    return this.ctx.zoom.toLayout(p.x, p.y);
  }

  /** The node under the pointer: its element, or else the target round it (at least 24 px across on screen). */
  private nodeAt(event: MouseEvent): Id | undefined {
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    const g = target?.closest?.('[data-id]');
    if (g) return g.getAttribute('data-id') ?? undefined;
    if (!this.ctx.surface()) return undefined;
    const p = this.layoutPoint(event);
    const minRadius = MIN_TARGET_RADIUS_PX / this.ctx.zoom.transform.k;
    const view = this.ctx.mapView();
    const nodes = view?.nodes ?? [];
    const positions = this.ctx.layout.positions;
    // Beside the shape, within the node's target: the same rule for both renderers.
    if (view?.useCanvas) return this.parts.canvas.nodeAt(nodes, positions, p, minRadius);
    return nodeAtPoint(nodes, positions, p, (n) => Math.max(drawnRadius(n), minRadius));
  }
}
