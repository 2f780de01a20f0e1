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
import type { GiaNetwork } from '../src/model/types.js';
import { bench, firstMarkTime, firstPaintMarked, loadNetwork, markTime, nextFrame, paintedFrame, params, setStatus, withTimeout } from './bench-harness.js';

type MapElement = HTMLElement & {
  data?: GiaNetwork;
  ready: Promise<void>;
  updateComplete: Promise<boolean>;
  settled: Promise<void>;
  currentGraph?: { nodes: unknown[]; links: unknown[] };
  positions: Map<string, { x: number; y: number }>;
};

async function run(): Promise<void> {
  setStatus('loading', 'Netwerk laden…');
  const timeoutMs = Number(params.get('timeout') ?? '30000');
  const map = document.createElement('gia-network-map') as MapElement;
  map.setAttribute('no-hash', '');
  map.setAttribute('mode', params.get('mode') === 'professional' ? 'professional' : 'public');
  // The synthetic networks are marked fictitious; a public map shows them only when asked to.
  map.setAttribute('with-fictitious', '');
  if (params.get('layout') === 'ave') map.setAttribute('layout', 'ave');
  map.setAttribute('lang', 'nl');
  // Embedded (the default): the map is on the page before its data, as with <gia-network-map src="…">
  // or a framework that mounts the element and sets `data` when its fetch is done. It shows its frame
  // with the loading message meanwhile. `&start=cold`: the element is created, given its data and put on
  // the page in one task (everything the element does on connecting then counts after the data is in).
  const cold = params.get('start') === 'cold';
  // Where bench/run.mjs finds the stage, its panning group and the node positions (backgroundPoint).
  const shadow = () => map.shadowRoot!;
  (window as unknown as { __benchStage: () => unknown }).__benchStage = () => ({
    ...{ root: shadow(), stage: shadow().querySelector('.stage'), surface: shadow().querySelector('svg.surface') },
    ...{ viewport: shadow().querySelector('g.viewport'), positions: map.positions.values() },
  });
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
