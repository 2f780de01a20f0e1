import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, loadData, removeAll, requestHelp } from './helpers.js';

/** The label drawn nearest to a node (on any side or corner, within a line's height of its shape), or undefined. */
function labelNear(map: GiaNetworkMap, id: string): { id: string | null; text: string } | undefined {
  const root = map.shadowRoot!;
  const node = root.querySelector<SVGGElement>(`svg .nodes [data-id="${id}"] .shape`)!;
  const box = node.getBoundingClientRect();
  let best: { id: string | null; text: string; d: number } | undefined;
  for (const label of root.querySelectorAll<SVGTextElement>('.node-label')) {
    const r = label.getBoundingClientRect();
    if (r.width === 0) continue;
    // The gap between the two boxes (0 when they touch or overlap), across and along.
    const dx = Math.max(0, r.left - box.right, box.left - r.right);
    const dy = Math.max(0, r.top - box.bottom, box.top - r.bottom);
    const d = Math.hypot(dx, dy);
    if (d > 16) continue;
    const text = label.children.length ? [...label.children].map((t) => t.textContent).join(' ') : (label.textContent ?? '');
    if (!best || d < best.d) best = { id: label.getAttribute('data-label-id'), text, d };
  }
  return best && { id: best.id, text: best.text };
}

describe('gia-network-map: the right label on every node', () => {
  afterEach(removeAll);

  it('Rotterdam-Rijnmond, professional, help "Ouderenmishandeling" + Rotterdam: the label next to Gemeente Rotterdam is its own', async () => {
    const network = (await loadData('rotterdam-rijnmond.json'))!;
    const map = await createMap({ mode: 'professional' }, network);
    map.style.width = '1280px';
    map.style.height = '800px';
    await map.settled;
    await requestHelp(map, { specialism: 'ouderenmishandeling', municipality: 'rotterdam' }, 'gemeente-rotterdam');
    const node = map.shadowRoot!.querySelector<SVGGElement>('svg .nodes [data-id="gemeente-rotterdam"]');
    expect(node, 'Gemeente Rotterdam is drawn').to.exist;
    expect(node!.classList.contains('highlighted'), 'highlighted').to.equal(true);
    const under = labelNear(map, 'gemeente-rotterdam');
    expect(under, 'a label next to the highlighted node').to.exist;
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
