/**
 * The map's frame path: what is drawn between full updates. A layout animation frame moves the existing SVG
 * elements (collected on the first frame after a full update) or repaints the canvas, and asks for a full
 * update every few frames (label placement); a pan or zoom asks for the full update when it pauses (a drag or
 * pinch: when it has paused and ended).
 * Meanwhile a pan or zoom by a button or key moves the viewport group at once; a wheel, drag or pinch of the
 * user on the SVG path changes only a CSS transform of the layer that holds the surface (div.pan, a composited
 * layer): the browser moves the picture it has, with no style, layout or paint of the nodes, links and labels
 * per frame, and the full update draws it sharp again. The transform is on that HTML layer, not on the <svg>:
 * a transform of the <svg> element or of a group in it makes the browser lay out and paint every SVG text again
 * (its font scale depends on it), frame after frame. While a wheel or pinch has changed the scale, the texts are
 * not shown until the pause (see `writeShift`). A pause timer still running when the host disconnects is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '../../model/types.js';
import type { GraphLink } from '../../graph/types.js';
import type { Point } from '../../layout/index.js';
import { collectFrameElements, moveFrameElements, type FrameElements } from '../../render/svg-frame.js';

export interface FrameSource {
  surface(): SVGSVGElement | undefined;
  /** The map view with a graph is shown. */
  shown(): boolean;
  /** The canvas path is drawn (the canvas controller repaints). */
  canvas(): boolean;
  paintCanvas(now: boolean): void;
  positions(): ReadonlyMap<Id, Point>;
  radius(): (id: Id) => number;
  transform(): { x: number; y: number; k: number };
  /** A pointer is pressed on the background (a drag or pinch goes on: the full update waits for its end). */
  held(): boolean;
}

/** After this many layout frames without a full update, the next frame asks for one. */
const FRAMES_PER_UPDATE = 8;
/** A full update follows a pan when the panning has paused this long (ms). */
const PAN_PAUSE_MS = 120;

/** A CSS transform of the surface: screen = drawn × s + (x, y). */
interface SurfaceShift {
  x: number;
  y: number;
  s: number;
}

export class FramePathController implements ReactiveController {
  /** The links the last full update drew as SVG lines, in order (the frame path pairs them with the lines). */
  links: readonly GraphLink[] = [];
  private elements?: FrameElements;
  private frames = 0;
  private panTimer?: ReturnType<typeof setTimeout> | undefined;
  /** The transform the viewport group was drawn with by the last full update (or a pan by a button or key). */
  private drawn?: { x: number; y: number; k: number };
  /** The CSS transform of the surface's layer during a gesture (undefined: none). */
  private shift?: SurfaceShift | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isUpdatePending: boolean },
    private readonly source: FrameSource,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.frames = 0;
  }

  hostUpdated(): void {
    // Collected on the first animation frame after this update, not in the task that renders (before the paint).
    this.elements = undefined;
    // The full update draws the viewport group with the current transform (written here, not by the template,
    // whose last value the frame path may have changed since): the surface needs no shift.
    const t = (this.drawn = { ...this.source.transform() });
    const surface = this.source.surface();
    surface?.querySelector('g.viewport')?.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    this.unshift(surface);
  }

  hostDisconnected(): void {
    clearTimeout(this.panTimer);
    this.panTimer = undefined;
  }

  /** A pan or zoom is running: it changed the view less than a pause ago (the full update follows the pause). */
  get moving(): boolean {
    return this.panTimer !== undefined;
  }

  /** Where the surface's top left corner is on the page without the transform of a running gesture. */
  origin(surface: Element): { left: number; top: number } {
    const rect = surface.getBoundingClientRect();
    const shift = this.shift;
    return shift ? { left: rect.left - shift.x, top: rect.top - shift.y } : rect;
  }

  /**
   * A pan or zoom (`gesture`: a wheel, drag or pinch of the user): draws it at once, by a transform of the
   * surface's layer (a gesture on the SVG path) or of the viewport group; false when a full update is needed now.
   */
  drawPan(gesture = false): boolean {
    const t = this.source.transform();
    const surface = this.source.surface();
    const viewport = surface?.querySelector('g.viewport');
    if (!surface || !viewport || this.host.isUpdatePending) return false;
    const drawn = this.drawn;
    const layer = panLayer(surface);
    if (gesture && drawn && layer && !this.source.canvas()) {
      // Nodes, links and labels keep their drawn size until the full update re-scales labels and strokes.
      const s = t.k / drawn.k;
      this.writeShift(surface, layer, { x: t.x - drawn.x * s, y: t.y - drawn.y * s, s });
    } else {
      this.unshift(surface);
      this.drawn = { ...t };
      viewport.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
      if (this.source.canvas()) this.source.paintCanvas(false);
    }
    this.armPause();
    return true;
  }

  /** The full update follows when the pan or zoom has paused and no pointer is held. */
  private armPause(): void {
    clearTimeout(this.panTimer);
    this.panTimer = setTimeout(() => {
      if (this.source.held()) return this.armPause();
      this.panTimer = undefined;
      this.host.requestUpdate();
    }, PAN_PAUSE_MS);
  }

  /** Moves the surface's layer by a CSS transform. */
  private writeShift(surface: SVGSVGElement, layer: HTMLElement, shift: SurfaceShift): void {
    if (!layer.style.willChange) {
      // Its own layer, with the surface drawn beyond its box (the stage clips), so a pan shows no empty edge.
      Object.assign(layer.style, { willChange: 'transform', transformOrigin: '0 0' });
      surface.style.overflow = 'visible';
    }
    // While the scale differs from the drawn one, the texts (labels, captions, phase numbers) are not shown: at
    // the hit test of every input event (a wheel event's target) the browser would lay each of them out and
    // paint it again, as the font scale of an SVG text follows the scale of the layer. The full update after
    // the pause shows them, sharp, at the new scale.
    if (shift.s !== 1) layer.classList.add('zooming');
    layer.style.transform = `translate(${shift.x}px,${shift.y}px) scale(${shift.s})`;
    this.shift = shift;
  }

  private unshift(surface: SVGSVGElement | undefined): void {
    if (!this.shift) return;
    this.shift = undefined;
    const layer = surface && panLayer(surface);
    if (!layer) return;
    layer.style.transform = '';
    layer.classList.remove('zooming');
  }

  /** An animation frame of the layout: moves the drawn elements; false to ask for a full update. */
  drawFrame(): boolean {
    if (!this.source.shown()) return true;
    if (this.host.isUpdatePending) return false;
    this.frames++;
    if (this.frames >= FRAMES_PER_UPDATE) return false;
    // Canvas path: repaint now (this is an animation frame); the DOM proxy follows at the next full update.
    if (this.source.canvas()) {
      this.source.paintCanvas(true);
      return true;
    }
    const surface = this.source.surface();
    if (!surface) return false;
    const elements = (this.elements ??= collectFrameElements(surface, this.links));
    return moveFrameElements(elements, this.source.positions(), this.source.radius());
  }
}

/** The HTML layer that a gesture moves: the surface's parent, div.pan (map-graph.ts). */
function panLayer(surface: SVGSVGElement): HTMLElement | undefined {
  const parent = surface.parentElement;
  return parent?.classList.contains('pan') ? parent : undefined;
}
