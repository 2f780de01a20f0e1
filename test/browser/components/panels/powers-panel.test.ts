// "Wie mag wat?" panel: the chain of a power and the order of a meldcode step, organisations as buttons.
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/panels/powers-panel/gia-powers-panel.js';
import type { GiaPowersPanel } from '../../../../src/components/panels/powers-panel/gia-powers-panel.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';

function network(): GiaNetwork {
  const org = (id: string, name: string) => ({ id, name, type: 'other' as const });
  return {
    schemaVersion: '1.1',
    metadata: { title: 'Test', region: 'Test', version: '1', lastUpdated: '2026-12-04' },
    escalationModel: { name: 'AVE', phases: [] },
    organisations: [org('gemeente', 'Gemeente Testdorp'), org('veilig-thuis', 'Veilig Thuis Test'), org('raad', 'Raad voor de Kinderbescherming')],
    powers: [
      { id: 'melding', name: 'Melding doen', kind: 'report', holders: { description: 'Elke professional' }, addressedTo: { organisations: ['veilig-thuis'] }, links: [{ power: 'vto', type: 'leads-to' }] },
      { id: 'vto', name: 'Verzoek tot Onderzoek', kind: 'request-investigation', legalBasis: { law: 'Burgerlijk Wetboek', article: 'art. 1:255' }, requestedBy: { organisations: ['gemeente'] }, addressedTo: { organisations: ['raad'] }, certainty: { level: 'inferred', reasoning: 'Uit de beschrijving van de jeugdconsulent.' } },
    ],
    meldcode: { steps: [{ number: 2, name: 'Collegiale consultatie', turnTo: [{ order: 2, who: 'organisation', organisation: 'veilig-thuis' }, { order: 1, who: 'own-aandachtsfunctionaris' }] }] },
  } as unknown as GiaNetwork;
}

async function panel(): Promise<GiaPowersPanel> {
  const el = document.createElement('gia-powers-panel');
  el.network = network();
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const text = (el: Element) => ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ');

describe('<gia-powers-panel>', () => {
  afterEach(() => document.querySelectorAll('gia-powers-panel').forEach((el) => el.remove()));

  it('picking the Verzoek tot Onderzoek shows the melding before it, who may ask, to whom, and that it is inferred', async () => {
    const el = await panel();
    const requests: unknown[] = [];
    el.addEventListener('gia-request-chain', (e) => requests.push((e as CustomEvent).detail));
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'power:vto';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The request names the chain's organisations, so the host highlights them without reading the chain itself.
    expect(requests).to.deep.equal([{ choice: { kind: 'power', id: 'vto' }, organisations: ['veilig-thuis', 'gemeente', 'raad'] }]);
    const steps = [...el.shadowRoot!.querySelectorAll('ol.chain > li')];
    expect(steps.map((li) => li.querySelector('h3')!.textContent.trim().split(/\s+/).slice(0, 2).join(' '))).to.deep.equal(['Melding doen', 'Verzoek tot']);
    expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
    expect(text(steps[1]!)).to.contain('Wie mag erom vragen').and.contain('Gemeente Testdorp').and.contain('Bij wie').and.contain('Raad voor de Kinderbescherming');
    expect(text(steps[1]!)).to.contain('Afgeleid').and.contain('jeugdconsulent').and.contain('Burgerlijk Wetboek, art. 1:255');
    expect(text(steps[0]!)).to.not.contain('Afgeleid');
    expect(text(el)).to.contain('3 organisaties gemarkeerd op de kaart');
  });

  it('an organisation in the chain asks the host to select it', async () => {
    const el = await panel();
    el.choice = { kind: 'power', id: 'vto' };
    await el.updateComplete;
    const selected: unknown[] = [];
    el.addEventListener('gia-request-select', (e) => selected.push((e as CustomEvent).detail));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('ol.chain button')].find((b) => b.textContent.includes('Gemeente'))!.click();
    expect(selected).to.deep.equal([{ id: 'gemeente' }]);
  });

  it('a meldcode step lists the own aandachtsfunctionaris first, then Veilig Thuis', async () => {
    const el = await panel();
    el.choice = { kind: 'meldcode', step: 2 };
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('ol.turn-to > li')].map((li) => li.textContent.trim());
    expect(items[0]).to.contain('Uw eigen aandachtsfunctionaris');
    expect(items[1]).to.contain('Veilig Thuis Test');
  });

  it('a file without powers says so', async () => {
    const el = document.createElement('gia-powers-panel');
    el.network = { ...network(), powers: [], meldcode: undefined };
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.contain('beschrijft nog geen bevoegdheden');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });
});
