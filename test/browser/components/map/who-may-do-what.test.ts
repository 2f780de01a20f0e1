// Issue 16, item 2: "Wie mag wat?" in professional mode. Picking the Verzoek tot Onderzoek in Zuid-Limburg shows
// its chain in the panel (the melding bij Veilig Thuis before it; the gemeente's jeugdconsulent may file it, seed
// 004:683; it goes to the Raad voor de Kinderbescherming), highlights exactly the chain's organisations on the map
// (and names them so to screen readers), fits the view to them, and marks them in the list; clearing it restores
// the view. Public mode does not offer it.
import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import '../../../../src/components/list/gia-network-list.js';
import { requestEvent } from '../../../../src/components/shared/request-event.js';
import { expectAccessible } from '../../support/axe.js';
import { createMap, frame, loadData, loadPublicData, nodeElements, removeAll } from './helpers.js';

const CHAIN = ['veilig-thuis-zuid-limburg', 'gemeente-heerlen', 'gemeente-maastricht', 'raad-voor-de-kinderbescherming'];

const text = (el: Element | ShadowRoot) => (el.textContent ?? '').replace(/\s+/g, ' ');
const root = (map: GiaNetworkMap) => map.shadowRoot!;

async function settle(map: GiaNetworkMap): Promise<void> {
  await map.updateComplete;
  for (let i = 0; i < 3; i++) await frame();
  await map.updateComplete;
}

