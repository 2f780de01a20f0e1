/**
 * The canvas path of the map (more than CANVAS_THRESHOLD visible nodes): paints the graph on the stage's
 * canvas, at most once per animation frame and only when what is drawn changed (frame-painter.ts), with the
 * canvas renderer (a lazy chunk: the first paint waits for it), and finds the node under the pointer with
 * a quadtree of the visible nodes. Theme colours are read again after each full update of the host, not on
 * every pan frame. A paint still scheduled when the host disconnects is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '../../model/types.js';
import type { GraphNode } from '../../graph/types.js';
import type { Point } from '../../layout/index.js';
import type { CanvasColors, CanvasInput } from '../../render/canvas-renderer.js';
import { canvasRenderer, loadCanvasRenderer } from '../../render/canvas-loader.js';
import type { NodeHitIndex } from '../../render/node-hit-index.js';
import { drawnRadius } from '../../render/node-shapes.js';
import { FramePainter } from './frame-painter.js';

/** What the canvas shows (without the pixel ratio and the colours, which the controller adds). */
export type CanvasScene = Omit<CanvasInput, 'ratio' | 'colors'> & { canvas: HTMLCanvasElement };

export interface CanvasSource {
  /** The scene to paint, or undefined when the canvas path is not shown. */
  scene(): CanvasScene | undefined;
  /** What the canvas shows, as a list of values: a repaint is needed only when one of them changed. */
  key(): readonly unknown[];
}

export class CanvasController implements ReactiveController {
  private readonly painter = new FramePainter(() => this.paint());
  private colors?: CanvasColors;
  /** Made with the canvas renderer's chunk (only the canvas path needs it). */
  private hitIndex?: NodeHitIndex;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly source: CanvasSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.colors = undefined;
  }

  hostDisconnected(): void {
    this.painter.cancel();
  }

  /** Paints in the next animation frame. */
  schedule(): void {
    this.painter.schedule();
  }

  /** Paints in the next animation frame when what is drawn changed since the last paint. */
  scheduleIfChanged(): void {
    this.painter.scheduleIfChanged(this.source.key());
  }

  /** Paints now (from inside an animation frame). */
  paintNow(): void {
    this.painter.paintNow();
  }

  /** The node at `p` (layout coordinates) within at least `minRadius` of its centre; undefined until the renderer is in. */
  nodeAt(nodes: readonly GraphNode[], positions: ReadonlyMap<Id, Point>, p: Point, minRadius: number): Id | undefined {
    const renderer = canvasRenderer();
    if (!renderer) return undefined;
    // A quadtree of the visible nodes (rebuilt lazily when the positions change): not every node per move.
    this.hitIndex ??= new renderer.NodeHitIndex(drawnRadius);
    return this.hitIndex.find(nodes, positions, p, minRadius);
  }

  /** Paints the canvas (from an animation frame, by the painter); returns the key of what it drew. */
  private paint(): readonly unknown[] | undefined {
    const scene = this.source.scene();
    if (!scene) return undefined;
    const key = this.source.key();
    const { canvas, width, height } = scene;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const renderer = canvasRenderer();
    if (!renderer) {
      // The renderer is a lazy chunk: paint as soon as it is in.
      void loadCanvasRenderer().then(
        () => {
          this.painter.invalidate();
          this.painter.schedule();
        },
        () => undefined,
      );
      return undefined;
    }
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    renderer.drawCanvas(context, { ...scene, ratio, colors: (this.colors ??= renderer.readCanvasColors(this.host)) });
    return key;
  }
}
