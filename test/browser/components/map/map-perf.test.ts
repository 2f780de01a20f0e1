// The map's performance paths: quadtree hit testing, one canvas paint per frame, pan/zoom without a full
// update, the first render drawing nodes without waiting for the ResizeObserver, panels after the first paint.
import { expect } from '@esm-bundle/chai';
import { createSyntheticNetwork } from '../../../../src/graph/synthetic-network.js';
import type { GraphNode } from '../../../../src/graph/types.js';
import { NodeHitIndex } from '../../../../src/render/node-hit-index.js';
import { nodeAtPoint } from '../../../../src/render/node-at-point.js';
import { FramePainter } from '../../../../src/render/frame-painter.js';
import { createMap, frame, loadData, loadPublicData, nodeElements, removeAll } from './helpers.js';

describe('gia-network-map: performance paths', () => {
  afterEach(removeAll);

  it('finds the same node under the pointer as checking every node (nodeAtPoint, the SVG map\'s rule)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const nodes = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, kind: i % 3 ? 'organisation' : 'meeting' }) as unknown as GraphNode);
    const positions = new Map(nodes.map((n) => [n.id, { x: random() * 1000, y: random() * 700 }]));
    const radius = (n: GraphNode) => (n.kind === 'meeting' ? 14 : 9);
    const index = new NodeHitIndex(radius);
    let hits = 0;
    for (let i = 0; i < 500; i++) {
      const p = { x: random() * 1000, y: random() * 700 };
      // A target is the node's radius, and at least 11 units (more than the organisations' 9).
      const expected = nodeAtPoint(nodes, positions, p, (n) => Math.max(radius(n), 11));
      if (expected) hits++;
      expect(index.find(nodes, positions, p, 11)).to.equal(expected);
    }
    expect(hits).to.be.greaterThan(10);
    // Only visible nodes count, and a new positions map is indexed again.
    const first = nodes[0]!;
    const at = positions.get(first.id)!;
    expect(index.find(nodes.slice(1), positions, at, 0)).to.not.equal(first.id);
    const moved = new Map(positions);
    moved.set(first.id, { x: -500, y: -500 });
    expect(index.find(nodes, moved, { x: -500, y: -500 }, 0)).to.equal(first.id);
  });

  it('paints at most once per animation frame, and not again for the same key', async () => {
    let paints = 0;
    let key: unknown[] = [1];
    const painter = new FramePainter(() => {
      paints++;
      return key;
    });
    painter.schedule();
    painter.schedule();
    painter.schedule();
    expect(paints).to.equal(0);
    await frame();
    expect(paints).to.equal(1);
    painter.scheduleIfChanged([1]);
    await frame();
    expect(paints).to.equal(1);
    key = [2];
    painter.scheduleIfChanged([2]);
    await frame();
    expect(paints).to.equal(2);
    painter.schedule();
    painter.paintNow();
    await frame();
    expect(paints).to.equal(3);
  });

  it('draws a small network in the task that hands over the data (stage measured at once), and shows the panels by `ready`', async () => {
    const network = (await loadPublicData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    // Only microtasks from here: no task boundary, no ResizeObserver, no animation frame.
    for (let i = 0; i < 3; i++) await map.updateComplete;
    expect(nodeElements(map).length).to.equal(map.currentGraph!.nodes.length);
    expect(map.zoomTransform.k).to.not.equal(1);
    expect(map.shadowRoot!.querySelector('gia-filter-panel')).to.equal(null);
    await map.ready;
    expect(map.shadowRoot!.querySelector('gia-help-finder')).to.not.equal(null);
    expect(map.shadowRoot!.querySelector('gia-filter-panel')).to.not.equal(null);
    expect(map.shadowRoot!.querySelector('gia-search-box')).to.not.equal(null);
  });

  it('shows its frame while it has no data (inert controls, a message on the stage), then draws the nodes in the first update with data', async () => {
    const map = await createMap({});
    await map.updateComplete;
    const root = map.shadowRoot!;
    expect(root.querySelector('.toolbar')!.hasAttribute('inert')).to.equal(true);
    expect(root.querySelector('.stage .state')?.textContent).to.contain('Er zijn geen netwerkgegevens');
    // The stage is measured by its ResizeObserver meanwhile (a frame or two).
    await frame();
    await frame();
    const stage = root.querySelector('.stage');
    map.data = (await loadPublicData('zuid-limburg.json'))!;
    await map.updateComplete;
    expect(nodeElements(map).length).to.equal(map.currentGraph!.nodes.length);
    expect(root.querySelector('.stage')).to.equal(stage);
    expect(root.querySelector('.toolbar')!.hasAttribute('inert')).to.equal(false);
    expect(root.querySelector('.stage .state')).to.equal(null);
  });

  it('says it is loading on the stage while a src file loads', async () => {
    const map = await createMap({ src: '/data/zuid-limburg.json' });
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.stage .state[role="status"]')?.textContent).to.contain('laden');
    expect(map.shadowRoot!.querySelector('.toolbar')!.hasAttribute('inert')).to.equal(true);
    await map.ready;
    expect(nodeElements(map).length).to.be.greaterThan(0);
  });

  it('draws links with only class and path data: width and dashes come from the type\'s CSS rule', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    const line = map.shadowRoot!.querySelector<SVGPathElement>('path.link.type-has-specialism')!;
    expect(line).to.not.equal(null);
    expect(line.getAttribute('stroke-dasharray')).to.equal(null);
    expect(getComputedStyle(line).strokeDasharray.replace(/px/g, '')).to.equal('1.5, 3');
    expect(getComputedStyle(line).strokeWidth).to.equal('0.9px');
  });

  it('builds a larger network over the next tasks (no long task): the loading state until then', async () => {
    const map = await createMap({ 'with-fictitious': '' }, createSyntheticNetwork(400));
    await map.updateComplete;
    expect(nodeElements(map).length).to.equal(0);
    expect(map.shadowRoot!.querySelector('.state[role="status"]')?.textContent).to.contain('laden');
    let tasks = 0;
    for (; tasks < 20 && nodeElements(map).length === 0; tasks++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await map.updateComplete;
    }
    expect(tasks).to.be.greaterThan(2);
    expect(nodeElements(map).length).to.equal(400);
  });

  it('drops a large build that new data overtakes', async () => {
    const map = await createMap({ 'with-fictitious': '' }, createSyntheticNetwork(500));
    await map.updateComplete;
    const small = (await loadData('zuid-limburg.json'))!;
    map.data = small;
    await map.ready;
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(map.currentGraph!.nodes.length).to.equal(nodeElements(map).length);
    expect(nodeElements(map).length).to.be.lessThan(100);
  });

  it('pans and zooms by moving the viewport group only (no full update while the wheel turns)', async function () {
    this.timeout(20000);
    const map = await createMap({ 'with-fictitious': '' }, createSyntheticNetwork(1000));
    await map.ready;
    await map.settled;
    await map.updateComplete;
    const svg = map.shadowRoot!.querySelector('svg.surface')!;
    const viewport = svg.querySelector('g.viewport')!;
    const before = map.zoomTransform;
    const rect = svg.getBoundingClientRect();
    svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: rect.left + 200, clientY: rect.top + 200, deltaY: -100 }));
    expect(map.zoomTransform.k).to.be.greaterThan(before.k);
    expect((map as unknown as { isUpdatePending: boolean }).isUpdatePending).to.equal(false);
    const t = map.zoomTransform;
    expect(viewport.getAttribute('transform')).to.equal(`translate(${t.x},${t.y}) scale(${t.k})`);
  });
});