async function pick(panel: HTMLElement, value: string): Promise<void> {
  const select = panel.shadowRoot!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

const highlightedIds = (map: GiaNetworkMap) =>
  nodeElements(map)
    .filter((el) => el.classList.contains('highlighted'))
    .map((el) => el.getAttribute('data-id'))
    .sort();

/** Ids of the list's rows and group headings marked "in de keten". */
function markedInList(list: Element): string[] {
  const shadow = list.shadowRoot!;
  const items = [...shadow.querySelectorAll('li[data-id]')].filter((li) => li.querySelector(':scope > .tag.chain')).map((li) => li.getAttribute('data-id')!);
  const headings = [...shadow.querySelectorAll('.group > h3')]
    .filter((h) => h.querySelector('.tag.chain'))
    .map((h) => h.querySelector('button[data-id]')!.getAttribute('data-id')!);
  return [...new Set([...items, ...headings])].sort();
}

describe('gia-network-map: "Wie mag wat?"', () => {
  afterEach(() => {
    removeAll();
    document.querySelectorAll('gia-network-list').forEach((el) => el.remove());
  });

  it('Zuid-Limburg, Verzoek tot Onderzoek: the chain in the panel, its organisations highlighted and fitted on the map and marked in the list; clearing restores', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({ mode: 'professional' }, network);
    map.style.height = '700px';
    await map.ready;
    await map.settled;
    await settle(map);
    const before = map.zoomTransform;
    const panel = root(map).querySelector<HTMLElement>('.side gia-powers-panel')!;
    expect(panel, 'the side area offers "Wie mag wat?"').to.not.equal(null);
    expect(text(panel.shadowRoot!)).to.contain('Wie mag wat?');
    await pick(panel, 'power:verzoek-tot-onderzoek');
    await settle(map);

    // The panel: the melding bij Veilig Thuis (with its legal basis) before, then the VtO with who may file it and to whom.
    const steps = [...panel.shadowRoot!.querySelectorAll('ol.chain > li')];
    expect(steps.map((li) => li.classList.contains('chosen'))).to.deep.equal([false, true]);
    expect(text(steps[0]!)).to.contain('melding doen bij Veilig Thuis').and.contain('Veilig Thuis Zuid-Limburg').and.contain('Wet verplichte meldcode');
    const chosen = steps[1]!;
    const roles = new Map([...chosen.querySelectorAll('dt')].map((dt) => [text(dt).trim(), text(dt.nextElementSibling!)]));
    expect(roles.get('Wie mag dit')).to.contain('jeugdconsulent van de gemeente').and.contain('Gemeente Heerlen').and.contain('Gemeente Maastricht');
    expect(roles.get('Bij wie')).to.contain('Raad voor de Kinderbescherming');
    expect(text(panel.shadowRoot!)).to.contain('4 organisaties gemarkeerd');

    // The map: exactly the chain's organisations carry the highlight and say so; the view moved to fit them.
    expect(highlightedIds(map)).to.deep.equal([...CHAIN].sort());
    for (const el of nodeElements(map)) {
      const inChain = CHAIN.includes(el.getAttribute('data-id')!);
      expect((el.getAttribute('aria-label') ?? '').includes('in de gekozen keten'), el.getAttribute('data-id')!).to.equal(inChain);
    }
    // Every one of them shows the highlight (also one whose place is inferred and so has a dotted outline).
    const strokes = CHAIN.map((id) => getComputedStyle(root(map).querySelector(`svg [data-id="${id}"] .shape`)!));
    expect(new Set(strokes.map((s) => s.stroke)).size, 'one highlight colour').to.equal(1);
    expect(strokes.map((s) => s.strokeWidth)).to.deep.equal(CHAIN.map(() => '4px'));
    expect(map.zoomTransform).to.not.deep.equal(before);
    const stage = root(map).querySelector('.stage')!.getBoundingClientRect();
    for (const id of CHAIN) {
      const r = root(map).querySelector(`svg [data-id="${id}"] .shape`)!.getBoundingClientRect();
      expect(r.left >= stage.left && r.right <= stage.right && r.top >= stage.top && r.bottom <= stage.bottom, `${id} inside the stage`).to.equal(true);
    }

    // The list view: the same organisations are marked.
    [...root(map).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => text(b).trim() === 'Lijst')!.click();
    await settle(map);
    const list = root(map).querySelector('gia-network-list')!;
    await list.updateComplete;
    expect(markedInList(list)).to.deep.equal([...CHAIN].sort());
    expect(text(list.shadowRoot!.querySelector('.tag.chain')!)).to.equal('in de keten');

    // Clearing: nothing marked in the list; back on the map nothing highlighted and the whole network fitted again.
    await pick(root(map).querySelector<HTMLElement>('.side gia-powers-panel')!, '');
    await list.updateComplete;
    expect(markedInList(list)).to.deep.equal([]);
    [...root(map).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => text(b).trim() === 'Kaart')!.click();
    await settle(map);
    expect(highlightedIds(map)).to.deep.equal([]);
    expect(nodeElements(map).some((el) => (el.getAttribute('aria-label') ?? '').includes('keten'))).to.equal(false);
    const after = map.zoomTransform;
    expect(after.k).to.be.closeTo(before.k, 1e-6);
  });

  it('a meldcode step highlights whom to turn to (Veilig Thuis Zuid-Limburg); the map with the panel open is accessible', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({ mode: 'professional' }, network);
    await map.ready;
    const panel = root(map).querySelector<HTMLElement>('.side gia-powers-panel')!;
    await pick(panel, 'meldcode:2');
    await settle(map);
    expect(highlightedIds(map)).to.deep.equal(['veilig-thuis-zuid-limburg']);
    expect(text(panel.shadowRoot!.querySelector('ol.turn-to')!)).to.contain('Uw eigen aandachtsfunctionaris').and.contain('Veilig Thuis Zuid-Limburg');
    await expectAccessible(map);
  });

  it('public mode offers no "Wie mag wat?" and ignores a chain request', async () => {
    const network = (await loadPublicData('zuid-limburg.json'))!;
    expect(network.powers?.length ?? 0, 'the public file still describes powers').to.be.greaterThan(0);
    const map = await createMap({}, network);
    await map.ready;
    await settle(map);
    expect(root(map).querySelector('gia-powers-panel')).to.equal(null);
    root(map)
      .querySelector('.side')!
      .dispatchEvent(requestEvent('gia-request-chain', { choice: { kind: 'power', id: 'verzoek-tot-onderzoek' }, organisations: CHAIN }));
    await settle(map);
    expect(highlightedIds(map)).to.deep.equal([]);
    expect(nodeElements(map).some((el) => (el.getAttribute('aria-label') ?? '').includes('keten'))).to.equal(false);
  });

  it('the standalone list: professional mode offers it and marks the chain; public mode neither offers nor marks', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const list = document.createElement('gia-network-list');
    list.mode = 'professional';
    list.data = network;
    document.body.append(list);
    await list.updateComplete;
    const panel = list.shadowRoot!.querySelector<HTMLElement>('.controls gia-powers-panel')!;
    expect(panel).to.not.equal(null);
    await pick(panel, 'power:verzoek-tot-onderzoek');
    await list.updateComplete;
    expect(markedInList(list)).to.deep.equal([...CHAIN].sort());

    const publicList = document.createElement('gia-network-list');
    publicList.data = network;
    publicList.chain = new Set(CHAIN);
    document.body.append(publicList);
    await publicList.updateComplete;
    expect(publicList.shadowRoot!.querySelector('gia-powers-panel')).to.equal(null);
    expect(markedInList(publicList)).to.deep.equal([]);
  });
});
