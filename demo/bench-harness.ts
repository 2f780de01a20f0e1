// The measuring side of the benchmark pages (demo/bench.html: the map; demo/bench-bare.html: the bare
// d3-force + SVG baseline), driven by bench/run.mjs in headless Chromium: window.__bench (status, marks,
// long tasks, long animation frames), window.__benchFrames (frame times of a requestAnimationFrame loop
// while bench/run.mjs pans and zooms), loading the network of the case, and the first painted frame.
import { createSyntheticNetwork } from '../src/graph/synthetic-network.js';
import { stripPersonalData } from '../src/model/privacy.js';
import type { GiaNetwork } from '../src/model/types.js';

interface TaskEntry {
  start: number;
  duration: number;
}

interface FrameScript {
  invoker: string;
  source: string;
  duration: number;
  forcedStyleAndLayout: number;
}

interface AnimationFrameEntry extends TaskEntry {
  blocking: number;
  render: number;
  styleAndLayout: number;
  scripts: FrameScript[];
}

interface FrameStats {
  frames: number;
  elapsedMs: number;
  fps: number;
  p50: number;
  p95: number;
  max: number;
  over33: number;
}

interface BenchState {
  status: 'starting' | 'loading' | 'painted' | 'settled' | 'error' | 'timeout';
  case: string;
  error?: string;
  network?: { source: string; generateMs: number };
  nodes?: number;
  links?: number;
  renderer?: 'svg' | 'canvas';
  domNodes?: number;
  /** performance.now() timestamps. */
  t: {
    setData?: number;
    dataIn?: number;
    firstPaintMark?: number;
    /** The requestAnimationFrame after gia:first-paint: the first frame is on screen. */
    painted?: number;
    settled?: number;
  };
  paintMs?: number;
  settleMs?: number;
  longTasks: TaskEntry[];
  longFrames: AnimationFrameEntry[];
  /** WebGL renderer string: tells a real GPU from software rendering (SwiftShader). */
  gpu?: string;
}

export const params = new URLSearchParams(location.search);
const statusLine = document.querySelector('#status');
export const bench: BenchState = { status: 'starting', case: location.search, t: {}, longTasks: [], longFrames: [] };
(window as unknown as { __bench: BenchState }).__bench = bench;

function gpuRenderer(): string {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return 'no WebGL';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return 'unknown';
  }
}
bench.gpu = gpuRenderer();

export function setStatus(status: BenchState['status'], text: string): void {
  bench.status = status;
  if (status === 'timeout' || status === 'error') bench.error = bench.error ?? text;
  if (statusLine) statusLine.textContent = text;
}

function observe(type: string, onEntry: (entry: PerformanceEntry) => void): void {
  try {
    if (!PerformanceObserver.supportedEntryTypes?.includes(type)) return;
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
  } catch {
    // not supported in this browser: leave the list empty
  }
}

observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));

// Long animation frames carry script attribution (which function, which invoker): the findings.
type LoafScript = {
  invoker?: string;
  invokerType?: string;
  sourceURL?: string;
  sourceFunctionName?: string;
  sourceCharPosition?: number;
  duration: number;
  forcedStyleAndLayoutDuration?: number;
};
type LoafEntry = PerformanceEntry & {
  blockingDuration?: number;
  renderStart?: number;
  styleAndLayoutStart?: number;
  scripts?: LoafScript[];
};
observe('long-animation-frame', (raw) => {
  const entry = raw as LoafEntry;
  const end = entry.startTime + entry.duration;
  bench.longFrames.push({
    start: entry.startTime,
    duration: entry.duration,
    blocking: entry.blockingDuration ?? 0,
    render: entry.renderStart ? end - entry.renderStart : 0,
    styleAndLayout: entry.styleAndLayoutStart ? end - entry.styleAndLayoutStart : 0,
    scripts: (entry.scripts ?? []).map((s) => ({
      invoker: s.invoker ?? s.invokerType ?? '',
      source: `${s.sourceFunctionName || '(anonymous)'} ${(s.sourceURL ?? '').replace(location.origin, '')}:${s.sourceCharPosition ?? -1}`,
      duration: s.duration,
      forcedStyleAndLayout: s.forcedStyleAndLayoutDuration ?? 0,
    })),
  });
});

