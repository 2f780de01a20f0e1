// A node's pointer target (src/render/node-at-point.ts): no element of its own, but at least 24 px across
// on screen, also where the drawn shape is smaller (zoomed out). Beyond it a press is a pan of the background.
import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, frame, loadData, nodeElements, removeAll } from './helpers.js';

interface Spot {
  id: string;
  x: number;
  y: number;
}

/** Centre and screen radius of every drawn node's shape. */
function shapes(map: GiaNetworkMap): Array<{ id: string; cx: number; cy: number; r: number }> {
  return nodeElements(map).map((g) => {
    const box = g.querySelector('.shape')!.getBoundingClientRect();
    return { id: g.getAttribute('data-id')!, cx: box.x + box.width / 2, cy: box.y + box.height / 2, r: Math.max(box.width, box.height) / 2 };
  });
}

/**
 * A point `distance` px right of or left of a small node's centre, outside its shape, with no other node
 * centre within `clear` px of it.
 */
function spotBeside(map: GiaNetworkMap, distance: number, clear: number): Spot | undefined {
  const all = shapes(map);
  for (const s of all) {
    if (s.r >= distance - 2) continue;
    for (const dx of [distance, -distance]) {
      const x = s.cx + dx;
      const y = s.cy;
      const others = all.filter((o) => o !== s && Math.hypot(o.cx - x, o.cy - y) < clear + o.r);
      if (others.length === 0) return { id: s.id, x, y };
    }
  }
  return undefined;
}

function press(surface: Element, x: number, y: number): void {
  const init = { bubbles: true, composed: true, button: 0, pointerId: 1, pointerType: 'mouse', clientX: x, clientY: y };
  surface.dispatchEvent(new PointerEvent('pointerdown', init));
  surface.dispatchEvent(new PointerEvent('pointerup', init));
}

async function zoomedOutMap(): Promise<GiaNetworkMap> {
  const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
  await map.ready;
  await map.settled;
  const zoomOut = map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Uitzoomen"]')!;
  for (let i = 0; i < 3; i++) zoomOut.click();
  await map.updateComplete;
  await frame();
  return map;
}

describe('gia-network-map: pointer targets', () => {
  afterEach(removeAll);

  it('a press 10 px from a small node, outside its shape, selects it; the cursor shows it', async () => {
    const map = await zoomedOutMap();
    const surface = map.shadowRoot!.querySelector('svg.surface')!;
    const spot = spotBeside(map, 10, 14);
    expect(spot, 'a small node with room around it').to.not.equal(undefined);
    surface.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse', buttons: 0, clientX: spot!.x, clientY: spot!.y }),
    );
    await map.updateComplete;
    expect(surface.classList.contains('over-node'), 'pointer cursor over the target').to.equal(true);
    press(surface, spot!.x, spot!.y);
    await map.updateComplete;
    expect(map.selectedId).to.equal(spot!.id);
  });

  it('a press 14 px from the nearest node (beyond its 12 px target) selects nothing', async () => {
    const map = await zoomedOutMap();
    const surface = map.shadowRoot!.querySelector('svg.surface')!;
    const spot = spotBeside(map, 14, 16);
    expect(spot, 'a small node with room around it').to.not.equal(undefined);
    press(surface, spot!.x, spot!.y);
    await map.updateComplete;
    expect(map.selectedId).to.equal(undefined);
    expect(surface.classList.contains('over-node')).to.equal(false);
  });
});
