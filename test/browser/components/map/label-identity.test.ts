import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, frame, loadData, nodeElement, removeAll, requestHelp } from './helpers.js';

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
    // At rest a result is labelled where its label fits; whatever text sits next to it is its own.
    const atRest = labelNear(map, 'gemeente-rotterdam');
    if (atRest) expect(atRest, 'the label next to the node at rest').to.deep.equal({ id: 'gemeente-rotterdam', text: 'Gemeente Rotterdam' });
    // Focused (or pointed at, or chosen), it is always labelled, with its own name.
    nodeElement(map, 'gemeente-rotterdam')!.focus();
    expect(map.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('gemeente-rotterdam');
    // The labels follow in a frame of their own: wait a bounded number of frames.
    for (let i = 0; i < 60 && labelNear(map, 'gemeente-rotterdam')?.id !== 'gemeente-rotterdam'; i++) await frame();
    expect(labelNear(map, 'gemeente-rotterdam'), 'the label next to the focused node').to.deep.equal({ id: 'gemeente-rotterdam', text: 'Gemeente Rotterdam' });
    // The view fits the results: both highlighted nodes lie inside the stage.
    const stage = map.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    for (const id of ['gemeente-rotterdam', 'veilig-thuis-rotterdam-rijnmond']) {
      const r = map.shadowRoot!.querySelector(`svg .nodes [data-id="${id}"] .shape`)!.getBoundingClientRect();
      expect(r.left >= stage.left && r.right <= stage.right && r.top >= stage.top && r.bottom <= stage.bottom, id).to.equal(true);
    }
  });
});
