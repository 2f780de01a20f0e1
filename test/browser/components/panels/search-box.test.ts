import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/panels/search-box/gia-search-box.js';
import type { GiaSearchBox } from '../../../../src/components/panels/search-box/gia-search-box.component.js';
import type { FilterState } from '../../../../src/graph/filter-graph.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { collect, contactValues, expectAccessible, graphOf, loadNetwork, mount, renderedText, shadow } from './panel-fixtures.js';

describe('<gia-search-box>', () => {
  let element: GiaSearchBox | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadNetwork();
  });
  afterEach(() => element?.remove());

  async function create(mode: 'public' | 'professional' = 'public', lang: 'nl' | 'en' = 'nl', extra: Record<string, unknown> = {}) {
    element = await mount<GiaSearchBox>('gia-search-box', { network, graph: graphOf(network, mode), lang, mode, ...extra });
    return element;
  }

  const input = (el: GiaSearchBox) => shadow(el).querySelector('input')!;
  const options = (el: GiaSearchBox) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];

  async function typeInto(el: GiaSearchBox, text: string) {
    input(el).focus();
    await sendKeys({ type: text });
    await el.updateComplete;
  }

  it('is an ARIA 1.2 combobox with a labelled listbox', async () => {
    const el = await create();
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    const listbox = shadow(el).getElementById(field.getAttribute('aria-controls')!);
    expect(listbox?.getAttribute('role')).to.equal('listbox');
    expect(shadow(el).querySelector(`label[for="${field.id}"]`)?.textContent).to.contain('Zoeken op de kaart');
  });

  it('suggests a specialism for a synonym and shows the synonym as the reason', async () => {
    const el = await create();
    await typeInto(el, 'loverboys');
    const first = options(el)[0]!;
    expect(first.dataset.id).to.equal('mensenhandel');
    expect(first.textContent).to.contain('Mensenhandel');
    expect(first.textContent).to.contain('ook bekend als "loverboys"');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('is tolerant of case and accents', async () => {
    const el = await create();
    await typeInto(el, 'VÉILIG thúis');
    expect(options(el).map((o) => o.dataset.id)).to.include('veilig-thuis-zuid-limburg');
    input(el).value = '';
    input(el).dispatchEvent(new Event('input'));
    await typeInto(el, 'financiele uitbuiting');
    const first = options(el)[0]!;
    expect(first.dataset.id).to.equal('financieel-misbruik-ouderen');
    expect(first.textContent).to.contain('financiële uitbuiting');
  });

  it('works with the keyboard: arrows move, Enter chooses, Escape closes and clears', async () => {
    const el = await create();
    const selects = collect<{ id: string }>(el, 'gia-request-select');
    await typeInto(el, 'veilig');
    const field = input(el);
    expect(options(el).length).to.be.greaterThan(1);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-1');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal('option-0');
    const chosen = options(el)[0]!.dataset.id!;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(selects).to.deep.equal([{ id: chosen }]);
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.value).to.equal(graphOf(network, 'public').byId.get(chosen)!.label);
    // Escape: first closes the list, then clears the field.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.value).not.to.equal('');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.value).to.equal('');
    expect(shadow(el).activeElement).to.equal(field);
  });

  it('Enter without a chosen suggestion requests a filter on the text, keeping the other facets', async () => {
    const filter: FilterState = { specialisms: ['trauma'], kinds: ['organisation'], phases: [], municipalities: ['heerlen'], query: '' };
    const el = await create('public', 'nl', { filter });
    const filters = collect<{ filter: FilterState }>(el, 'gia-request-filter');
    await typeInto(el, 'zorg en veiligheid');
    await sendKeys({ press: 'Enter' });
    expect(filters).to.deep.equal([{ filter: { ...filter, query: 'zorg en veiligheid' } }]);
  });

  it('fires nothing when properties change', async () => {
    const el = await create();
    const events = [...collect(el, 'gia-request-filter'), ...collect(el, 'gia-request-select')];
    el.filter = { specialisms: [], kinds: [], phases: [], municipalities: [], query: 'politie' };
    el.lang = 'en';
    await el.updateComplete;
    expect(input(el).value).to.equal('politie');
    expect(events).to.deep.equal([]);
  });

  it('never suggests contact persons in public mode, even with a professional graph', async () => {
    element = await mount<GiaSearchBox>('gia-search-box', { network, graph: graphOf(network, 'professional'), lang: 'nl', mode: 'public' });
    await typeInto(element, 'anouk');
    expect(options(element).length).to.equal(0);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(input(element).value).to.equal('');
    await typeInto(element, 'aandachtsfunctionaris');
    expect(options(element).length).to.be.greaterThan(0);
    expect(options(element).some((o) => o.dataset.id?.startsWith('af-'))).to.equal(false);
    const text = renderedText(element);
    for (const value of contactValues(network)) expect(text).not.to.contain(value);
    // The same query does find them in professional mode (so the check above means something).
    element.remove();
    await create('professional');
    await typeInto(element, 'anouk');
    expect(options(element).some((o) => o.textContent?.includes('Anouk Voorbeeld'))).to.equal(true);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`has no axe violations with the list open (${lang})`, async () => {
      const el = await create('professional', lang);
      await expectAccessible(el);
      await typeInto(el, 'geweld');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(options(el).length).to.be.greaterThan(0);
      await expectAccessible(el);
      el.setAttribute('theme', 'dark');
      await expectAccessible(el); // dark theme contrast too
    });
  }
});
