/**
 * Zoom and pan with d3-zoom on the map's SVG/canvas surface: wheel, pinch, drag on the background,
 * and programmatic zoom for the buttons and keys (instant: no d3-transition, nothing to reduce).
 * Dragging a node is not a pan: pointer-downs on `[data-id]` are left to the drag handler.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Point } from '../../layout/create-simulation.js';

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 6;

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export class ZoomController implements ReactiveController {
  transform: ViewTransform = { x: 0, y: 0, k: 1 };
  /** True once the user zoomed or panned (then the map no longer re-fits by itself). */
  userMoved = false;
  private behavior?: ZoomBehavior<Element, unknown>;
  private selection?: Selection<Element, unknown, null, undefined>;
  private element?: Element;
  /** The viewport size, for d3-zoom's extent (SVG lengths in % cannot be read while hidden). */
  viewport = { width: 0, height: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told about every change (with the previous transform); returns true when it drew the change itself. */
    private readonly onChange: (previous: ViewTransform) => boolean,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Attaches to `element` (no-op when already attached to it). */
  attach(element: Element): void {
    if (this.element === element) return;
    this.detach();
    this.element = element;
    this.behavior = zoom<Element, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .extent(() => [
        [0, 0],
        [Math.max(1, this.viewport.width), Math.max(1, this.viewport.height)],
      ])
      .filter((event: Event) => {
        const e = event as MouseEvent;
        if (e.type === 'wheel') return true;
        const target = e.target as Element | null;
        if (target?.closest?.('[data-id]')) return false;
        return (!e.ctrlKey || e.type === 'wheel') && !e.button;
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        const t = event.transform;
        const previous = this.transform;
        this.transform = { x: t.x, y: t.y, k: t.k };
        if (event.sourceEvent) this.userMoved = true;
        if (!this.onChange(previous)) this.host.requestUpdate();
      });
    this.selection = select(element);
    this.selection.call(this.behavior).on('dblclick.zoom', null);
    this.sync();
  }

  /** Tells d3-zoom the current transform without emitting zoom events. */
  private sync(): void {
    const t = this.transform;
    this.selection?.property('__zoom', zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  detach(): void {
    this.selection?.on('.zoom', null);
    this.selection = undefined;
    this.behavior = undefined;
    this.element = undefined;
  }

  /** Sets the transform. `silent`: during the host's update (no new update is requested). */
  apply(t: ViewTransform, silent = false): void {
    const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.k));
    if (![t.x, t.y, k].every(Number.isFinite)) return;
    const previous = this.transform;
    this.transform = { x: t.x, y: t.y, k };
    this.sync();
    if (silent) return;
    if (!this.onChange(previous)) this.host.requestUpdate();
  }

  /** Zooms by `factor` around the centre of a `width`×`height` viewport. */
  zoomBy(factor: number, width: number, height: number): void {
    const { x, y, k } = this.transform;
    const k2 = Math.min(MAX_SCALE, Math.max(MIN_SCALE, k * factor));
    const cx = width / 2;
    const cy = height / 2;
    this.userMoved = true;
    this.apply({ k: k2, x: cx - ((cx - x) / k) * k2, y: cy - ((cy - y) / k) * k2 });
  }

  panBy(dx: number, dy: number): void {
    this.userMoved = true;
    this.apply({ ...this.transform, x: this.transform.x + dx, y: this.transform.y + dy });
  }

  /** Fits the points (layout coordinates, with radius margin) into the viewport. */
  fit(points: Iterable<Point>, width: number, height: number, margin = 40, maxScale = 2, silent = false): void {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const p of points) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    if (!Number.isFinite(x0) || width <= 0 || height <= 0) return;
    const w = Math.max(1, x1 - x0);
    const h = Math.max(1, y1 - y0);
    // Labels stick out sideways: more room left and right than above and below.
    const mx = Math.min(margin * 2.5, width * 0.15);
    const k = Math.min(maxScale, Math.max(MIN_SCALE, Math.min((width - 2 * mx) / w, (height - 2 * margin) / h)));
    this.apply({ k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k }, silent);
  }

  /** Pans (keeping the scale) so that `p` is at least `margin` px inside the viewport. */
  ensureVisible(p: Point, width: number, height: number, margin = 60): void {
    const { x, y, k } = this.transform;
    const sx = p.x * k + x;
    const sy = p.y * k + y;
    let dx = 0;
    let dy = 0;
    if (sx < margin) dx = margin - sx;
    else if (sx > width - margin) dx = width - margin - sx;
    if (sy < margin) dy = margin - sy;
    else if (sy > height - margin) dy = height - margin - sy;
    if (dx !== 0 || dy !== 0) this.apply({ k, x: x + dx, y: y + dy });
  }

  /** Screen (viewport) point → layout coordinates. */
  toLayout(sx: number, sy: number): Point {
    const { x, y, k } = this.transform;
    return { x: (sx - x) / k, y: (sy - y) / k };
  }
}
