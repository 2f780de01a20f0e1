/**
 * Owns the stopped d3 simulation of the map (layout/): warms it up before the first paint within a
 * budget, then ticks it in ≤ 12 ms slices from requestAnimationFrame until it settles. Under reduced
 * motion (or while paused) nothing animates: the layout is computed ahead and shown once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '../../model/types.js';
import type { NetworkGraph } from '../../graph/types.js';
import {
  createLayoutSimulation,
  runInSlices,
  warmUp,
  SETTLE_TICKS,
  type LayoutKind,
  type LayoutSimulation,
  type Point,
  type SliceRunner,
} from '../../layout/index.js';
import { nextTask } from '../../util/next-task.js';

/**
 * Milliseconds of warm-up before the first paint: one slice. The first paint must come ≤ 100 ms after
 * the data (it waits for this, the graph and the first render); the deterministic sunflower start
 * positions are already a fair picture, and the rest of the layout runs in the following frames.
 */
export const WARM_UP_BUDGET_MS = 6;
/**
 * The warm-up of a graph built in the data's task ends this many milliseconds after the data came in, at
 * the latest. 0: such a graph is shown at its (deterministic) start positions at once, and the ticks the
 * warm-up would have done run in the next frames instead (the same ticks in the same order: the layout ends
 * the same). A warm-up of a few milliseconds moved the nodes little but held up the first frame with them
 * (about a quarter of the data's task on the bench machine; issue 17, first paint against a bare d3 page).
 */
export const WARM_UP_DEADLINE_MS = 0;
/** Milliseconds of ticking per animation frame. */
export const SLICE_MS = 12;
/**
 * After a layout switch or a drag, at most this many ticks per animation frame: a small graph then
 * glides (~20 frames) instead of jumping. The first layout after loading is not capped (settle fast).
 */
export const MAX_TICKS_PER_FRAME = 8;
/** Up to this many nodes every animation frame is drawn; larger layouts draw less often (they settle sooner). */
export const DRAW_EVERY_FRAME_LIMIT = 300;
/**
 * The first layout after loading is drawn in every other frame at most: the frame between two drawings
 * only ticks. Drawing moves every node, link and label, and on a slow device rendering them costs more
 * than a slice of ticks, so the layout settles sooner (Rotterdam-Rijnmond on the bench machine: 710 →
 * 490 ms) and input still gets a short frame in between. Later runs (a switch, a drag) draw every frame.
 */
export const INITIAL_DRAW_EVERY = 2;
/**
 * Up to this many nodes a graph is built in one task (the map: strip, graph, simulation, warm-up, first
 * render); larger ones are built over several tasks so that no main-thread task grows long.
 */
export const ONE_TASK_NODES = 300;
/** Budget for computing a whole layout ahead (reduced motion, paused). */
export const AHEAD_BUDGET_MS = 1500;

export interface LayoutControllerOptions {
  /** Called when the layout comes to rest (after load, a layout switch or a drag). */
  onSettled: (layout: LayoutKind) => void;
  reducedMotion: () => boolean;
  /**
   * Called for each animation frame with new positions. Return true when the frame was drawn without a
   * host update (the fast path); otherwise the host re-renders.
   */
  onFrame?: () => boolean;
}