// ---------------------------------------------------------------------------------------------------
// Frame times (rAF loop), started and stopped by bench/run.mjs around the scripted pan and zoom.

let frameTimes: number[] = [];
let frameLoop = false;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

(window as unknown as { __benchFrames: unknown }).__benchFrames = {
  start(): void {
    frameTimes = [];
    frameLoop = true;
    const loop = (time: number) => {
      if (!frameLoop) return;
      frameTimes.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  },
  stop(): FrameStats {
    frameLoop = false;
    const deltas = frameTimes.slice(1).map((t, i) => t - frameTimes[i]!);
    const sorted = [...deltas].sort((a, b) => a - b);
    const elapsed = frameTimes.length > 1 ? frameTimes[frameTimes.length - 1]! - frameTimes[0]! : 0;
    return {
      frames: deltas.length,
      elapsedMs: elapsed,
      fps: elapsed > 0 ? (deltas.length * 1000) / elapsed : 0,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.length ? sorted[sorted.length - 1]! : NaN,
      over33: deltas.filter((d) => d > 33.4).length,
    };
  },
};

// ---------------------------------------------------------------------------------------------------
// The case

const DATASETS = new Set(['zuid-limburg', 'rotterdam-rijnmond']);

/**
 * A public map is measured with the file a municipality publishes (what `gia-netwerkkaart public` writes), made
 * before the measured window. Given a file with personal values, a public map first checks its texts for copies
 * of them (a lazy chunk): the misconfiguration path, not the one to time. Fictitious entries are kept: the
 * synthetic networks are marked fictitious (in both datasets only contact persons are, no nodes in public mode).
 */
function asPublished(network: GiaNetwork): GiaNetwork {
  return params.get('mode') === 'professional' ? network : stripPersonalData(network, { keepFictitious: true });
}

export async function loadNetwork(): Promise<{ network: GiaNetwork; source: string; generateMs: number }> {
  const dataset = params.get('dataset');
  const synthetic = params.get('synthetic');
  const start = performance.now();
  if (dataset) {
    if (!DATASETS.has(dataset)) throw new Error(`Onbekende dataset "${dataset}"`);
    const response = await fetch(`/data/${dataset}.json`);
    if (!response.ok) throw new Error(`HTTP ${response.status} voor /data/${dataset}.json`);
    const network = asPublished((await response.json()) as GiaNetwork);
    return { network, source: `dataset:${dataset}`, generateMs: performance.now() - start };
  }
  const count = Number(synthetic ?? '200');
  if (!Number.isFinite(count) || count < 3 || count > 50000) throw new Error(`Ongeldig aantal knooppunten "${synthetic}"`);
  const network = asPublished(createSyntheticNetwork(count));
  return { network, source: `synthetic:${count}`, generateMs: performance.now() - start };
}

export function markTime(name: string): number | undefined {
  const entries = performance.getEntriesByName(name, 'mark');
  return entries.length ? entries[entries.length - 1]!.startTime : undefined;
}

export function firstMarkTime(name: string): number | undefined {
  const entries = performance.getEntriesByName(name, 'mark');
  return entries.length ? entries[0]!.startTime : undefined;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves when the map has set its `gia:first-paint` mark (the map is drawn; side panels may follow later). */
export function firstPaintMarked(): Promise<void> {
  return new Promise((resolve) => {
    if (firstMarkTime('gia:first-paint') !== undefined) return resolve();
    const observer = new PerformanceObserver(() => {
      if (firstMarkTime('gia:first-paint') === undefined) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
  });
}

/** The timestamp of the first animation frame that begins after the gia:first-paint mark. */
export function paintedFrame(): Promise<number> {
  return new Promise((resolve) => {
    const check = (time: number) => {
      const mark = firstMarkTime('gia:first-paint');
      if (mark !== undefined && time > mark) {
        // For the trace summary (bench --trace): the frame that painted the map lies between the two marks.
        performance.mark('bench:painted');
        resolve(time);
      }
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
