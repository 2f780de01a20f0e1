// A Dutch map page never fetches an English catalogue: English catalogues are registered as loaders and load only
// when English is asked for (src/i18n/lookup.ts). The test runner serves every source module as its own URL, so
// an English catalogue that is imported (statically or lazily) shows up as a `.en.` resource.
import { expect } from '@esm-bundle/chai';
import { createMap, deepMarkup, loadData, removeAll } from '../components/map/helpers.js';
import { isLangLoaded, msg } from '../../../src/i18n/localize.js';

const englishCatalogues = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/i18n\/[\w-]+\.en\.[jt]s\b/.test(url));

describe('a Dutch map page', () => {
  afterEach(removeAll);

  it('with data and its panels loaded requests no English catalogue module', async () => {
    const map = await createMap({ lang: 'nl' }, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    // The panels are in (their catalogues registered), and the side panels render.
    expect(map.shadowRoot!.querySelector('gia-filter-panel')).to.not.equal(null);
    expect(map.shadowRoot!.querySelector('gia-help-finder')).to.not.equal(null);
    map.selectedId = map.currentGraph!.nodes[0]!.id; // the details panel opens too
    await map.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deepMarkup(map.shadowRoot!.querySelector('gia-help-finder')!)).to.contain('Ik zoek hulp');
    expect(msg('nl', 'filter.clear')).to.equal('Wis filters');
    expect(englishCatalogues()).to.deep.equal([]);
    expect(isLangLoaded('en')).to.equal(false);
  });
});
