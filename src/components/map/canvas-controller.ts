/**
 * The canvas path of the map (more than CANVAS_THRESHOLD visible nodes): paints the graph on the stage's
 * canvas through the canvas painter (src/render/canvas-painter.ts: at most once per animation frame and only
 * when what is drawn changed), which comes with the canvas renderer's lazy chunk (the first paint of the
 * canvas path waits for it; an SVG map never loads it), and finds the node under the pointer with it. Theme
 * colours are read again after each full update of the host, not on every pan frame. A paint still
 * scheduled when the host disconnects is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '../../model/types.js';
import type { GraphNode } from '../../graph/types.js';
import type { Point } from '../../layout/index.js';
import type { CanvasPainter, CanvasSource } from '../../render/canvas-painter.js';
import type { FramePainter } from '../../render/frame-painter.js';
import { canvasRenderer, loadCanvasRenderer } from '../../render/canvas-loader.js';

export type { CanvasScene, CanvasSource } from '../../render/canvas-painter.js';

export class CanvasController implements ReactiveController {
  private painter?: CanvasPainter;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly source: CanvasSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.painter?.resetColors();
  }

  hostDisconnected(): void {
    this.painter?.frames.cancel();
  }

  /** Paints in the next animation frame. */
  schedule(): void {
    this.paint((frames) => frames.schedule());
  }

  /** Paints in the next animation frame when what is drawn changed since the last paint. */
  scheduleIfChanged(): void {
    this.paint((frames) => frames.scheduleIfChanged(this.source.key()));
  }

  /** Paints now (from inside an animation frame). */
  paintNow(): void {
    this.paint((frames) => frames.paintNow());
  }

  /** The node at `p` (layout coordinates) within at least `minRadius` of its centre; undefined until the renderer is in. */
  nodeAt(nodes: readonly GraphNode[], positions: ReadonlyMap<Id, Point>, p: Point, minRadius: number): Id | undefined {
    return this.ready()?.nodeAt(nodes, positions, p, minRadius);
  }

  private ready(): CanvasPainter | undefined {
    const renderer = canvasRenderer();
    return renderer ? (this.painter ??= new renderer.CanvasPainter(this.host, this.source)) : undefined;
  }

  /** Runs `action` on the frame painter; until the renderer's chunk is in, loads it and then paints. */
  private paint(action: (frames: FramePainter) => void): void {
    const painter = this.ready();
    if (painter) return action(painter.frames);
    void loadCanvasRenderer().then(
      () => this.ready()?.frames.schedule(),
      () => undefined,
    );
  }
}
