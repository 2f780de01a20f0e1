// lang="en" still shows English: the English catalogues (map, panels) load on demand before the components render.
import { expect } from '@esm-bundle/chai';
import { createMap, deepMarkup, loadData, removeAll } from '../components/map/helpers.js';
import { isLangLoaded } from '../../../src/i18n/localize.js';

describe('an English map page', () => {
  afterEach(removeAll);

  it('shows the map and its panels in English', async () => {
    const map = await createMap({ lang: 'en' }, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = map.shadowRoot!;
    const all = deepMarkup(root);
    expect(all).to.contain('"Legend"'); // the toolbar's legend button (a shared word of the map catalogue)
    expect(all).to.not.contain('Legenda');
    const help = deepMarkup(root.querySelector('gia-help-finder')!);
    expect(help).to.contain('I am looking for help with');
    expect(help).to.not.contain('Ik zoek hulp');
    expect(isLangLoaded('en')).to.equal(true);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => /\/i18n\/map\.en\./.test(url))).to.equal(true);
    expect(loaded.some((url) => /\/i18n\/panels\.en\./.test(url))).to.equal(true);
  });
});
