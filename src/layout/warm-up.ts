/**
 * Clocking the stopped layout engine (see create-simulation.ts):
 * - `warmUp`: synchronous ticks before the first paint, bounded by a tick count and a time budget;
 * - `tickForBudget`: as many ticks as fit in one frame's budget;
 * - `runInSlices`: a frame loop for the component (requestAnimationFrame is injected, so this runs
 *   in Node tests too) that ticks in slices, calls `onFrame` after each slice that moved something,
 *   and `onSettled` once when the layout has come to rest.
 */
import type { LayoutSimulation } from './create-simulation.js';

type Clock = () => number;

const defaultNow: Clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export interface WarmUpOptions {
  /** At most this many ticks. */
  maxTicks: number;
  /** Stop after this many milliseconds (checked after every tick); none at all when it is 0 or less. */
  budgetMs?: number;
  now?: Clock;
}

/** Ticks until settled, `maxTicks`, or the time budget is used up. Returns the number of ticks done. */
export function warmUp(sim: LayoutSimulation, options: WarmUpOptions): number {
  const now = options.now ?? defaultNow;
  const maxTicks = Math.max(0, Math.floor(options.maxTicks) || 0);
  const budget = options.budgetMs;
  if (budget !== undefined && !(budget > 0)) return 0;
  const start = budget === undefined ? 0 : now();
  let ticks = 0;
  while (ticks < maxTicks && !sim.settled()) {
    sim.tick();
    ticks++;
    if (budget !== undefined && now() - start >= budget) break;
  }
  return ticks;
}

/**
 * Ticks as long as another tick is expected to fit in `budgetMs` (judged by the slowest tick so far),
 * but at least one tick when not settled. Returns the number of ticks done.
 */
export function tickForBudget(sim: LayoutSimulation, budgetMs: number, now: Clock = defaultNow, maxTicks = 1000): number {
  const start = now();
  let ticks = 0;
  let slowest = 0;
  let last = start;
  while (ticks < maxTicks && !sim.settled()) {
    sim.tick();
    ticks++;
    const t = now();
    slowest = Math.max(slowest, t - last);
    last = t;
    if (t - start + slowest > budgetMs) break;
  }
  return ticks;
}

export interface RunInSlicesOptions {
  /** Milliseconds of ticking per frame. Default 8 (half a 60 Hz frame). */
  sliceMs?: number;
  /**
   * At most this many ticks per frame (default unlimited), so a small graph's movement stays visible
   * as an animation of a few hundred milliseconds instead of a jump.
   */
  maxTicksPerFrame?: number;
  /** Schedules the next frame; defaults to requestAnimationFrame. */
  requestFrame?: (callback: () => void) => unknown;
  /** Cancels a scheduled frame; defaults to cancelAnimationFrame. */
  cancelFrame?: (handle: unknown) => void;
  now?: Clock;
  /** Called after each slice that ticked (draw here). */
  onFrame?: (ticks: number) => void;
  /** Called once when the layout settles. */
  onSettled?: () => void;
}

export interface SliceRunner {
  /** Stops the loop (no more callbacks). */
  cancel(): void;
  /** Starts the loop again after reheat/pin (no-op while running). */
  wake(): void;
  readonly running: boolean;
}

/**
 * Runs the layout in frame-sized slices until it settles. Starts immediately (first slice in the next
 * frame). An already settled layout gets one frame and then `onSettled`.
 */
export function runInSlices(sim: LayoutSimulation, options: RunInSlicesOptions = {}): SliceRunner {
  const sliceMs = options.sliceMs ?? 8;
  const maxTicks = Math.max(1, Math.floor(options.maxTicksPerFrame ?? 1000) || 1000);
  const now = options.now ?? defaultNow;
  const requestFrame =
    options.requestFrame ?? ((cb: () => void) => (globalThis as { requestAnimationFrame: (cb: () => void) => number }).requestAnimationFrame(cb));
  const cancelFrame =
    options.cancelFrame ??
    ((handle: unknown) => (globalThis as { cancelAnimationFrame?: (h: unknown) => void }).cancelAnimationFrame?.(handle));
  let handle: unknown;
  let running = false;
  let cancelled = false;

  const frame = () => {
    handle = undefined;
    if (cancelled) return;
    const ticks = tickForBudget(sim, sliceMs, now, maxTicks);
    if (ticks > 0) options.onFrame?.(ticks);
    if (sim.settled()) {
      running = false;
      options.onSettled?.();
      return;
    }
    handle = requestFrame(frame);
  };

  const runner: SliceRunner = {
    cancel() {
      cancelled = true;
      running = false;
      if (handle !== undefined) cancelFrame(handle);
      handle = undefined;
    },
    wake() {
      if (running) return;
      cancelled = false;
      running = true;
      handle = requestFrame(frame);
    },
    get running() {
      return running;
    },
  };
  runner.wake();
  return runner;
}
