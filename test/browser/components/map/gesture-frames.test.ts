// A pan or zoom by the user changes nothing but a transform per event (frame-path-controller.ts): no node,
// link or label is touched while the wheel turns and the pointer crosses nodes, the hover emphasis waits
// until the gesture pauses and the pointer rests (hover-rest.ts), and a drag across the map selects no text.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, frame, loadData, nodeElements, removeAll } from './helpers.js';

async function settledMap(): Promise<GiaNetworkMap> {
  const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
  await map.ready;
  await map.settled;
  await map.updateComplete;
  await frame();
  return map;
}

/** Screen centres of the drawn node shapes. */
function centres(map: GiaNetworkMap): Array<{ id: string; x: number; y: number }> {
  return nodeElements(map).map((g) => {
    const box = g.querySelector('.shape')!.getBoundingClientRect();
    return { id: g.getAttribute('data-id')!, x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
}

/** A touch pointer event on the surface (the first finger of a test is its primary pointer). */
function finger(surface: Element, type: string, id: number, x: number, y: number): void {
  const buttons = type === 'pointerup' ? 0 : 1;
  const init = { bubbles: true, composed: true, cancelable: true, pointerType: 'touch', pointerId: id, isPrimary: id % 10 === 1 };
  surface.dispatchEvent(new PointerEvent(type, { ...init, clientX: x, clientY: y, button: 0, buttons }));
}

/** Waits (a frame at a time, at most ~5 s) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  const start = performance.now();
  while (!done() && performance.now() - start < 5000) await frame();
}

describe('gia-network-map: pan and zoom gestures', () => {
  afterEach(async () => {
    removeAll();
    await resetMouse();
  });

  it('wheel zoom with the pointer crossing nodes touches only the transform of the surface; the emphasis follows the pause', async () => {
    const map = await settledMap();
    const surface = map.shadowRoot!.querySelector<SVGSVGElement>('svg.surface')!;
    const layer = surface.parentElement!;
    expect(layer.classList.contains('pan'), 'the surface sits in a layer of its own').to.equal(true);
    const viewport = surface.querySelector('g.viewport')!;
    const label = map.shadowRoot!.querySelector('.node-label')!;
    expect(getComputedStyle(label).display, 'labels are shown at rest').to.not.equal('none');
    const drawn = viewport.getAttribute('transform');
    const observer = new MutationObserver(() => undefined);
    observer.observe(surface, { subtree: true, attributes: true, childList: true, characterData: true });
    const ids = centres(map).slice(0, 12).map((c) => c.id);
    for (const [i, id] of ids.entries()) {
      // Where the node is now (the wheel before moved it): the pointer crosses it.
      const spot = centres(map).find((c) => c.id === id)!;
      const at = { bubbles: true, composed: true, cancelable: true, clientX: spot.x, clientY: spot.y };
      surface.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse', pointerId: 1, buttons: 0 }));
      surface.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: i % 2 ? 40 : -60 }));
    }
    const records = observer.takeRecords();
    observer.disconnect();
    const touched = records.filter((r) => r.target !== surface || r.type !== 'attributes' || !['style', 'class'].includes(r.attributeName!));
    expect(touched.map((r) => `${r.type} ${(r.target as Element).tagName} ${r.attributeName ?? ''}`)).to.deep.equal([]);
    expect(viewport.getAttribute('transform'), 'the viewport group keeps its drawn transform').to.equal(drawn);
    expect(layer.style.transform, 'the layer of the surface is moved as a whole').to.match(/^translate\(.+\) scale\(.+\)$/);
    // A transform on the <svg> or in it would make the browser lay out every SVG text again at each event.
    expect(surface.style.transform, 'the <svg> itself keeps no transform').to.equal('');
    expect(getComputedStyle(label).display, 'the texts wait for the pause of a zoom').to.equal('none');
    expect(surface.classList.contains('over-node'), 'the pointer cursor follows at once').to.equal(true);
    expect(map.shadowRoot!.querySelector('.faded'), 'no hover emphasis during the gesture').to.equal(null);

    // After the pause: one full update draws the new transform into the group, and the hover emphasis.
    await until(() => layer.style.transform === '' && map.shadowRoot!.querySelector('.node.faded') !== null);
    await map.updateComplete;
    const t = map.zoomTransform;
    expect(layer.style.transform).to.equal('');
    expect(getComputedStyle(map.shadowRoot!.querySelector('.node-label')!).display, 'the labels are back').to.not.equal('none');
    expect(viewport.getAttribute('transform')).to.equal(`translate(${t.x},${t.y}) scale(${t.k})`);
    expect(map.shadowRoot!.querySelector('.node.faded'), 'the hovered node is emphasised once the pointer rests').to.not.equal(null);
  });

  it('a drag pan moves the layer of the surface and keeps the labels shown (no scale: nothing to lay out again)', async () => {
    const map = await settledMap();
    const surface = map.shadowRoot!.querySelector<SVGSVGElement>('svg.surface')!;
    const layer = surface.parentElement!;
    const rect = map.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const from: [number, number] = [Math.round(rect.left + 4), Math.round(rect.top + 4)];
    expect(map.shadowRoot!.elementFromPoint(...from), 'the drag starts on the background').to.equal(surface);
    const before = { ...map.zoomTransform };
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] + 30, from[1] + 20] });
    await sendMouse({ type: 'move', position: [from[0] + 60, from[1] + 40] });
    expect(layer.style.transform).to.match(/^translate\(60px, ?40px\) scale\(1\)$/);
    expect(layer.classList.contains('zooming')).to.equal(false);
    // The press focused the surface; its focus ring would be dragged into view as a frame round the old stage.
    expect(map.shadowRoot!.activeElement).to.equal(surface);
    expect(getComputedStyle(surface).outlineStyle, 'no focus ring after a press').to.equal('none');
    expect(getComputedStyle(map.shadowRoot!.querySelector('.node-label')!).display).to.not.equal('none');
    await sendMouse({ type: 'up' });
    await until(() => layer.style.transform === '');
    await map.updateComplete;
    const t = map.zoomTransform;
    expect([t.x - before.x, t.y - before.y, t.k], 'the full update draws the pan into the viewport group').to.deep.equal([60, 40, before.k]);
    expect(surface.querySelector('g.viewport')!.getAttribute('transform')).to.equal(`translate(${t.x},${t.y}) scale(${t.k})`);
  });

  it('a two-finger pinch scales the layer with the texts hidden, waits while a finger is down, and then draws the new zoom with the labels back', async () => {
    const map = await settledMap();
    const surface = map.shadowRoot!.querySelector<SVGSVGElement>('svg.surface')!;
    const layer = surface.parentElement!;
    const rect = map.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const y = Math.round(rect.top + 6);
    const a = Math.round(rect.left + 6);
    const b = Math.round(rect.left + 46);
    expect(map.shadowRoot!.elementFromPoint(a, y), 'the pinch starts on the background').to.equal(surface);
    const touch = (type: string, id: number, x: number) => finger(surface, type, id, x, y);
    const before = map.zoomTransform.k;
    touch('pointerdown', 1, a);
    touch('pointerdown', 2, b);
    for (const spread of [10, 20, 30, 40]) touch('pointermove', 2, b + spread);
    expect(layer.style.transform, 'the fingers move the layer').to.match(/scale\((?!1\))/);
    expect(layer.classList.contains('zooming')).to.equal(true);
    expect(getComputedStyle(map.shadowRoot!.querySelector('.node-label')!).display, 'the texts wait while the scale changes').to.equal('none');
    // Longer than the pause of a wheel: the fingers are still on the screen, so the gesture is not over.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(layer.classList.contains('zooming'), 'no full update while a finger is down').to.equal(true);
    touch('pointerup', 2, b + 40);
    touch('pointerup', 1, a);
    await until(() => layer.style.transform === '');
    await map.updateComplete;
    const t = map.zoomTransform;
    expect(t.k / before, 'twice the distance between the fingers: about twice the zoom').to.be.within(1.6, 2.4);
    expect(layer.classList.contains('zooming')).to.equal(false);
    expect(getComputedStyle(map.shadowRoot!.querySelector('.node-label')!).display, 'the labels are back').to.not.equal('none');
    expect(surface.querySelector('g.viewport')!.getAttribute('transform')).to.equal(`translate(${t.x},${t.y}) scale(${t.k})`);
  });

  it('a pinch whose fingers land on nodes zooms too, and neither selects nor moves a node', async () => {
    const map = await settledMap();
    const surface = map.shadowRoot!.querySelector<SVGSVGElement>('svg.surface')!;
    const rect = map.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    // Two nodes side by side, well inside the stage.
    const inside = centres(map).filter((c) => c.x > rect.left + 60 && c.x < rect.right - 60 && c.y > rect.top + 60 && c.y < rect.bottom - 60);
    const [first, second] = inside.sort((p, q) => p.x - q.x).filter((c, i, all) => i === 0 || c.x - all[0]!.x > 60);
    expect(first && second, 'two nodes apart').to.be.ok;
    const before = { k: map.zoomTransform.k, positions: map.positions };
    finger(surface, 'pointerdown', 11, first!.x, first!.y);
    finger(surface, 'pointermove', 11, first!.x + 2, first!.y + 1);
    finger(surface, 'pointerdown', 12, second!.x, second!.y);
    // The fingers move apart: twice the distance.
    const gap = second!.x - first!.x;
    for (let step = 1; step <= 4; step++) finger(surface, 'pointermove', 12, second!.x + (gap * step) / 4, second!.y);
    finger(surface, 'pointerup', 12, second!.x + gap, second!.y);
    finger(surface, 'pointerup', 11, first!.x + 2, first!.y + 1);
    await until(() => surface.parentElement!.style.transform === '');
    await map.updateComplete;
    expect(map.zoomTransform.k / before.k, 'zoomed in about twice').to.be.within(1.6, 2.4);
    expect(map.selectedId, 'no node selected').to.equal(undefined);
    expect(map.shadowRoot!.querySelector('.node.pinned'), 'no node pinned').to.equal(null);
  });

  for (const start of ['the background', 'a node']) {
    it(`a mouse drag across the map from ${start} selects no text (document and shadow root)`, async () => {
      const map = await settledMap();
      const rect = map.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
      const labels = [...map.shadowRoot!.querySelectorAll('.node-label')].map((l) => l.getBoundingClientRect()).filter((b) => b.width > 0);
      expect(labels.length, 'labels are drawn').to.be.greaterThan(3);
      // Not selectable at all (the labels inherit it), whatever the browser makes of a drag.
      const surface = map.shadowRoot!.querySelector('svg.surface')!;
      expect(getComputedStyle(surface).userSelect).to.equal('none');
      expect(getComputedStyle(map.shadowRoot!.querySelector('.node-label')!).userSelect).to.equal('none');
      const node = centres(map).find((c) => c.x > rect.left + 20 && c.x < rect.left + rect.width / 2)!;
      // Along the middle of the labels, across the stage, from its left edge or from a node on the left.
      const y = Math.round(labels.reduce((sum, b) => sum + b.y + b.height / 2, 0) / labels.length);
      const from = start === 'a node' ? [Math.round(node.x), Math.round(node.y)] : [Math.round(rect.left + 3), y];
      await sendMouse({ type: 'move', position: from as [number, number] });
      await sendMouse({ type: 'down' });
      for (let x = from[0]! + 20; x < rect.right - 3; x += 60) await sendMouse({ type: 'move', position: [Math.round(x), y + ((x / 60) % 2 ? 25 : -25)] });
      await sendMouse({ type: 'move', position: [Math.round(rect.right - 3), y] });
      await sendMouse({ type: 'up' });
      const selected = (selection: Selection | null | undefined) => (selection && !selection.isCollapsed ? selection.toString() || '(a range)' : '');
      expect(selected(document.getSelection())).to.equal('');
      const root = map.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
      expect(selected(root.getSelection?.())).to.equal('');
    });
  }
});
