import { expect } from '@esm-bundle/chai';
import '../../../../src/components/panels/legend/gia-legend.js';
import type { GiaLegend } from '../../../../src/components/panels/legend/gia-legend.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { nodeShapePath } from '../../../../src/render/node-shapes.js';
import { expectAccessible, graphOf, loadNetwork, mount, shadow } from './panel-fixtures.js';

describe('<gia-legend>', () => {
  let element: GiaLegend | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadNetwork();
  });
  afterEach(() => element?.remove());

  async function create(mode: 'public' | 'professional', lang: 'nl' | 'en' = 'nl') {
    element = await mount<GiaLegend>('gia-legend', { network, graph: graphOf(network, mode), lang, mode });
    return element;
  }

  it('explains every kind present with its shape in words, contacts only in professional mode', async () => {
    const el = await create('public');
    const kinds = [...shadow(el).querySelectorAll<HTMLElement>('li[data-kind]')].map((li) => li.dataset.kind);
    expect(kinds).to.deep.equal(['phase', 'organisation', 'meeting', 'intervention', 'specialism']);
    const organisation = shadow(el).querySelector('li[data-kind="organisation"]')!;
    expect(organisation.textContent).to.contain('Organisatie: cirkel');
    expect(organisation.querySelector('path.shape')!.getAttribute('d')).to.equal(nodeShapePath('organisation', 11));
    const pro = await create('professional');
    expect(shadow(pro).querySelector('li[data-kind="contact"]')?.textContent).to.contain('Contactpersoon: vijfhoek');
  });

  it('explains every link type present with its line style', async () => {
    const el = await create('public');
    const graph = graphOf(network, 'public');
    const present = new Set(graph.links.map((l) => l.type));
    const shown = [...shadow(el).querySelectorAll<HTMLElement>('li[data-link]')].map((li) => li.dataset.link);
    expect(new Set(shown)).to.deep.equal(present);
    const next = shadow(el).querySelector('li[data-link="next-phase"]')!;
    expect(next.textContent).to.contain('Volgende fase');
    expect(next.textContent).to.contain('doorgetrokken lijn');
    expect(next.textContent).to.contain('met pijl');
  });

  // Issue 15: the AVE layout draws the lines to specialisms only for what is pointed at or chosen; the legend says so.
  it('in the AVE layout only, says when the lines to specialisms and from funders appear (when the file has them)', async () => {
    const note = (el: GiaLegend) => shadow(el).querySelector('[data-note="specialism-links"]')?.textContent?.trim();
    const force = await create('public');
    expect(note(force)).to.equal(undefined);
    const ave = await mount<GiaLegend>('gia-legend', { network, graph: graphOf(network, 'public'), lang: 'nl', mode: 'public', layout: 'ave' });
    expect(note(ave)).to.equal('Lijnen naar specialismen en lijnen van wie betaalt (financiert) ziet u pas als u een organisatie aanwijst of kiest.');
    await expectAccessible(ave);
    ave.lang = 'en';
    await ave.updateComplete;
    expect(note(ave)).to.equal('Lines to specialisms and lines from funders appear only when you point at or choose an organisation.');
    ave.remove();
    const graph = graphOf(network, 'public');
    const without = { ...graph, links: graph.links.filter((l) => l.type !== 'has-specialism' && l.type !== 'funds') };
    element = await mount<GiaLegend>('gia-legend', { network, graph: without, lang: 'nl', mode: 'public', layout: 'ave' });
    expect(note(element)).to.equal(undefined);
  });

  // Issue 15: in the AVE layout the lines between the groups below and the phases or lanes are light at rest.
  it('in the AVE layout only, says that light lines run to the groups below', async () => {
    const note = (el: GiaLegend) => shadow(el).querySelector('[data-note="receding-links"]')?.textContent?.trim();
    const force = await create('public');
    expect(note(force)).to.equal(undefined);
    force.remove();
    element = await mount<GiaLegend>('gia-legend', { network, graph: graphOf(network, 'public'), lang: 'nl', mode: 'public', layout: 'ave' });
    expect(note(element)).to.equal('Lichte lijnen lopen naar de groepen onderaan. Wijs een onderdeel aan of kies het om ze goed te zien.');
    element.lang = 'en';
    await element.updateComplete;
    expect(note(element)).to.equal('Light lines run to the groups at the bottom. Point at or choose an item to see them clearly.');
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`has no axe violations (${lang})`, async () => {
      const el = await create('professional', lang);
      await expectAccessible(el);
      if (lang === 'en') expect(shadow(el).textContent).to.contain('Legend');
        el.setAttribute('theme', 'dark');
        await expectAccessible(el); // dark theme contrast too
    });
  }
});
