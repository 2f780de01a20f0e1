// Issue 15, item 3: "voor wie" first, and every answer ends in how to reach someone.
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/panels/help-finder/gia-help-finder.js';
import type { GiaHelpFinder } from '../../../../src/components/panels/help-finder/gia-help-finder.component.js';
import { stripForPublic } from '../../../../src/model/public-network.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import type { HelpState } from '../../../../src/view-state/hash-state.js';
import { expectAccessible, graphOf, loadNetwork, mount, shadow } from './panel-fixtures.js';

describe('<gia-help-finder> voor wie', () => {
  let element: GiaHelpFinder | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadNetwork();
  });
  afterEach(() => element?.remove());

  async function create(mode: 'public' | 'professional', help?: HelpState) {
    const data = mode === 'public' ? stripForPublic(network) : network;
    element = await mount<GiaHelpFinder>('gia-help-finder', { network: data, graph: graphOf(data, mode), lang: 'nl', mode, help });
    return element;
  }

  async function choose(el: GiaHelpFinder, audience: string) {
    const radio = shadow(el).querySelector<HTMLInputElement>(`input[name="audience"][value="${audience}"]`)!;
    radio.click();
    await el.updateComplete;
  }

  const items = (el: GiaHelpFinder) => [...shadow(el).querySelectorAll<HTMLElement>('li.item')];
  const fallback = (el: GiaHelpFinder) => shadow(el).querySelector<HTMLElement>('[part="fallback"]');

  it('asks "voor wie" first, with four choices', async () => {
    const el = await create('public');
    const legend = shadow(el).querySelector('form fieldset legend');
    expect(legend?.textContent).to.equal('Voor wie zoekt u hulp?');
    const labels = [...shadow(el).querySelectorAll('fieldset .choice')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['Ik ben slachtoffer', 'Ik maak me zorgen om iemand', 'Ik wil stoppen met geweld', 'Ik ben professional']);
    // The first field of the form is the fieldset.
    expect(shadow(el).querySelector('form')!.firstElementChild?.tagName).to.equal('FIELDSET');
  });

  it('a pleger who wants to stop: the Plinthos course first, and the answer ends in Veilig Thuis 0800-2000', async () => {
    const el = await create('public', { specialism: 'plegerhulpverlening' });
    await choose(el, 'perpetrators');
    const interventions = [...shadow(el).querySelectorAll<HTMLElement>('ul[data-group="interventions"] li.item')];
    expect(interventions[0]?.dataset.id).to.equal('plegerhulp-cursus-plinthos');
    expect(shadow(el).querySelector('li.item[data-id="mda-plus-plus"]')).to.equal(null);
    const end = fallback(el)!;
    expect(end).to.exist;
    expect(end.querySelector('a[href="tel:08002000"]')?.textContent).to.equal('0800-2000');
    expect(end.textContent).to.contain('24 uur per dag, 7 dagen per week');
    // It is the last thing in the answer.
    expect(shadow(el).querySelector('[part="results"]')!.lastElementChild).to.equal(end);
  });

  it('a victim of sexual violence gets the Centrum Seksueel Geweld with a working tel: link, hours and for whom', async () => {
    const el = await create('public', { specialism: 'seksueel-geweld' });
    await choose(el, 'victims');
    const csg = shadow(el).querySelector<HTMLElement>('li.item[data-id="centrum-seksueel-geweld"]')!;
    expect(csg).to.exist;
    const tel = csg.querySelector<HTMLAnchorElement>('.reach a[href="tel:08000188"]');
    expect(tel?.textContent).to.equal('0800-0188');
    expect(csg.textContent).to.contain('Bereikbaar: 24 uur per dag, 7 dagen per week');
    expect(csg.textContent).to.contain('Voor: slachtoffers');
    expect(fallback(el)?.dataset.noContact).to.equal('false');
  });

  it('says plainly when the map has no contact for the topic in that gemeente, and points to Veilig Thuis', async () => {
    const el = await create('public', { specialism: 'ouderenmishandeling', municipality: 'vaals' });
    await choose(el, 'concerned');
    const end = fallback(el)!;
    expect(end.dataset.noContact).to.equal('true');
    expect(end.textContent).to.contain('Op deze kaart staat geen telefoonnummer of website voor dit onderwerp in Vaals.');
    expect(end.querySelector('a[href="tel:08002000"]')).to.exist;
    for (const item of items(el)) expect(item.querySelector('.reach, .none-reach'), item.dataset.id).to.exist;
  });

  it('professional mode: the contact persons with their channels are in the answer itself; another "voor wie" hides them', async () => {
    const el = await create('professional', { specialism: 'huiselijk-geweld' });
    const radio = shadow(el).querySelector<HTMLInputElement>('input[value="professionals"]')!;
    expect(radio.checked).to.equal(true);
    const contacts = [...shadow(el).querySelectorAll<HTMLElement>('ul[data-group="contacts"] li.item')];
    expect(contacts.length).to.be.greaterThan(0);
    for (const contact of contacts) expect(contact.querySelector('.reach a[href^="mailto:"], .reach a[href^="tel:"]'), contact.dataset.id).to.exist;
    await choose(el, 'victims');
    expect(shadow(el).querySelector('ul[data-group="contacts"]')).to.equal(null);
  });

  it('"voor wie" is not sent to the host (nothing for the URL)', async () => {
    const el = await create('public', { specialism: 'huiselijk-geweld' });
    const requests: unknown[] = [];
    el.addEventListener('gia-request-help', (e) => requests.push((e as CustomEvent).detail));
    await choose(el, 'victims');
    expect(requests).to.deep.equal([]);
  });

  it('is accessible with an answer', async () => {
    const el = await create('public', { specialism: 'seksueel-geweld' });
    await choose(el, 'victims');
    await expectAccessible(el);
  });
});
