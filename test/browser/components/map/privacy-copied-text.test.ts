// Issue 19, Why 3: a professional file given to a public map or list, with personal text copied into
// descriptions (a name, an e-mail, a phone in another format, a confidential street): none of it is rendered,
// and after loading from `src` the element holds only the public version (no contact a script could read).
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/list/gia-network-list.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { createMap, deepMarkup, loadData, nextEvent, removeAll } from './helpers.js';
import { withFetch } from '../../support/fetch-stub.js';

interface Copied {
  network: GiaNetwork;
  secrets: string[];
}

/** Zuid-Limburg with personal values of its contacts copied (in other spellings) into public texts. */
async function withCopiedText(): Promise<Copied> {
  const network = (await loadData('zuid-limburg.json'))!;
  const contact = network.contacts!.find((c) => c.name && c.channels?.some((ch) => ch.type === 'email'))!;
  const email = contact.channels!.find((ch) => ch.type === 'email')!.value;
  const organisations = network.organisations;
  organisations[0]!.description = `Contact: ${contact.name!.replace(' ', ' "Noek" ')}.`;
  organisations[1]!.description = `Mail ${email.toUpperCase()}\nof bel 06-12345678.`;
  organisations[2]!.description = 'Thuis: Kerkstraat 12, 6411 AB Heerlen.';
  organisations[2]!.addresses = [{ street: 'Kerkstraat 12', postalCode: '6411 AB', city: 'Heerlen', confidential: true }];
  network.contacts!.push({ id: 'af-extra', name: 'Jan Pietersen', organisation: organisations[3]!.id, role: 'aandachtsfunctionaris', visibility: 'public', channels: [{ type: 'phone', value: '+31 6 1234 5678' }] });
  organisations[3]!.description = 'Bel J. Pietersen.';
  const secrets = [contact.name!, email, email.toUpperCase(), '06-12345678', 'Kerkstraat', 'Pietersen'];
  return { network, secrets };
}

/** Any string in `root`'s own object graph (not the DOM), searched breadth first, that contains `needle`. */
function holds(root: object, needle: string): boolean {
  const seen = new WeakSet<object>([root]);
  let level: unknown[] = Object.getOwnPropertyNames(root).map((key) => (root as Record<string, unknown>)[key]);
  for (let depth = 0; depth < 12 && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (typeof value === 'string') {
        if (value.includes(needle)) return true;
        continue;
      }
      if (typeof value !== 'object' || value === null || value instanceof Node || seen.has(value)) continue;
      seen.add(value);
      const children: unknown[] = value instanceof Map ? [...(value.values() as Iterable<unknown>)] : value instanceof Set ? [...(value as Set<unknown>)] : Object.values(value);
      next.push(...children);
    }
    level = next;
  }
  return false;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 20));
}

describe('public mode: personal text copied into descriptions', () => {
  afterEach(() => {
    removeAll();
    for (const list of document.querySelectorAll('gia-network-list')) list.remove();
  });

  it('the map given the file as data renders none of it, and says a text was hidden', async () => {
    const { network, secrets } = await withCopiedText();
    const map = await createMap({ mode: 'public' }, network);
    await map.ready;
    for (const id of network.organisations.slice(0, 4).map((o) => o.id)) {
      map.selectedId = id;
      await map.updateComplete;
      await settle();
      const markup = deepMarkup(map);
      for (const secret of secrets) expect(markup, secret).not.to.contain(secret);
    }
    expect(deepMarkup(map)).to.contain('Tekst verborgen');
  });

  it('the map loaded from src renders none of it and keeps no contact on the element', async function () {
    this.timeout(30_000);
    const { network, secrets } = await withCopiedText();
    await withFetch(() => new Response(JSON.stringify(network), { headers: { 'Content-Type': 'application/json' } }), async () => {
      const map = await createMap({ mode: 'public', src: '/copied-text.json' });
      await nextEvent(map, 'gia-load', 8_000);
      await map.ready;
      map.selectedId = network.organisations[1]!.id;
      await map.updateComplete;
      await settle();
      const markup = deepMarkup(map);
      for (const secret of secrets) {
        expect(markup, secret).not.to.contain(secret);
        expect(holds(map, secret), `element holds ${secret}`).to.equal(false);
      }
      // The check can fail: in professional mode the file is loaded again, whole.
      map.mode = 'professional';
      await nextEvent(map, 'gia-load', 8_000);
      expect(holds(map, network.contacts![0]!.name!)).to.equal(true);
    });
  });

  it('the list given the file as data renders none of it', async () => {
    const { network, secrets } = await withCopiedText();
    const list = document.createElement('gia-network-list');
    list.setAttribute('mode', 'public');
    list.data = network;
    document.body.append(list);
    const shown = () => (list as unknown as { network?: GiaNetwork }).network;
    for (let i = 0; i < 50 && !shown(); i++) await settle();
    expect(shown()!.organisations[1]!.description).to.contain('Tekst verborgen');
    // Open the details of an organisation whose description held a copy.
    list.shadowRoot!.querySelector<HTMLButtonElement>(`button.item[data-id="${network.organisations[1]!.id}"]`)!.click();
    await settle();
    const markup = deepMarkup(list);
    expect(markup).to.contain('Tekst verborgen');
    for (const secret of secrets) expect(markup, secret).not.to.contain(secret);
  });
});
