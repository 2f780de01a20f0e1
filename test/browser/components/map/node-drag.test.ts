// Dragging a node pins it where it is let go (pointer-input.ts), without selecting it; a double click unpins it.
import { expect } from '@esm-bundle/chai';
import { createMap, loadData, nodeElement, nodeElements, removeAll } from './helpers.js';

function pointer(surface: Element, type: string, x: number, y: number, buttons: number): void {
  surface.dispatchEvent(
    new PointerEvent(type, { bubbles: true, composed: true, button: 0, buttons, pointerId: 1, pointerType: 'mouse', clientX: x, clientY: y }),
  );
}

describe('gia-network-map: dragging a node', () => {
  afterEach(removeAll);

  it('pins the node under the pointer where it is let go, and a double click unpins it', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    await map.settled;
    const surface = map.shadowRoot!.querySelector('svg.surface')!;
    const g = nodeElements(map)[0]!;
    const id = g.getAttribute('data-id')!;
    const box = g.querySelector('.shape')!.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;

    // Where the pointer is let go, in layout coordinates (the view does not change during the drag).
    const rect = surface.getBoundingClientRect();
    const t = map.zoomTransform;
    const expected = { x: (x + 60 - rect.x - t.x) / t.k, y: (y + 40 - rect.y - t.y) / t.k };
    const start = map.positions.get(id)!;

    pointer(surface, 'pointerdown', x, y, 1);
    for (let step = 1; step <= 4; step++) pointer(surface, 'pointermove', x + step * 15, y + step * 10, 1);
    await map.updateComplete;
    expect(nodeElement(map, id)!.classList.contains('pinned'), 'drawn as pinned while it is dragged').to.equal(true);
    pointer(surface, 'pointerup', x + 60, y + 40, 0);
    await map.settled;
    await map.updateComplete;

    const after = map.positions.get(id)!;
    expect(Math.hypot(after.x - start.x, after.y - start.y), 'the node moved').to.be.greaterThan(10);
    expect(after.x, 'pinned where let go (x)').to.be.closeTo(expected.x, 0.5);
    expect(after.y, 'pinned where let go (y)').to.be.closeTo(expected.y, 0.5);
    expect(nodeElement(map, id)!.classList.contains('pinned'), 'drawn as pinned').to.equal(true);
    expect(map.selectedId, 'a drag does not select').to.equal(undefined);

    const moved = nodeElement(map, id)!.querySelector('.shape')!.getBoundingClientRect();
    surface.dispatchEvent(
      new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: moved.x + moved.width / 2, clientY: moved.y + moved.height / 2 }),
    );
    await map.updateComplete;
    expect(nodeElement(map, id)!.classList.contains('pinned'), 'drawn as unpinned at once after a double click').to.equal(false);
  });
});
