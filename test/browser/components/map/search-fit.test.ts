import { expect } from '@esm-bundle/chai';
import { EMPTY_FILTER } from '../../../../src/graph/filter-state.js';
import { createMap, frame, loadData, removeAll } from './helpers.js';

describe('gia-network-map: search by topic fits the results', () => {
  afterEach(removeAll);

  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ] as const) {
    it(`"ouderenmishandeling" in Rotterdam-Rijnmond at ${width} px: the organisations working on it are shown, every result inside the stage`, async () => {
      const network = (await loadData('rotterdam-rijnmond.json'))!;
      const map = await createMap({ mode: 'professional' }, network);
      map.style.width = `${width}px`;
      map.style.height = `${height}px`;
      await map.settled;
      // The user zoomed in first: a new search fits its results all the same.
      const zoomIn = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').includes('Inzoomen'))!;
      for (let i = 0; i < 6; i++) zoomIn.click();
      await map.updateComplete;
      map.shadowRoot!.querySelector('.side')!.dispatchEvent(
        new CustomEvent('gia-request-filter', { detail: { filter: { ...EMPTY_FILTER, query: 'ouderenmishandeling' } }, bubbles: true, composed: true }),
      );
      await map.updateComplete;
      for (let i = 0; i < 3; i++) await frame();
      await map.updateComplete;
      const root = map.shadowRoot!;
      const shown = [...root.querySelectorAll<SVGGElement>('svg .nodes [data-id]')];
      const ids = shown.map((n) => n.getAttribute('data-id'));
      expect(ids).to.include.members(['ouderenmishandeling', 'veilig-thuis-rotterdam-rijnmond', 'gemeente-rotterdam']);
      const stage = root.querySelector('.stage')!.getBoundingClientRect();
      for (const node of shown) {
        const r = node.querySelector('.shape')!.getBoundingClientRect();
        const inside = r.left >= stage.left && r.right <= stage.right && r.top >= stage.top && r.bottom <= stage.bottom;
        expect(inside, `${node.getAttribute('data-id')} inside the stage`).to.equal(true);
      }
    });
  }
});
