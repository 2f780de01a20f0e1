// <gia-search-box> on the map's toolbar shows the toolbar's surface (no white box behind its label), in
// light and dark. Standalone it keeps painting the panel background (so its theme holds on any page).
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/panels/search-box/gia-search-box.js';
import type { GiaSearchBox } from '../../../../src/components/panels/search-box/gia-search-box.component.js';
import { createMap, loadData, removeAll } from '../map/helpers.js';
import { graphOf, loadNetwork, mount, shadow } from './panel-fixtures.js';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

describe('<gia-search-box> surface', () => {
  afterEach(() => {
    removeAll();
    for (const box of document.querySelectorAll('gia-search-box')) box.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`on the map toolbar: host and label are transparent over the toolbar surface (${theme})`, async () => {
      const data = await loadData('zuid-limburg.json');
      const map = await createMap({ theme }, data!);
      await map.ready;
      await map.updateComplete;
      const toolbar = map.shadowRoot!.querySelector<HTMLElement>('.toolbar')!;
      const box = toolbar.querySelector<GiaSearchBox>('gia-search-box')!;
      await box.updateComplete;
      const label = shadow(box).querySelector('label')!;
      const surface = getComputedStyle(toolbar).backgroundColor;
      expect(surface).to.not.equal(TRANSPARENT);
      expect(getComputedStyle(box).backgroundColor).to.equal(TRANSPARENT);
      expect(getComputedStyle(label).backgroundColor).to.equal(TRANSPARENT);
      // Nothing between the label and the toolbar paints a background of its own.
      for (let el: Element | null = box.parentElement; el && el !== toolbar; el = el.parentElement) {
        expect(getComputedStyle(el).backgroundColor, el.className).to.equal(TRANSPARENT);
      }
      // The input keeps its own field background.
      expect(getComputedStyle(shadow(box).querySelector('input')!).backgroundColor).to.not.equal(TRANSPARENT);
    });
  }

  it('standalone with theme="dark": paints its own background behind its light text', async () => {
    const network = await loadNetwork();
    const box = await mount<GiaSearchBox>('gia-search-box', { network, graph: graphOf(network, 'public'), lang: 'nl', mode: 'public' });
    box.setAttribute('theme', 'dark');
    await box.updateComplete;
    expect(getComputedStyle(box).backgroundColor).to.not.equal(TRANSPARENT);
  });
});
