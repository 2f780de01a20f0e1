import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { createMap, deepMarkup, loadData, removeAll } from './helpers.js';

/** Names, e-mail addresses and phone numbers of every contact person in the file. */
function personalStrings(network: GiaNetwork): string[] {
  const out: string[] = [];
  for (const contact of network.contacts ?? []) {
    if (contact.name) out.push(contact.name);
    for (const channel of contact.channels ?? []) out.push(channel.value);
    if (contact.notes) out.push(contact.notes);
  }
  for (const organisation of network.organisations) {
    for (const address of organisation.addresses ?? []) if (address.confidential && address.street) out.push(address.street);
  }
  return out;
}

describe('gia-network-map: privacy in public mode', () => {
  afterEach(removeAll);

  for (const dataset of ['zuid-limburg.json', 'rotterdam-rijnmond.json']) {
    it(`renders no contact names, e-mails or phones of ${dataset} (map, details, list)`, async function () {
      const network = await loadData(dataset);
      if (!network) this.skip();
      const secrets = personalStrings(network);
      expect(secrets.length).to.be.greaterThan(0);
      const map = await createMap({ mode: 'public' }, network);
      await map.ready;
      const check = () => {
        const markup = deepMarkup(map);
        for (const secret of secrets) expect(markup, secret).not.to.contain(secret);
      };
      check();
      // Open the details of every organisation that employs a contact person.
      for (const contact of network.contacts ?? []) {
        map.selectedId = contact.organisation;
        await map.updateComplete;
        await new Promise((r) => setTimeout(r, 0));
        check();
      }
      expect(map.currentGraph!.nodes.some((n) => n.kind === 'contact')).to.equal(false);
      // The list view and the help finder get the stripped network too.
      [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent.trim() === 'Lijst')!.click();
      await map.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(map.shadowRoot!.querySelector('gia-network-list')).to.not.equal(null);
      check();
    });
  }

  it('does show contact persons in professional mode', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({ mode: 'professional' }, network);
    await map.ready;
    const markup = deepMarkup(map);
    expect(markup).to.contain(network.contacts![0]!.name!);
  });
});
