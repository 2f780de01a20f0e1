/**
 * Zoom and pan on the map's SVG surface with plain pointer events (no d3-zoom, which would bring
 * d3-selection, d3-transition, d3-interpolate, d3-color, d3-ease, d3-timer and d3-drag into the bundle):
 * - wheel: zoom at the cursor (the same step as d3-zoom: ×2^(−deltaY·0.002), ×10 with Ctrl for pinch gestures
 *   of touchpads);
 * - one pointer on the background: pan; two pointers (touch): pinch-zoom around their midpoint while panning;
 * - buttons and keys: `zoomBy`, `panBy`, `fit`, `ensureVisible` (instant, nothing to reduce under reduced motion).
 * Dragging a node is not a pan: pointer-downs on `[data-id]`, or already handled by the map (canvas hit test,
 * `stopPropagation`), are left to the node drag handler. Listeners are added with addEventListener: CSP-safe.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '../../layout/create-simulation.js';

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 6;

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

function clampScale(k: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));
}

/** d3-zoom's default wheel step, so wheels and touchpads feel the same as before. */
function wheelDelta(event: WheelEvent): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
}

export class ZoomController implements ReactiveController {
  transform: ViewTransform = { x: 0, y: 0, k: 1 };
  /** True once the user zoomed or panned (then the map no longer re-fits by itself). */
  userMoved = false;
  /** The viewport size (kept for the host; gestures measure the element itself). */
  viewport = { width: 0, height: 0 };
  private element?: Element;
  /** Active background pointers (element coordinates of their last position). */
  private readonly pointers = new Map<number, Point>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /**
     * Told about every change (with the previous transform; `gesture`: a wheel, drag or pinch of the user, which
     * may be drawn as a transform of the whole surface until it pauses); returns true when it drew the change itself.
     */
    private readonly onChange: (previous: ViewTransform, gesture: boolean) => boolean,
    /** Where the element's top left corner would be without a transform it has for a running gesture. */
    private readonly origin: (element: Element) => { left: number; top: number } = (element) => element.getBoundingClientRect(),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** A pointer is pressed on the background: a drag or pinch goes on. */
  get holding(): boolean {
    return this.pointers.size > 0;
  }

  /** Attaches to `element` (no-op when already attached to it). */
  attach(element: Element): void {
    if (this.element === element) return;
    this.detach();
    this.element = element;
    element.addEventListener('wheel', this.onWheel as EventListener, { passive: false });
    element.addEventListener('pointerdown', this.onPointerDown as EventListener);
    element.addEventListener('pointermove', this.onPointerMove as EventListener);
    element.addEventListener('pointerup', this.onPointerEnd as EventListener);
    element.addEventListener('pointercancel', this.onPointerEnd as EventListener);
    element.addEventListener('lostpointercapture', this.onPointerEnd as EventListener);
  }

  detach(): void {
    const element = this.element;
    if (!element) return;
    element.removeEventListener('wheel', this.onWheel as EventListener);
    element.removeEventListener('pointerdown', this.onPointerDown as EventListener);
    element.removeEventListener('pointermove', this.onPointerMove as EventListener);
    element.removeEventListener('pointerup', this.onPointerEnd as EventListener);
    element.removeEventListener('pointercancel', this.onPointerEnd as EventListener);
    element.removeEventListener('lostpointercapture', this.onPointerEnd as EventListener);
    this.pointers.clear();
    this.element = undefined;
  }

  /**
   * Sets the transform. `silent`: during the host's update (no new update is requested). `gesture`: a wheel,
   * drag or pinch of the user (see `onChange`).
   */
  apply(t: ViewTransform, silent = false, gesture = false): void {
    const k = clampScale(t.k);
    if (![t.x, t.y, k].every(Number.isFinite)) return;
    const previous = this.transform;
    this.transform = { x: t.x, y: t.y, k };
    if (silent) return;
    if (!this.onChange(previous, gesture)) this.host.requestUpdate();
  }

  /** Zooms to scale `k` keeping the viewport point (`cx`, `cy`) over the same layout point. */
  private zoomAt(k: number, cx: number, cy: number, gesture = false): void {
    const { x, y, k: k0 } = this.transform;
    const k2 = clampScale(k);
    this.apply({ k: k2, x: cx - ((cx - x) / k0) * k2, y: cy - ((cy - y) / k0) * k2 }, false, gesture);
  }

  /** Zooms by `factor` around the centre of a `width`×`height` viewport. */
  zoomBy(factor: number, width: number, height: number): void {
    this.userMoved = true;
    this.zoomAt(this.transform.k * factor, width / 2, height / 2);
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

  // ------------------------------------------------------------------------------------------------
  // Gestures

  /**
   * Adds a pointer to the gesture at its last position: a press on the background, or a finger pressed on a node
   * (a second finger makes a pinch wherever each finger is: pointer-input.ts). False for a pointer already in it,
   * or with two in it.
   */
  join(pointer: { pointerId: number; clientX: number; clientY: number }): boolean {
    if (!this.element || this.pointers.size >= 2 || this.pointers.has(pointer.pointerId)) return false;
    this.pointers.set(pointer.pointerId, this.local(pointer));
    return true;
  }

  /** The event's pointer in the attached element's coordinates (as the element sits without a gesture's transform). */
  local(event: { clientX: number; clientY: number }): Point {
    const rect = this.origin(this.element!);
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private onWheel = (event: WheelEvent): void => {
    if (!this.element) return;
    event.preventDefault();
    const p = this.local(event);
    this.userMoved = true;
    this.zoomAt(this.transform.k * Math.pow(2, wheelDelta(event)), p.x, p.y, true);
  };

  private onPointerDown = (event: PointerEvent): void => {
    // Left button (or touch/pen contact) on the background only; Ctrl+click is not a pan (as in d3-zoom).
    if (!this.element || event.button !== 0 || event.ctrlKey || event.cancelBubble) return;
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    if (target?.closest?.('[data-id]') || !this.join(event)) return;
    try {
      this.element.setPointerCapture?.(event.pointerId);
    } catch {
      // Synthetic or already released pointers cannot be captured: the gesture still works inside the element.
    }
  };

  private onPointerMove = (event: PointerEvent): void => {
    const before = this.pointers.get(event.pointerId);
    if (!before) return;
    const now = this.local(event);
    if (this.pointers.size === 1) {
      this.pointers.set(event.pointerId, now);
      if (now.x === before.x && now.y === before.y) return;
      this.userMoved = true;
      this.apply({ ...this.transform, x: this.transform.x + now.x - before.x, y: this.transform.y + now.y - before.y }, false, true);
      return;
    }
    // Pinch: the other pointer stays; the layout point under the old midpoint follows the new midpoint.
    let other: Point | undefined;
    for (const [id, p] of this.pointers) if (id !== event.pointerId) other = p;
    this.pointers.set(event.pointerId, now);
    if (!other) return;
    const d0 = Math.hypot(before.x - other.x, before.y - other.y);
    const d1 = Math.hypot(now.x - other.x, now.y - other.y);
    if (d0 < 1 || d1 < 1) return;
    const m0 = { x: (before.x + other.x) / 2, y: (before.y + other.y) / 2 };
    const m1 = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
    const { x, y, k } = this.transform;
    const k2 = clampScale(k * (d1 / d0));
    const anchor = { x: (m0.x - x) / k, y: (m0.y - y) / k };
    this.userMoved = true;
    this.apply({ k: k2, x: m1.x - anchor.x * k2, y: m1.y - anchor.y * k2 }, false, true);
  };

  private onPointerEnd = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
  };
}
