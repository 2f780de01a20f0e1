// Benchmark page (demo/bench.html), driven by bench/run.mjs in headless Chromium.
//   ?dataset=zuid-limburg|rotterdam-rijnmond  fetch /data/<name>.json
//   ?synthetic=N                              createSyntheticNetwork(N) (about three links per node)
//   &mode=professional                        default public
//   &layout=ave                               default force
//   &start=cold                               create, fill and append the map in one task (default: the
//                                             map is on the page, showing its loading frame, before the data)
//   &hold                                     wait for window.__benchGo() before handing over the data
// It creates <gia-network-map no-hash>, hands it the parsed network through the `data` property and
// records on window.__bench: the performance marks (gia:data-in, gia:first-paint, gia:settled), the
// first painted frame, long tasks and long animation frames. window.__benchFrames measures frame
// times with a requestAnimationFrame loop while bench/run.mjs pans and zooms.
import '../src/index.js';
import { createSyntheticNetwork } from '../src/graph/synthetic-network.js';
import type { GiaNetwork } from '../src/model/types.js';
import { stripPersonalData } from '../src/model/privacy.js';

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

const params = new URLSearchParams(location.search);
const statusLine = document.querySelector('#status');
const bench: BenchState = { status: 'starting', case: location.search, t: {}, longTasks: [], longFrames: [] };
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

function setStatus(status: BenchState['status'], text: string): void {
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
 * of them (a lazy chunk): the misconfiguration path, not the one to time.
 */
function asPublished(network: GiaNetwork): GiaNetwork {
  return params.get('mode') === 'professional' ? network : stripPersonalData(network);
}

async function loadNetwork(): Promise<{ network: GiaNetwork; source: string; generateMs: number }> {
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

function markTime(name: string): number | undefined {
  const entries = performance.getEntriesByName(name, 'mark');
  return entries.length ? entries[entries.length - 1]!.startTime : undefined;
}

function firstMarkTime(name: string): number | undefined {
  const entries = performance.getEntriesByName(name, 'mark');
  return entries.length ? entries[0]!.startTime : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves when the map has set its `gia:first-paint` mark (the map is drawn; side panels may follow later). */
function firstPaintMarked(): Promise<void> {
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
function paintedFrame(): Promise<number> {
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

type MapElement = HTMLElement & {
  data?: GiaNetwork;
  ready: Promise<void>;
  updateComplete: Promise<boolean>;
  settled: Promise<void>;
  currentGraph?: { nodes: unknown[]; links: unknown[] };
};

async function run(): Promise<void> {
  setStatus('loading', 'Netwerk laden…');
  const timeoutMs = Number(params.get('timeout') ?? '30000');
  const map = document.createElement('gia-network-map') as MapElement;
  map.setAttribute('no-hash', '');
  map.setAttribute('mode', params.get('mode') === 'professional' ? 'professional' : 'public');
  if (params.get('layout') === 'ave') map.setAttribute('layout', 'ave');
  map.setAttribute('lang', 'nl');
  // Embedded (the default): the map is on the page before its data, as with <gia-network-map src="…">
  // or a framework that mounts the element and sets `data` when its fetch is done. It shows its frame
  // with the loading message meanwhile. `&start=cold`: the element is created, given its data and put on
  // the page in one task (everything the element does on connecting then counts after the data is in).
  const cold = params.get('start') === 'cold';
  if (!cold) document.body.append(map);
  const { network, source, generateMs } = await loadNetwork();
  bench.network = { source, generateMs };
  if (!cold) {
    // The frame is drawn and the stage measured (its ResizeObserver reports in a frame).
    await map.updateComplete;
    await nextFrame();
    await nextFrame();
  }
  if (params.has('hold')) {
    // bench/run.mjs --profile starts the CPU profiler first, then calls window.__benchGo().
    await new Promise<void>((resolve) => ((window as unknown as { __benchGo: () => void }).__benchGo = resolve));
  }
  // Start on a frame boundary, outside the fetch/generate task, and in a task of its own (as a fetch
  // response or a page's script would hand the data over): not inside the animation frame callback,
  // where the map's work would land in that frame's rendering step and its first-paint frame would be
  // counted one frame late.
  await nextFrame();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  bench.t.setData = performance.now();
  // "Painted" is the start of the frame after the one in which the map set its gia:first-paint mark (that
  // frame painted the map), as bench/README.md defines it. A frame loop from the hand-over finds it; a
  // frame requested only once the mark has been observed could come later than that, after work the map
  // starts when it has painted (the side panels).
  const painted = paintedFrame();
  map.data = network;
  if (cold) document.body.append(map);

  // `map.ready` also waits for the side panels, which render after the map on purpose.
  const marked = await withTimeout(firstPaintMarked(), timeoutMs);
  if (marked === 'timeout') {
    setStatus('timeout', `Geen eerste beeld binnen ${timeoutMs} ms`);
    return;
  }
  bench.t.painted = await painted;
  await withTimeout(map.ready, timeoutMs);
  bench.t.dataIn = firstMarkTime('gia:data-in');
  bench.t.firstPaintMark = firstMarkTime('gia:first-paint');
  if (bench.t.dataIn !== undefined) bench.paintMs = bench.t.painted - bench.t.dataIn;
  setStatus('painted', 'Eerste beeld getekend, wacht op rust…');

  const settledStart = performance.now();
  const settled = await withTimeout(map.settled, Math.max(1, timeoutMs - (settledStart - bench.t.setData)));
  const graph = map.currentGraph;
  bench.nodes = graph?.nodes.length;
  bench.links = graph?.links.length;
  const root = map.shadowRoot;
  bench.renderer = root?.querySelector('.stage canvas') ? 'canvas' : 'svg';
  bench.domNodes = root?.querySelectorAll('[data-id]').length ?? 0;
  if (settled === 'timeout') {
    setStatus('timeout', `Indeling niet tot rust binnen ${timeoutMs} ms`);
    return;
  }
  bench.t.settled = markTime('gia:settled');
  if (bench.t.settled !== undefined && bench.t.dataIn !== undefined) bench.settleMs = bench.t.settled - bench.t.dataIn;
  await nextFrame();
  await nextFrame();
  bench.domNodes = root?.querySelectorAll('[data-id]').length ?? 0;
  setStatus('settled', `Klaar: ${bench.nodes} knooppunten, ${bench.links} verbindingen (${bench.renderer})`);
}

run().catch((error: unknown) => {
  bench.error = error instanceof Error ? error.message : String(error);
  setStatus('error', `Fout: ${bench.error}`);
});
