import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/panels/help-finder/gia-help-finder.js';
import type { GiaHelpFinder } from '../../../../src/components/panels/help-finder/gia-help-finder.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import type { HelpState } from '../../../../src/view-state/hash-state.js';
import { collect, contactValues, expectAccessible, graphOf, loadNetwork, mount, renderedText, shadow } from './panel-fixtures.js';

describe('<gia-help-finder>', () => {
  let element: GiaHelpFinder | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadNetwork();
  });
  afterEach(() => element?.remove());

  async function create(mode: 'public' | 'professional', help?: HelpState, lang: 'nl' | 'en' = 'nl', graphMode = mode) {
    element = await mount<GiaHelpFinder>('gia-help-finder', { network, graph: graphOf(network, graphMode), lang, mode, help });
    return element;
  }

  const items = (el: GiaHelpFinder) => [...shadow(el).querySelectorAll<HTMLElement>('li.item')];
  const status = (el: GiaHelpFinder) => shadow(el).querySelector('[role="status"]')!.textContent?.trim() ?? '';

  it('professional, mensenhandel in Heerlen: a contact comes first, with e-mail and phone', async () => {
    const el = await create('professional', { specialism: 'mensenhandel', municipality: 'heerlen' });
    const list = items(el);
    expect(list.length).to.be.greaterThan(1);
    const first = list[0]!;
    expect(first.classList.contains('contact')).to.equal(true);
    expect(first.dataset.id).to.equal('aanspreekpunt-mensenhandel-heerlen');
    const contact = network.contacts!.find((c) => c.id === first.dataset.id)!;
    expect(first.textContent).to.contain(contact.name!);
    expect(first.textContent).to.contain('vaste contactpersoon');
    expect(first.textContent).to.contain('Contactpersoon voor dit onderwerp in deze gemeente');
    const email = contact.channels!.find((c) => c.type === 'email')!.value;
    expect(first.querySelector(`a[href="mailto:${email}"]`), 'mailto').to.exist;
    expect(first.querySelector('a[href^="tel:+31"]'), 'tel').to.exist;
    // Organisations and meetings follow, with their access routes.
    expect(shadow(el).querySelector('li.item[data-id="trioletafel-mensenhandel"]')).to.exist;
    expect(status(el)).to.match(/^1 contactpersoon, \d+ organisaties? en 1 overleg gevonden$/);
  });

  it('reaches the right contact with the keyboard in two choices', async () => {
    const el = await create('professional');
    const requests = collect<{ help: HelpState | null }>(el, 'gia-request-help');
    shadow(el).querySelector<HTMLSelectElement>('#specialism')!.focus();
    await sendKeys({ type: 'Mensenhandel' }); // action 1: choose the topic
    await el.updateComplete;
    expect(requests.at(-1)).to.deep.equal({ help: { specialism: 'mensenhandel' } });
    expect(items(el)[0]?.classList.contains('contact')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Heerlen' }); // action 2 (optional): the municipality
    await el.updateComplete;
    expect(requests.at(-1)).to.deep.equal({ help: { specialism: 'mensenhandel', municipality: 'heerlen' } });
    const first = items(el)[0]!;
    expect(first.dataset.id).to.equal('aanspreekpunt-mensenhandel-heerlen');
    expect(first.querySelector('a[href="mailto:mensenhandel@example.org"]')?.textContent).to.equal('mensenhandel@example.org');
  });

  it('announces the results in a polite live region', async () => {
    const el = await create('public');
    const region = shadow(el).querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(status(el)).to.equal('');
    el.help = { specialism: 'huiselijk-geweld' };
    await el.updateComplete;
    expect(status(el)).to.match(/^1 organisatie, 2 overleggen en \d+ interventies of hulpaanbod gevonden$/);
    el.help = { specialism: 'mensenhandel', phase: 'ave-1', municipality: 'vaals' };
    await el.updateComplete;
    expect(status(el)).to.satisfy((s: string) => s === 'Niets gevonden' || s.endsWith('gevonden'));
  });

  it('in public mode lists no contacts and shows no personal data, even with a professional graph', async () => {
    const el = await create('public', { specialism: 'mensenhandel', municipality: 'heerlen' }, 'nl', 'professional');
    expect(items(el).length).to.be.greaterThan(0);
    expect(items(el).some((li) => li.classList.contains('contact'))).to.equal(false);
    const text = renderedText(el);
    for (const value of contactValues(network)) expect(text).not.to.contain(value);
  });

  it('opening a result requests a selection; clearing requests no help', async () => {
    const el = await create('public', { specialism: 'mensenhandel' });
    const selects = collect<{ id: string }>(el, 'gia-request-select');
    const helps = collect<{ help: HelpState | null }>(el, 'gia-request-help');
    const button = shadow(el).querySelector<HTMLButtonElement>('li.item button.name')!;
    button.click();
    expect(selects).to.deep.equal([{ id: button.closest<HTMLElement>('li')!.dataset.id }]);
    shadow(el).querySelector<HTMLButtonElement>('button.restart')!.click();
    expect(helps).to.deep.equal([{ help: null }]);
  });

  it('fires nothing when properties change and survives unknown ids', async () => {
    const el = await create('professional');
    const events = [...collect(el, 'gia-request-help'), ...collect(el, 'gia-request-select')];
    el.help = { specialism: 'bestaat-niet' };
    await el.updateComplete;
    expect(status(el)).to.equal('Niets gevonden');
    expect(events).to.deep.equal([]);
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const mode of ['public', 'professional'] as const) {
      it(`has no axe violations (${lang}, ${mode})`, async () => {
        const el = await create(mode, undefined, lang);
        await expectAccessible(el);
        el.help = { specialism: 'huiselijk-geweld', municipality: 'maastricht' };
        await el.updateComplete;
        expect(items(el).length).to.be.greaterThan(0);
        await expectAccessible(el);
        if (lang === 'en') expect(status(el)).to.contain('found');
        el.setAttribute('theme', 'dark');
        await expectAccessible(el); // dark theme contrast too
      });
    }
  }
});
