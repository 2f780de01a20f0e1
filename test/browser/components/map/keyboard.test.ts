import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, loadData, nodeElement, removeAll } from './helpers.js';

function focusedId(map: GiaNetworkMap): string | null {
  return map.shadowRoot!.activeElement?.getAttribute('data-id') ?? null;
}

async function ready(): Promise<GiaNetworkMap> {
  const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
  await map.ready;
  await map.settled;
  await map.updateComplete;
  return map;
}

describe('gia-network-map: keyboard', () => {
  afterEach(removeAll);

  it('moves with the arrow keys to the nearest node in that direction', async () => {
    const map = await ready();
    const stop = map.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!;
    stop.focus();
    const start = focusedId(map)!;
    const from = map.positions.get(start)!;
    let moved = 0;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      const before = focusedId(map)!;
      const p0 = map.positions.get(before)!;
      await sendKeys({ press: key });
      await map.updateComplete;
      const after = focusedId(map)!;
      if (after !== before) {
        moved++;
        const p1 = map.positions.get(after)!;
        if (key === 'ArrowRight') expect(p1.x).to.be.greaterThan(p0.x);
        if (key === 'ArrowLeft') expect(p1.x).to.be.lessThan(p0.x);
        if (key === 'ArrowDown') expect(p1.y).to.be.greaterThan(p0.y);
        if (key === 'ArrowUp') expect(p1.y).to.be.lessThan(p0.y);
      }
    }
    expect(moved).to.be.greaterThan(1);
    expect(from).to.exist;
    // Still one tab stop, on the focused node.
    const stops = [...map.shadowRoot!.querySelectorAll('svg [data-id]')].filter((e) => e.getAttribute('tabindex') === '0');
    expect(stops.map((e) => e.getAttribute('data-id'))).to.deep.equal([focusedId(map)]);
  });

  it('selects with Enter (details take focus) and returns focus to the node with Escape', async () => {
    const map = await ready();
    const graph = map.currentGraph!;
    const vt = graph.byId.get('veilig-thuis-zuid-limburg')!;
    map.shadowRoot!.querySelector<SVGGElement>(`[data-id="${vt.id}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(map.selectedId).to.equal(vt.id);
    expect(map.shadowRoot!.activeElement?.tagName.toLowerCase()).to.equal('gia-details-panel');
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(map.selectedId).to.equal(undefined);
    expect(focusedId(map)).to.equal(vt.id);
  });

  it('walks every link of a node with ] and back with [', async () => {
    const map = await ready();
    const graph = map.currentGraph!;
    const vt = graph.byId.get('veilig-thuis-zuid-limburg')!;
    const neighbours = [...graph.neighbours.get(vt.id)!];
    map.shadowRoot!.querySelector<SVGGElement>(`[data-id="${vt.id}"]`)!.focus();
    const visited = new Set<string>();
    for (let i = 0; i < neighbours.length; i++) {
      await sendKeys({ press: ']' });
      await map.updateComplete;
      visited.add(focusedId(map)!);
    }
    expect([...visited].sort()).to.deep.equal([...neighbours].sort());
    const last = focusedId(map);
    await sendKeys({ press: ']' });
    await sendKeys({ press: '[' });
    await map.updateComplete;
    expect(focusedId(map)).to.equal(last);
  });

  it('Home and End go to the first and last node', async () => {
    const map = await ready();
    map.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await map.updateComplete;
    const nodes = map.currentGraph!.nodes;
    expect(focusedId(map)).to.equal(nodes[nodes.length - 1]!.id);
    await sendKeys({ press: 'Home' });
    await map.updateComplete;
    expect(focusedId(map)).to.equal(nodes[0]!.id);
  });

  it('zooms with + and -, and moves a node with m and the arrow keys', async () => {
    const map = await ready();
    const viewport = map.shadowRoot!.querySelector('g.viewport')!;
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(viewport.getAttribute('transform')!)![1]);
    map.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus();
    const k0 = map.zoomTransform.k;
    await sendKeys({ press: '+' });
    await map.updateComplete;
    expect(map.zoomTransform.k).to.be.greaterThan(k0);
    expect(scale()).to.be.closeTo(map.zoomTransform.k, 1e-9);
    await sendKeys({ press: '-' });
    await map.updateComplete;
    expect(map.zoomTransform.k).to.be.closeTo(k0, 1e-6);
    expect(scale()).to.be.closeTo(k0, 1e-6);
    const id = focusedId(map)!;
    const before = map.positions.get(id)!;
    await sendKeys({ press: 'm' });
    await sendKeys({ press: 'ArrowRight' });
    await map.updateComplete;
    expect(nodeElement(map, id)!.classList.contains('pinned'), 'drawn as pinned while it is moved').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    const after = map.positions.get(id)!;
    expect(after.x).to.be.greaterThan(before.x);
    expect(focusedId(map)).to.equal(id);
  });

  it('opens the list of keys with ?', async () => {
    const map = await ready();
    map.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus();
    await sendKeys({ press: '?' });
    await map.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    const dialog = map.shadowRoot!.querySelector('dialog.keys') as HTMLDialogElement;
    expect(dialog?.open).to.equal(true);
    expect(dialog.textContent).to.contain('Pijltjestoetsen');
    await sendKeys({ press: 'Escape' });
    await new Promise((r) => setTimeout(r, 20));
    expect(map.shadowRoot!.querySelector('dialog.keys')).to.equal(null);
  });

  it('pans with Shift + arrow keys', async () => {
    const map = await ready();
    const viewport = map.shadowRoot!.querySelector('g.viewport')!;
    const translate = () => /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(viewport.getAttribute('transform')!)!.slice(1).map(Number);
    map.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus();
    const [x0, y0] = translate();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    const [x1, y1] = translate();
    expect(x1).to.be.lessThan(x0!);
    expect(y1).to.be.lessThan(y0!);
  });

  it('the pause button stops all motion and says so', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    const pause = map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Beweging pauzeren"]')!;
    pause.click();
    await map.updateComplete;
    const resume = map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Beweging hervatten"]')!;
    expect(resume.getAttribute('aria-pressed')).to.equal('true');
    const before = JSON.stringify([...map.positions]);
    await new Promise((r) => setTimeout(r, 200));
    expect(JSON.stringify([...map.positions])).to.equal(before);
    resume.click();
    await map.settled;
  });
});
