import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, frame, loadData, removeAll } from './helpers.js';

/** The label drawn nearest under a node (the text whose box is closest below its centre), or undefined. */
function labelUnder(map: GiaNetworkMap, id: string): { id: string | null; text: string } | undefined {
  const root = map.shadowRoot!;
  const node = root.querySelector<SVGGElement>(`svg .nodes [data-id="${id}"]`)!;
  const box = node.getBoundingClientRect();
  const cx = box.left + box.width / 2;
  let best: { id: string | null; text: string; d: number } | undefined;
  for (const label of root.querySelectorAll<SVGTextElement>('.node-label')) {
    const r = label.getBoundingClientRect();
    if (r.width === 0) continue;
    const below = r.top - box.bottom;
    if (below < -2 || below > 24 || cx < r.left - 4 || cx > r.right + 4) continue;
    const d = Math.abs(below) + Math.abs((r.left + r.right) / 2 - cx) / 10;
    const text = label.children.length ? [...label.children].map((t) => t.textContent).join(' ') : (label.textContent ?? '');
    if (!best || d < best.d) best = { id: label.getAttribute('data-label-id'), text, d };
  }
  return best && { id: best.id, text: best.text };
}

describe('gia-network-map: the right label on every node', () => {
  afterEach(removeAll);

  it('Rotterdam-Rijnmond, professional, help "Ouderenmishandeling" + Rotterdam: the label under Gemeente Rotterdam is its own', async () => {
    const network = (await loadData('rotterdam-rijnmond.json'))!;
    const map = await createMap({ mode: 'professional' }, network);
    map.style.width = '1280px';
    map.style.height = '800px';
    await map.settled;
    const side = map.shadowRoot!.querySelector('.side')!;
    side.dispatchEvent(
      new CustomEvent('gia-request-help', { detail: { help: { specialism: 'ouderenmishandeling', municipality: 'rotterdam' } }, bubbles: true, composed: true }),
    );
    await map.updateComplete;
    await map.settled;
    // The help finder is a lazy chunk: wait (a bounded number of frames) until its result is drawn.
    const highlightedNode = () => map.shadowRoot!.querySelector('svg .nodes [data-id="gemeente-rotterdam"].highlighted');
    for (let i = 0; i < 300 && !highlightedNode(); i++) await frame();
    for (let i = 0; i < 3; i++) await frame();
    await map.updateComplete;
    const node = map.shadowRoot!.querySelector<SVGGElement>('svg .nodes [data-id="gemeente-rotterdam"]');
    expect(node, 'Gemeente Rotterdam is drawn').to.exist;
    expect(node!.classList.contains('highlighted'), 'highlighted').to.equal(true);
    const under = labelUnder(map, 'gemeente-rotterdam');
    expect(under, 'a label under the highlighted node').to.exist;
    expect(under!.id).to.equal('gemeente-rotterdam');
    expect(under!.text).to.equal('Gemeente Rotterdam');
    // The view fits the results: both highlighted nodes lie inside the stage.
    const stage = map.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    for (const id of ['gemeente-rotterdam', 'veilig-thuis-rotterdam-rijnmond']) {
      const r = map.shadowRoot!.querySelector(`svg .nodes [data-id="${id}"] .shape`)!.getBoundingClientRect();
      expect(r.left >= stage.left && r.right <= stage.right && r.top >= stage.top && r.bottom <= stage.bottom, id).to.equal(true);
    }
  });
});
