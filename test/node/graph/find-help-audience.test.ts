// Issue 15, item 3: "voor wie" in the help finder, and every answer ending in a way to reach someone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { findHelp, type HelpAudience, type HelpResult } from '../../../src/graph/find-help.js';
import { HELP_AUDIENCES } from '../../../src/graph/help-audience.js';
import { stripForPublic } from '../../../src/model/public-network.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import type { Mode } from '../../../src/graph/types.js';
import { dataNetworks, loadJson, minimalNetwork } from './helpers.js';

function ask(network: GiaNetwork, mode: Mode, specialism: string, audience?: HelpAudience, municipality?: string): HelpResult {
  const input = mode === 'public' ? stripForPublic(network) : network;
  const graph = deriveGraph(input, { mode });
  return findHelp(input, graph, { specialism, mode, ...(audience ? { audience } : {}), ...(municipality ? { municipality } : {}) });
}

const items = (result: HelpResult) => [...result.contacts, ...result.organisations, ...result.meetings, ...result.interventions];

/** An answer ends in a channel, or says plainly there is none and gives Veilig Thuis 0800-2000. */
function assertEndsInContact(result: HelpResult, what: string): void {
  const withChannel = items(result).filter((item) => item.channels.length > 0);
  assert.equal(result.noContact, withChannel.length === 0, what);
  for (const item of withChannel) for (const channel of item.channels) assert.match(channel.href, /^(tel:\+?\d+|mailto:|https?:\/\/)/, what);
  assert.equal(result.fallback[0]?.href, 'tel:08002000', `${what}: Veilig Thuis to fall back on`);
}

describe('findHelp: voor wie', () => {
  const networks = dataNetworks();
  test('both datasets are there', () => assert.equal(networks.length, 2));

  for (const [name, network] of networks) {
    for (const audience of HELP_AUDIENCES) {
      for (const mode of ['public', 'professional'] as const) {
        test(`${name}, ${mode}, ${audience}: every topic ends in a channel or in "geen contact" + Veilig Thuis`, () => {
          for (const specialism of (network.specialisms ?? []).map((s) => s.id)) {
            assertEndsInContact(ask(network, mode, specialism, audience), `${specialism}/${audience}`);
          }
        });
      }
    }
  }

  test('Zuid-Limburg, pleger: the Plinthos course and Plinthos come first, professional-only tables are left out', () => {
    const network = networks.find(([name]) => name === 'zuid-limburg.json')![1];
    const result = ask(network, 'public', 'plegerhulpverlening', 'perpetrators');
    assert.equal(result.interventions[0]?.id, 'plegerhulp-cursus-plinthos');
    assert.equal(result.organisations[0]?.id, 'plinthos');
    assert.ok(!items(result).some((item) => item.id === 'mda-plus-plus'));
    // Without "voor wie", MDA++ (for professionals) may be listed; a professional gets it too.
    const pro = ask(network, 'professional', 'huiselijk-geweld', 'professionals');
    assert.ok(pro.meetings.some((item) => item.id === 'mda-plus-plus'));
    assert.ok(!ask(network, 'public', 'huiselijk-geweld', 'victims').meetings.some((item) => item.id === 'mda-plus-plus'));
  });

  test('Zuid-Limburg, slachtoffer van seksueel geweld: the Centrum Seksueel Geweld with 0800-0188, 24/7', () => {
    const network = networks.find(([name]) => name === 'zuid-limburg.json')![1];
    const result = ask(network, 'public', 'seksueel-geweld', 'victims');
    const csg = result.organisations.find((item) => item.id === 'centrum-seksueel-geweld');
    assert.ok(csg);
    assert.equal(csg.channels[0]?.href, 'tel:08000188');
    assert.equal(csg.channels[0]?.hours, '24 uur per dag, 7 dagen per week');
    assert.equal(result.noContact, false);
  });

  test('a concerned inwoner gets Veilig Thuis with its own channels for huiselijk geweld', () => {
    for (const [name, network] of networks) {
      const result = ask(network, 'public', 'huiselijk-geweld', 'concerned');
      const vt = result.organisations.find((item) => item.id.startsWith('veilig-thuis-') && item.channels.length > 0);
      assert.ok(vt, name);
      assert.equal(vt.channels[0]!.number, '0800-2000');
      assert.equal(vt.channels[0]!.anonymous, true);
    }
  });

  test('professional mode lists the contact persons with their channels in the answer; public mode and inwoners get none', () => {
    const network = networks.find(([name]) => name === 'zuid-limburg.json')![1];
    const pro = ask(network, 'professional', 'huiselijk-geweld', 'professionals');
    assert.ok(pro.contacts.length > 0);
    assert.ok(pro.contacts.every((contact) => contact.channels.length > 0 && contact.channels.every((c) => c.via === undefined)));
    assert.deepEqual(ask(network, 'professional', 'huiselijk-geweld', 'victims').contacts, []);
    assert.deepEqual(ask(network, 'public', 'huiselijk-geweld', 'professionals').contacts, []);
  });

  test('no contact for a topic: noContact, and Veilig Thuis from the built-in line when the file has no urgent-help block', () => {
    const network = minimalNetwork();
    delete network.urgentHelp;
    network.specialisms!.push({ id: 'leeg', name: 'Leeg', category: 'expertise' });
    const result = ask(network, 'professional', 'leeg', 'victims');
    assert.equal(result.total, 0);
    assert.equal(result.noContact, true);
    assert.deepEqual(result.fallback.map((line) => [line.number, line.href]), [['0800-2000', 'tel:08002000']]);
  });

  test('an item without its own channel is reached through its organisation (marked via)', () => {
    const network = loadJson<GiaNetwork>('data/zuid-limburg.json');
    network.interventions!.push({ id: 'test-aanbod', name: 'Test', type: 'support', providers: ['centrum-seksueel-geweld'], specialisms: ['seksueel-geweld'] });
    const result = ask(network, 'public', 'seksueel-geweld', 'victims');
    const item = result.interventions.find((i) => i.id === 'test-aanbod');
    assert.equal(item?.channels[0]?.via, 'centrum-seksueel-geweld');
    assert.equal(item?.channels[0]?.href, 'tel:08000188');
    // A perpetrator is not sent to a line for victims.
    const forPerpetrator = ask(network, 'public', 'seksueel-geweld', 'perpetrators');
    assert.ok(!forPerpetrator.organisations.some((i) => i.id === 'centrum-seksueel-geweld' && i.channels.length > 0));
  });
});
