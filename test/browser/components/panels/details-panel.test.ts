import { expect } from '@esm-bundle/chai';
import '../../../../src/components/panels/details-panel/gia-details-panel.js';
import type { GiaDetailsPanel } from '../../../../src/components/panels/details-panel/gia-details-panel.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { collect, contactValues, expectAccessible, graphOf, loadNetwork, mount, renderedText, shadow } from './panel-fixtures.js';

describe('<gia-details-panel>', () => {
  let element: GiaDetailsPanel | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadNetwork();
  });
  afterEach(() => element?.remove());

  async function open(nodeId: string | null, mode: 'public' | 'professional' = 'professional', lang: 'nl' | 'en' = 'nl', net = network) {
    element = await mount<GiaDetailsPanel>('gia-details-panel', { network: net, graph: graphOf(net, mode), lang, mode, nodeId });
    return element;
  }

  it('shows what an organisation does, may do, its access, specialisms, phases, meetings and contacts', async () => {
    const el = await open('veilig-thuis-zuid-limburg');
    const root = shadow(el);
    const org = network.organisations.find((o) => o.id === 'veilig-thuis-zuid-limburg')!;
    expect(root.querySelector('h2')?.textContent?.trim()).to.equal(org.name);
    const text = root.textContent ?? '';
    expect(text).to.contain('Organisatie');
    expect(text).to.contain(org.description!);
    expect(text).to.contain('Wat doet het?');
    for (const task of org.tasks!) expect(text).to.contain(task);
    expect(text).to.contain('Wat mag het?');
    expect(text).to.contain(org.powers![0]!);
    expect(text).to.contain('Zo komt u met hen in contact');
    expect(text).to.contain('Direct contact opnemen');
    expect(text).to.contain('Huiselijk geweld');
    expect(text).to.contain('AVE 2');
    expect(text).to.contain('MDA++');
    // Professional mode: the contact persons with their channels, marked fictitious.
    expect(text).to.contain('Anouk Voorbeeld (fictief)');
    expect(text).to.contain('fictief voorbeeld');
    const mail = root.querySelector<HTMLAnchorElement>('a[href="mailto:af.veiligthuis@example.org"]');
    expect(mail, 'mailto link').to.exist;
    // The organisation's own help line (0800-2000) and the contact person's phone are both links.
    const phones = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(phones).to.include('tel:+31600000001');
    expect(phones).to.include('tel:08002000');
    // Parent organisation of a sub-unit.
    await open('veilig-thuis-dienst-onderzoek');
    expect(shadow(element!).textContent).to.contain('Onderdeel van');
    expect(shadow(element!).querySelector('button[data-id="veilig-thuis-zuid-limburg"]')).to.exist;
  });

  it('shows a meeting with its admission criteria, chair, members and phase label', async () => {
    const el = await open('mda-plus-plus', 'public');
    const meeting = network.meetings!.find((m) => m.id === 'mda-plus-plus')!;
    const root = shadow(el);
    const text = root.textContent ?? '';
    expect(root.querySelector('h2')?.textContent?.trim()).to.equal(meeting.name);
    expect(text).to.contain('Overleg');
    for (const criterion of meeting.admissionCriteria!) expect(text).to.contain(criterion);
    expect(text).to.contain('Voorzitter');
    expect(text).to.contain('Deelnemers');
    expect(root.querySelector('button[data-id="zorg-en-veiligheidshuizen-zuid-limburg"]')).to.exist;
    expect(text).to.contain('AVE 4');
    const phase = network.escalationModel.phases.find((p) => p.id === 'ave-4')!;
    expect(text).to.contain(phase.label!);
    expect(text).to.contain('Aanmelding door een professional');
    // Members are listed once: not again under "Verbonden met".
    const relatedHeadings = [...root.querySelectorAll('.related h4')].map((h) => h.textContent?.trim());
    expect(relatedHeadings).not.to.include('Deelnemers');
    expect(relatedHeadings).to.include('Krijgt opschaling van');
  });

  it('explains "AVE-fase" and "MDA++" in one line where they appear, and nothing where they do not', async () => {
    const mda = shadow(await open('mda-plus-plus', 'public'));
    const lines = [...mda.querySelectorAll('.jargon')].map((p) => p.textContent ?? '');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^AVE-fase: /);
    expect(lines[1]).to.match(/^MDA\+\+: /);
    element?.remove();
    const plain = network.organisations.find((o) => !JSON.stringify(o).includes('MDA++') && !JSON.stringify(o).includes('AVE') && !(o.phases ?? []).length);
    if (plain) {
      const graph = graphOf(network, 'public');
      const neighbours = [...(graph.neighbours.get(plain.id) ?? [])].map((id) => graph.byId.get(id)?.label ?? '');
      if (!neighbours.some((label) => /AVE|MDA\+\+/.test(label))) {
        expect(shadow(await open(plain.id, 'public')).querySelector('.jargon')).to.equal(null);
      }
    }
  });

  it('in public mode renders no contact names, e-mails or phones, even from an unstripped network', async () => {
    const values = contactValues(network);
    for (const id of ['veilig-thuis-zuid-limburg', 'gemeente-heerlen', 'plinthos', 'zorg-en-veiligheidshuizen-zuid-limburg', 'mensenhandel']) {
      // The graph handed over is even a professional one: the panel must still show no contacts.
      element?.remove();
      element = await mount<GiaDetailsPanel>('gia-details-panel', {
        network,
        graph: graphOf(network, 'professional'),
        lang: 'nl',
        mode: 'public',
        nodeId: id,
      });
      const text = renderedText(element);
      for (const value of values) expect(text, `${id} shows ${value}`).not.to.contain(value);
      // Links may name the organisation's own help lines, never a contact person's channel (compared as text:
      // an element in a failing assertion makes chai's message very slow).
      const links = [...shadow(element).querySelectorAll('a[href^="mailto:"], a[href^="tel:"]')].map((a) => a.getAttribute('href') ?? '');
      const personal = values.map((v) => v.replace(/[^0-9a-z@.+]/gi, '').toLowerCase());
      const leaked = links.filter((href) => personal.some((v) => v && href.replace(/[^0-9a-z@.+]/gi, '').toLowerCase().includes(v.replace(/^\+31/, ''))));
      expect(leaked.join(' '), `${id} links a contact's channel`).to.equal('');
    }
    // A contact's own id shows nothing personal either.
    element!.nodeId = 'af-veilig-thuis';
    await element!.updateComplete;
    expect(shadow(element!).textContent).to.contain('Dit onderdeel staat niet op de kaart.');
    for (const value of values) expect(renderedText(element!)).not.to.contain(value);
  });

  it('never renders a confidential address, in any mode', async () => {
    const shelter = network.organisations.find((o) => o.addresses?.some((a) => a.confidential))!;
    const secret = shelter.addresses!.find((a) => a.confidential)!;
    shelter.addresses!.push({ city: 'Openbaarstad', street: 'Zichtbaar 1', confidential: false });
    for (const mode of ['public', 'professional'] as const) {
      element?.remove();
      await open(shelter.id, mode);
      const text = renderedText(element!);
      expect(text).to.contain('Zichtbaar 1');
      if (secret.street) expect(text).not.to.contain(secret.street);
      if (secret.postalCode) expect(text).not.to.contain(secret.postalCode);
    }
  });

  it('renders only http(s), mailto and tel links; a javascript: channel stays text', async () => {
    const org = network.organisations.find((o) => o.id === 'veilig-thuis-zuid-limburg')!;
    org.channels = [
      { type: 'website', value: 'javascript:alert(1)' },
      { type: 'website', value: 'https://www.veiligthuis.nl/' },
      { type: 'chat', value: 'data:text/html,<script>alert(1)</script>' },
      { type: 'email', value: 'javascript:alert(1)//@x.nl' },
      { type: 'phone', value: '0800-2000' },
      { type: 'crisis-line', value: 'tel:javascript:alert(1)' },
    ];
    const el = await open(org.id, 'public');
    const root = shadow(el);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href).to.match(/^(https?:|mailto:|tel:)/);
    expect(hrefs).to.include('https://www.veiligthuis.nl/');
    expect(hrefs).to.include('tel:08002000');
    expect(hrefs.some((h) => h.toLowerCase().includes('javascript'))).to.equal(false);
    expect(root.textContent).to.contain('javascript:alert(1)'); // shown, as text
    const external = root.querySelector<HTMLAnchorElement>('a[href="https://www.veiligthuis.nl/"]')!;
    expect(external.rel).to.equal('noopener noreferrer');
    expect(external.textContent).to.contain('externe website');
  });

  it('related nodes are buttons grouped by relation that request a selection; close requests closing', async () => {
    const el = await open('veilig-thuis-zuid-limburg', 'public');
    const root = shadow(el);
    const selects = collect<{ id: string }>(el, 'gia-request-select');
    const closes = collect<object>(el, 'gia-request-close');
    const related = root.querySelector('.related');
    expect(related, 'related section').to.exist;
    expect(related!.querySelectorAll('h4').length).to.be.greaterThan(0);
    const button = related!.querySelector<HTMLButtonElement>('button[data-id]')!;
    button.click();
    expect(selects).to.deep.equal([{ id: button.dataset.id }]);
    root.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(closes).to.deep.equal([{}]);
  });

  it('shows where the facts come from, an inferred placement as "afgeleid" and the review date, in both modes', async () => {
    for (const mode of ['public', 'professional'] as const) {
      const el = await open('veilig-thuis-zuid-limburg', mode);
      const section = shadow(el).querySelector('.sources-section');
      expect(section, mode).to.exist;
      const text = section!.textContent ?? '';
      expect(text).to.contain('Bronnen');
      expect(text).to.contain(network.metadata.sources[0]!.title);
      expect(text).to.match(/regels 352/);
      expect(text).to.match(/Plaats in de fasen:\s*afgeleid/);
      expect(text).to.contain('hét advies- en meldpunt');
      expect(text).to.contain(`Dit bestand is laatst gecontroleerd op ${network.metadata.reviewedAt}.`);
    }
    const en = await open('veilig-thuis-zuid-limburg', 'public', 'en');
    expect(shadow(en).querySelector('.sources-section')?.textContent).to.match(/Place in the phases:\s*inferred/);
    await expectAccessible(en);
  });

  it('focusHeading() puts focus on the heading', async () => {
    const el = await open('mda-plus-plus', 'public');
    await el.focusHeading();
    expect(shadow(el).activeElement?.tagName).to.equal('H2');
  });

  it('survives unknown ids and a broken network', async () => {
    const el = await open('does-not-exist', 'public');
    expect(shadow(el).textContent).to.contain('Dit onderdeel staat niet op de kaart.');
    el.network = { organisations: 'nope' } as unknown as GiaNetwork;
    el.nodeId = 'veilig-thuis-zuid-limburg';
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Dit onderdeel staat niet op de kaart.');
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const mode of ['public', 'professional'] as const) {
      it(`has no axe violations (${lang}, ${mode})`, async () => {
        const el = await open('veilig-thuis-zuid-limburg', mode, lang);
        await expectAccessible(el);
        el.nodeId = 'mda-plus-plus';
        await el.updateComplete;
        await expectAccessible(el);
        if (lang === 'en') expect(shadow(el).textContent).to.contain('Participants');
        el.setAttribute('theme', 'dark');
        await expectAccessible(el); // dark theme contrast too
      });
    }
  }
});
