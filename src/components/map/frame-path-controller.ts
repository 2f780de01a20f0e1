/**
 * The map's frame path: what is drawn between full updates. A layout animation frame moves the existing SVG
 * elements (collected on the first frame after a full update) or repaints the canvas, and asks for a full
 * update every few frames (label placement); a pan moves the viewport group at once and asks for the full
 * update when the panning pauses. A pause timer still running when the host disconnects is dropped.
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
}

/** After this many layout frames without a full update, the next frame asks for one. */
const FRAMES_PER_UPDATE = 8;
/** A full update follows a pan when the panning has paused this long (ms). */
const PAN_PAUSE_MS = 120;

export class FramePathController implements ReactiveController {
  /** The links the last full update drew as SVG lines, in order (the frame path pairs them with the lines). */
  links: readonly GraphLink[] = [];
  private elements?: FrameElements;
  private frames = 0;
  private panTimer?: ReturnType<typeof setTimeout>;

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
  }

  hostDisconnected(): void {
    clearTimeout(this.panTimer);
  }

  /** A pan or zoom: moves the viewport group at once; false when a full update is needed now. */
  drawPan(): boolean {
    const t = this.source.transform();
    const viewport = this.source.surface()?.querySelector('g.viewport');
    if (!viewport || this.host.isUpdatePending) return false;
    // Nodes keep their size until the full update re-scales labels and strokes.
    viewport.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    if (this.source.canvas()) this.source.paintCanvas(false);
    clearTimeout(this.panTimer);
    this.panTimer = setTimeout(() => this.host.requestUpdate(), PAN_PAUSE_MS);
    return true;
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
