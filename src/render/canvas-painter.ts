/**
 * The painting side of the map's canvas path (part of the canvas renderer's lazy chunk, so the first paint
 * of an SVG map does not carry it): paints the scene at most once per animation frame and only when what is
 * drawn changed (frame-painter.ts), reads the theme colours again after each full update of the host, and
 * finds the node under the pointer with a quadtree of the visible nodes.
 */
import type { Id } from '../model/types.js';
import type { GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { drawCanvas, readCanvasColors, type CanvasColors, type CanvasInput } from './canvas-renderer.js';
import { FramePainter } from './frame-painter.js';
import { NodeHitIndex } from './node-hit-index.js';
import { drawnRadius } from './node-shapes.js';

/** What the canvas shows (without the pixel ratio and the colours, which the painter adds). */
export type CanvasScene = Omit<CanvasInput, 'ratio' | 'colors'> & { canvas: HTMLCanvasElement };

export interface CanvasSource {
  /** The scene to paint, or undefined when the canvas path is not shown. */
  scene(): CanvasScene | undefined;
  /** What the canvas shows, as a list of values: a repaint is needed only when one of them changed. */
  key(): readonly unknown[];
}

export class CanvasPainter {
  readonly frames = new FramePainter(() => this.paint());
  private colors?: CanvasColors | undefined;
  private hitIndex?: NodeHitIndex;

  constructor(
    /** The element whose theme colours are drawn. */
    private readonly host: Element,
    private readonly source: CanvasSource,
  ) {}

  /** The theme may have changed: read the colours again at the next paint. */
  resetColors(): void {
    this.colors = undefined;
  }

  /** The node at `p` (layout coordinates) within at least `minRadius` of its centre. */
  nodeAt(nodes: readonly GraphNode[], positions: ReadonlyMap<Id, Point>, p: Point, minRadius: number): Id | undefined {
    // A quadtree of the visible nodes (rebuilt lazily when the positions change): not every node per move.
    this.hitIndex ??= new NodeHitIndex(drawnRadius);
    return this.hitIndex.find(nodes, positions, p, minRadius);
  }

  /** Paints the canvas (from an animation frame, by the frame painter); returns the key of what it drew. */
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
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    drawCanvas(context, { ...scene, ratio, colors: (this.colors ??= readCanvasColors(this.host)) });
    return key;
  }
}
