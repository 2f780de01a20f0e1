// Issue 16, schema 1.1 status: a pilot, a body in wording or an ended one says so on the map (in its accessible
// name), in its details (a "Status" section with the date and the explanation) and in the list; active ones do not.
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/list/gia-network-list.js';
import { createMap, loadPublicData, nodeElement, nodeElements, removeAll } from './helpers.js';

const text = (el: Element | ShadowRoot) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('gia-network-map: status (pilot, in wording, ended)', () => {
  afterEach(() => {
    removeAll();
    document.querySelectorAll('gia-network-list').forEach((el) => el.remove());
  });

  it('Zuid-Limburg: the plegerhulp pilot is named "pilot, per 2024" and its details show the status; nodes without a status are not', async () => {
    const network = (await loadPublicData('zuid-limburg.json'))!;
    const withStatus = new Set(
      [...network.organisations, ...(network.meetings ?? []), ...(network.interventions ?? [])]
        .filter((e) => (e as { status?: { value: string } }).status && (e as { status: { value: string } }).status.value !== 'active')
        .map((e) => e.id),
    );
    expect([...withStatus]).to.include('plegerhulp-cursus-plinthos');
    const map = await createMap({}, network);
    await map.ready;
    await map.updateComplete;
    expect(nodeElement(map, 'plegerhulp-cursus-plinthos')!.getAttribute('aria-label')).to.contain('(pilot, per 2024)');
    for (const el of nodeElements(map)) {
      if (withStatus.has(el.getAttribute('data-id')!)) continue;
      expect(el.getAttribute('aria-label'), el.getAttribute('data-id')!).to.not.match(/\((pilot|in wording|beëindigd)/);
    }
    map.selectedId = 'plegerhulp-cursus-plinthos';
    await map.updateComplete;
    const details = map.shadowRoot!.querySelector('gia-details-panel')!;
    await details.updateComplete;
    const section = details.shadowRoot!.querySelector('.section.status')!;
    expect(text(section)).to.contain('Status').and.contain('Pilot, per 2024').and.contain('pilot laagdrempelige plegerhulpverlening');
    map.selectedId = 'veilig-thuis-zuid-limburg';
    await map.updateComplete;
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('.section.status')).to.equal(null);
  });

  it('Rotterdam-Rijnmond: the Centrum Huiselijk Geweld "in wording, per 2019" in the map and in the list', async () => {
    const network = (await loadPublicData('rotterdam-rijnmond.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    await map.updateComplete;
    expect(nodeElement(map, 'centrum-huiselijk-geweld-rotterdam-rijnmond')!.getAttribute('aria-label')).to.contain('(in wording, per 2019)');
    const list = document.createElement('gia-network-list');
    list.data = network;
    document.body.append(list);
    await list.updateComplete;
    const tags = [...list.shadowRoot!.querySelectorAll('li[data-id] .tag.status')];
    expect(tags.length).to.be.greaterThan(0);
    expect(tags.every((t) => t.closest('li')!.getAttribute('data-id') === 'centrum-huiselijk-geweld-rotterdam-rijnmond')).to.equal(true);
    expect(text(tags[0]!)).to.equal('in wording, per 2019');
  });
});
