// Issue 15, item 8: public mode leaves fictitious entries out unless the element opts in (the demo, which
// shows them marked). Public mode never shows contact persons; an organisation marked fictitious is the case.
import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { createMap, deepMarkup, loadData, removeAll } from './helpers.js';

async function withFictitiousOrganisation(): Promise<GiaNetwork> {
  const network = structuredClone((await loadData('zuid-limburg.json'))!);
  network.organisations.find((o) => o.id === 'plinthos')!.fictitious = true;
  return network;
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('gia-network-map: fictitious entries in public mode', () => {
  afterEach(removeAll);

  it('leaves a fictitious organisation out by default, in public mode only', async () => {
    const network = await withFictitiousOrganisation();
    const map = await createMap({ mode: 'public' }, network);
    await map.ready;
    expect(map.currentGraph!.byId.has('plinthos')).to.equal(false);
    expect(map.currentGraph!.byId.has('plegerhulp-cursus-plinthos')).to.equal(true);
    const pro = await createMap({ mode: 'professional' }, network);
    await pro.ready;
    expect(pro.currentGraph!.byId.get('plinthos')?.fictitious).to.equal(true);
  });

  it('keeps it, marked as an example, with with-fictitious (the demo), and drops it when the attribute goes', async () => {
    const network = await withFictitiousOrganisation();
    const map = await createMap({ mode: 'public', 'with-fictitious': '' }, network);
    await map.ready;
    expect(map.currentGraph!.byId.get('plinthos')?.fictitious).to.equal(true);
    map.selectedId = 'plinthos';
    await map.updateComplete;
    await settle();
    expect(deepMarkup(map)).to.contain('fictief voorbeeld');
    map.removeAttribute('with-fictitious');
    await map.updateComplete;
    await settle();
    expect(map.currentGraph!.byId.has('plinthos')).to.equal(false);
  });
});
