// The peer baseline of the benchmark (demo/bench-bare.html): the network of the case drawn the way a bare
// d3-force example draws it, with nothing of the map (no labels, toolbar, panels, emphasis, keyboard, fitting):
// forceSimulation with forceLink, forceManyBody and forceCenter at d3's defaults, driven by d3's own timer,
// one <line> per link and one <circle> per node whose attributes are set on every tick, pan by dragging
// anywhere and zoom with the wheel (the transform of one group). It gets the same public-mode graph as the
// map (stripped and derived BEFORE gia:data-in: a peer library is handed node and link arrays), and sets the
// same marks and window.__bench fields, so bench/run.mjs measures both the same way (bench/README.md).
// `&derive` (the privacy floor): the page gets the raw network instead, and strips and derives the public graph
// inside the measured task, as the map must; everything else is the same.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { deriveGraph } from '../src/graph/derive-graph.js';
import { stripForPublic } from '../src/model/public-network.js';
import { bench, loadNetwork, nextFrame, params, paintedFrame, setStatus, withTimeout, firstPaintMarked, firstMarkTime } from './bench-harness.js';

const SVG = 'http://www.w3.org/2000/svg';

interface BareNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
}

interface BareLink {
  source: string | BareNode;
  target: string | BareNode;
}

interface BareStage {
  root: Document;
  stage: Element;
  surface: Element;
  viewport: SVGGElement | null;
  positions: Iterable<{ x: number; y: number }>;
}

let nodes: BareNode[] = [];
const w = window as unknown as { __benchStage?: () => BareStage };
w.__benchStage = () => ({ root: document, stage: document.querySelector('svg.bare')!, surface: document.querySelector('svg.bare')!, viewport: document.querySelector('svg.bare g'), positions: nodes });

/** Drag anywhere to pan, wheel to zoom at the cursor (d3-zoom's step): only the group's transform changes. */
function panAndZoom(svg: SVGSVGElement, group: SVGGElement): void {
  const t = { x: 0, y: 0, k: 1 };
  const apply = () => group.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
  let last: { id: number; x: number; y: number } | undefined;
  svg.addEventListener('pointerdown', (event) => {
    last = { id: event.pointerId, x: event.clientX, y: event.clientY };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (!last || last.id !== event.pointerId) return;
    t.x += event.clientX - last.x;
    t.y += event.clientY - last.y;
    last = { id: event.pointerId, x: event.clientX, y: event.clientY };
    apply();
  });
  const end = () => (last = undefined);
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
  svg.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const rect = svg.getBoundingClientRect();
      const cx = event.clientX - rect.left;
      const cy = event.clientY - rect.top;
      const k = Math.min(6, Math.max(0.1, t.k * Math.pow(2, -event.deltaY * 0.002)));
      t.x = cx - ((cx - t.x) / t.k) * k;
      t.y = cy - ((cy - t.y) / t.k) * k;
      t.k = k;
      apply();
    },
    { passive: false },
  );
}

function createSurface(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'bare');
  return svg;
}

async function run(): Promise<void> {
  setStatus('loading', 'Netwerk laden…');
  const timeoutMs = Number(params.get('timeout') ?? '30000');
  const cold = params.get('start') === 'cold';
  let svg: SVGSVGElement | undefined;
  if (!cold) document.body.append((svg = createSurface()));
  const { network, source, generateMs } = await loadNetwork();
  bench.network = { source, generateMs };
  const publicGraph = () => deriveGraph(stripForPublic(network, { keepFictitious: true }), { mode: 'public' });
  const derive = params.has('derive');
  let graph = derive ? undefined : publicGraph();
  if (params.has('hold')) {
    await new Promise<void>((resolve) => ((window as unknown as { __benchGo: () => void }).__benchGo = resolve));
  }
  await nextFrame();
  await nextFrame();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  bench.t.setData = performance.now();
  const painted = paintedFrame();

  // The measured part: what a bare d3-force page does with its node and link arrays (with `&derive`, first
  // the public graph from the raw network).
  performance.mark('gia:data-in');
  graph ??= publicGraph();
  if (!svg) document.body.append((svg = createSurface()));
  const { width, height } = svg.getBoundingClientRect();
  nodes = graph.nodes.map((n) => ({ id: n.id }) as BareNode);
  const links: BareLink[] = graph.links.map((l) => ({ source: l.source, target: l.target }));
  const group = document.createElementNS(SVG, 'g');
  const lines = links.map(() => group.appendChild(document.createElementNS(SVG, 'line')));
  const circles = nodes.map(() => {
    const circle = group.appendChild(document.createElementNS(SVG, 'circle'));
    circle.setAttribute('r', '5');
    return circle;
  });
  svg.append(group);
  panAndZoom(svg, group);
  const draw = () => {
    for (let i = 0; i < links.length; i++) {
      const { source, target } = links[i]! as { source: BareNode; target: BareNode };
      const line = lines[i]!;
      line.setAttribute('x1', String(source.x));
      line.setAttribute('y1', String(source.y));
      line.setAttribute('x2', String(target.x));
      line.setAttribute('y2', String(target.y));
    }
    for (let i = 0; i < nodes.length; i++) {
      circles[i]!.setAttribute('cx', String(nodes[i]!.x));
      circles[i]!.setAttribute('cy', String(nodes[i]!.y));
    }
  };
  const ended = new Promise<void>((resolve) => {
    forceSimulation(nodes)
      .force('link', forceLink<BareNode, BareLink & { source: BareNode; target: BareNode }>(links as never).id((d) => d.id))
      .force('charge', forceManyBody())
      .force('center', forceCenter(width / 2, height / 2))
      .on('tick', draw)
      .on('end', () => {
        performance.mark('gia:settled');
        resolve();
      });
  });
  draw();
  requestAnimationFrame(() => performance.mark('gia:first-paint'));

  const marked = await withTimeout(firstPaintMarked(), timeoutMs);
  if (marked === 'timeout') return setStatus('timeout', `Geen eerste beeld binnen ${timeoutMs} ms`);
  bench.t.painted = await painted;
  bench.t.dataIn = firstMarkTime('gia:data-in');
  bench.t.firstPaintMark = firstMarkTime('gia:first-paint');
  if (bench.t.dataIn !== undefined) bench.paintMs = bench.t.painted - bench.t.dataIn;
  bench.nodes = nodes.length;
  bench.links = links.length;
  bench.renderer = 'svg';
  bench.domNodes = circles.length;
  setStatus('painted', 'Eerste beeld getekend, wacht op rust…');
  const settled = await withTimeout(ended, Math.max(1, timeoutMs - (performance.now() - bench.t.setData)));
  if (settled === 'timeout') return setStatus('timeout', `Indeling niet tot rust binnen ${timeoutMs} ms`);
  bench.t.settled = firstMarkTime('gia:settled');
  if (bench.t.settled !== undefined && bench.t.dataIn !== undefined) bench.settleMs = bench.t.settled - bench.t.dataIn;
  await nextFrame();
  await nextFrame();
  setStatus('settled', `Klaar: ${bench.nodes} knooppunten, ${bench.links} verbindingen (kale d3-force + SVG)`);
}

run().catch((error: unknown) => {
  bench.error = error instanceof Error ? error.message : String(error);
  setStatus('error', `Fout: ${bench.error}`);
});