export class LayoutController implements ReactiveController {
  /** Current positions by node id (a new Map whenever they change). */
  positions: ReadonlyMap<Id, Point> = new Map();
  private sim?: LayoutSimulation;
  private runner?: SliceRunner;
  private pausedFlag = false;
  private pinnedIds = new Set<Id>();
  /** True while the layout of a newly set graph runs (uncapped ticks per frame). */
  private initialRun = false;
  /** The animation frame that starts the frame loop after a new graph (see setGraph). */
  private startHandle?: number;
  /** A graph whose simulation is being built over the next tasks (see setGraph). */
  private pending?: { graph: NetworkGraph; layout: LayoutKind; width: number; height: number; cancel?: () => void };
  /** Steps of building a simulation done (separate tasks for a large graph, see scheduleBuild). */
  private prepared = false;
  /** Bumped on each new positions map; the host re-renders when it changes. */
  version = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LayoutControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelDeferredStart();
    this.pending?.cancel?.();
    if (this.pending) this.pending.cancel = undefined;
    this.runner?.cancel();
    this.runner = undefined;
  }

  hostConnected(): void {
    if (this.pending) {
      this.scheduleBuild();
      return;
    }
    if (this.sim && !this.sim.settled() && !this.pausedFlag) this.animate();
  }

  get simulation(): LayoutSimulation | undefined {
    return this.sim;
  }

  get pinned(): ReadonlySet<Id> {
    return this.pinnedIds;
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  get settled(): boolean {
    return this.sim?.settled() ?? false;
  }

  /** True while positions are still to change by themselves (the layout is being built or runs). */
  get moving(): boolean {
    return this.pending !== undefined || this.startHandle !== undefined || (this.runner?.running ?? false);
  }

  get size(): { width: number; height: number } {
    return this.sim?.size ?? { width: 960, height: 600 };
  }

  /**
   * A new graph: a new simulation, warmed up (and, without motion, computed fully) before painting.
   * A small graph (≤ ONE_TASK_NODES nodes) is built and shown at once. A large graph, with
   * motion, has the work spread over tasks so that no main-thread task grows long: creating the
   * simulation and setting up its forces run in a task each (util/next-task.ts: without the 4 ms that a
   * nested zero timeout waits), and the positions are published (and the host renders the nodes, at their
   * start positions like a small graph's) in the task after that. Until then `positions` is
   * empty: the host draws no nodes. The result is the same as computing it at once (the same ticks from
   * the same start).
   */
  setGraph(graph: NetworkGraph, layout: LayoutKind, width: number, height: number, timing: { dataInAt?: number } = {}): void {
    this.cancelDeferredStart();
    this.cancelPendingBuild();
    this.runner?.cancel();
    this.runner = undefined;
    this.sim?.dispose();
    this.sim = undefined;
    this.pinnedIds = new Set();
    this.initialRun = true;
    if (this.still || typeof setTimeout !== 'function') {
      this.build(graph, layout, width, height);
      this.show();
      return;
    }
    // A small graph's simulation and warm-up are cheap: built and shown at once, so the host draws the
    // nodes in the same task as the data (the first paint comes one frame after the data). Its warm-up
    // ends WARM_UP_DEADLINE_MS after the data came in, at the latest.
    if (graph.nodes.length <= ONE_TASK_NODES) {
      this.build(graph, layout, width, height, timing.dataInAt === undefined ? undefined : timing.dataInAt + WARM_UP_DEADLINE_MS);
      this.show();
      return;
    }
    this.positions = new Map();
    this.version++;
    this.pending = { graph, layout, width, height };
    this.scheduleBuild();
  }

  /** Runs the next step of a pending build in its own task (see setGraph). */
  private scheduleBuild(): void {
    const pending = this.pending;
    if (!pending || pending.cancel !== undefined) return;
    pending.cancel = nextTask(() => {
      pending.cancel = undefined;
      if (this.pending !== pending) return;
      // A large graph: the simulation is created and its forces set up in a task each, then it is shown.
      if (!this.sim) {
        this.create(pending.graph, pending.layout, pending.width, pending.height);
        this.scheduleBuild();
        return;
      }
      if (!this.prepared) {
        // No warm-up follows, as for a small graph: the ticks run in the frames after the first paint.
        this.sim.prepare();
        this.prepared = true;
        this.scheduleBuild();
        return;
      }
      this.pending = undefined;
      this.show();
    });
  }

  private cancelPendingBuild(): void {
    this.pending?.cancel?.();
    this.pending = undefined;
  }

  /** Creates the simulation and warms it up (fully, without motion). */
  private build(graph: NetworkGraph, layout: LayoutKind, width: number, height: number, warmUpEnd?: number): void {
    this.create(graph, layout, width, height);
    this.warm(warmUpEnd);
  }

  private create(graph: NetworkGraph, layout: LayoutKind, width: number, height: number): void {
    this.sim = createLayoutSimulation(graph, { layout, width, height });
    this.prepared = false;
  }

  /** `warmUpEnd`: when the warm-up must end at the latest (performance.now() time). */
  private warm(warmUpEnd?: number): void {
    if (!this.sim) return;
    if (this.still) {
      warmUp(this.sim, { maxTicks: SETTLE_TICKS * 3, budgetMs: AHEAD_BUDGET_MS });
    } else {
      const left = warmUpEnd === undefined ? WARM_UP_BUDGET_MS : Math.min(WARM_UP_BUDGET_MS, warmUpEnd - performance.now());
      warmUp(this.sim, { maxTicks: SETTLE_TICKS, budgetMs: left });
    }
    // Set up the forces, if no tick has.
    this.sim.prepare();
    this.prepared = true;
  }

  /** Publishes the warmed-up positions and starts the frame loop (or settles). */
  private show(): void {
    if (!this.sim) return;
    this.publish();
    if (this.still || this.sim.settled()) {
      this.continue();
      return;
    }
    // The frame loop starts one frame later: the first painted frame shows the warmed-up positions
    // without another slice of ticks and element moves in it.
    this.deferStart();
  }

  /** Switches force ↔ AVE from the current positions (animated, or at once without motion). */
  setLayout(layout: LayoutKind): void {
    if (this.pending) {
      // Not built yet: build with this layout (a simulation already made switches as usual below).
      this.pending.layout = layout;
      if (!this.sim) return;
    }
    if (!this.sim || this.sim.layout === layout) return;
    this.endInitialRun();
    this.sim.setLayout(layout);
    this.continue();
  }

  /** Pins a node at (x, y). The pinned set is drawn (a dashed outline): a newly pinned node updates the host. */
  pin(id: Id, x: number, y: number): void {
    if (!this.sim) return;
    this.endInitialRun();
    if (!this.pinnedIds.has(id)) this.host.requestUpdate();
    this.pinnedIds.add(id);
    this.sim.pin(id, x, y);
    // Show the pinned node at once, even before the next tick.
    const next = new Map(this.positions);
    next.set(id, { x, y });
    this.positions = next;
    this.version++;
    this.continue();
  }

  unpin(id: Id): void {
    if (!this.sim || !this.pinnedIds.delete(id)) return;
    this.sim.unpin(id);
    this.host.requestUpdate();
    this.continue();
  }

  pause(): void {
    this.pausedFlag = true;
    this.runner?.cancel();
    this.runner = undefined;
  }

  resume(): void {
    this.pausedFlag = false;
    this.continue();
  }

  dispose(): void {
    this.cancelDeferredStart();
    this.cancelPendingBuild();
    this.runner?.cancel();
    this.runner = undefined;
    this.sim?.dispose();
    this.sim = undefined;
    this.positions = new Map();
  }

  /** A switch or drag during the first run: restart the loop so the per-frame cap applies. */
  private endInitialRun(): void {
    if (!this.initialRun) return;
    this.initialRun = false;
    this.runner?.cancel();
    this.runner = undefined;
  }

  private deferStart(): void {
    this.cancelDeferredStart();
    if (typeof requestAnimationFrame !== 'function') {
      this.continue();
      return;
    }
    // Two frames: the first is the one that paints the warmed-up positions (the host renders them in
    // this task), the loop starts in the one after it.
    this.startHandle = requestAnimationFrame(() => {
      this.startHandle = requestAnimationFrame(() => {
        this.startHandle = undefined;
        this.continue();
      });
    });
  }

  private cancelDeferredStart(): void {
    if (this.startHandle !== undefined) cancelAnimationFrame(this.startHandle);
    this.startHandle = undefined;
  }

  private get still(): boolean {
    return this.pausedFlag || this.options.reducedMotion();
  }

  /** After a change: animate, or (without motion) compute ahead and show the result once. */
  private continue(): void {
    const sim = this.sim;
    if (!sim) return;
    if (sim.settled()) {
      this.publish();
      this.options.onSettled(sim.layout);
      return;
    }
    if (this.still) {
      if (this.pausedFlag) {
        // Paused: nothing moves; the pinned node is shown where it was put.
        this.publish();
        return;
      }
      warmUp(sim, { maxTicks: SETTLE_TICKS * 3, budgetMs: AHEAD_BUDGET_MS });
      this.publish();
      if (sim.settled()) this.options.onSettled(sim.layout);
      else this.animate(false);
      return;
    }
    this.animate();
  }

  private animate(draw = true): void {
    const sim = this.sim;
    if (!sim) return;
    if (this.runner?.running) return;
    const drawEvery = Math.max(this.initialRun ? INITIAL_DRAW_EVERY : 1, Math.ceil(sim.nodeCount / (DRAW_EVERY_FRAME_LIMIT / 2)) - 1);
    let frames = 0;
    this.runner = runInSlices(sim, {
      sliceMs: SLICE_MS,
      maxTicksPerFrame: this.initialRun ? undefined : MAX_TICKS_PER_FRAME,
      onFrame: () => {
        if (draw && ++frames % drawEvery === 0) this.publish(true);
      },
      onSettled: () => {
        this.runner = undefined;
        this.initialRun = false;
        this.publish();
        this.options.onSettled(sim.layout);
      },
    });
  }

  private publish(frame = false): void {
    if (!this.sim) return;
    this.positions = this.sim.positions();
    this.version++;
    if (frame && this.options.onFrame?.()) return;
    this.host.requestUpdate();
  }
}
