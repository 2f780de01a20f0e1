// WCAG 2.5.7: a node can be moved with a single pointer without dragging ("Verplaats op de kaart", then a click).
import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, frame, loadData, removeAll } from './helpers.js';

async function readyWithSelection(): Promise<{ map: GiaNetworkMap; id: string }> {
  const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
  await map.ready;
  await map.settled;
  await map.updateComplete;
  map.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
  const id = map.selectedId!;
  expect(id).to.be.a('string');
  return { map, id };
}

function moveButton(map: GiaNetworkMap): HTMLButtonElement | null {
  const panel = map.shadowRoot!.querySelector('gia-details-panel');
  return panel?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="move"]') ?? null;
}

describe('gia-network-map: moving a node without dragging', () => {
  afterEach(async () => {
    await resetMouse();
    removeAll();
  });

  it('"Verplaats op de kaart" and one click on the map pin the node at the clicked place', async () => {
    const { map, id } = await readyWithSelection();
    await customElements.whenDefined('gia-details-panel');
    await frame();
    const button = moveButton(map);
    expect(button, 'move button in the details').to.not.equal(null);
    button!.click();
    await map.updateComplete;
    await frame();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('klik op de kaart');

    const svg = map.shadowRoot!.querySelector('svg.surface')!;
    const rect = svg.getBoundingClientRect();
    // A point near the top-left corner of the map, where no node is (below the public mode's urgent-help strip,
    // which sticks to the top of the window when the page has scrolled).
    const strip = map.shadowRoot!.querySelector('.urgent')?.getBoundingClientRect().bottom ?? rect.top;
    const sx = 12;
    const sy = 12 + Math.max(0, strip - rect.top);
    const hit = map.shadowRoot!.elementFromPoint(rect.left + sx, rect.top + sy);
    expect(hit?.closest('[data-id]') ?? null, 'the clicked point is background').to.equal(null);
    await sendMouse({ type: 'click', position: [Math.round(rect.left + sx), Math.round(rect.top + sy)] });
    // The pinned position reaches `positions` with the next layout ticks.
    for (let i = 0; i < 10; i++) await frame();
    await map.updateComplete;

    const t = map.zoomTransform;
    const expected = { x: (Math.round(rect.left + sx) - rect.left - t.x) / t.k, y: (Math.round(rect.top + sy) - rect.top - t.y) / t.k };
    const p = map.positions.get(id)!;
    expect(p.x).to.be.closeTo(expected.x, 2);
    expect(p.y).to.be.closeTo(expected.y, 2);
    // The move has ended: a second click on the background moves nothing.
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 40), Math.round(rect.top + 12)] });
    await map.updateComplete;
    expect(map.positions.get(id)!.x).to.be.closeTo(expected.x, 2);
  });

  it('the list view offers no move button', async () => {
    const { map } = await readyWithSelection();
    await frame();
    expect(moveButton(map)).to.not.equal(null);
    const listButton = [...map.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lijst')!;
    listButton.click();
    await map.updateComplete;
    await frame();
    expect(moveButton(map)).to.equal(null);
  });
});
