import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { findHelp } from '../../../src/graph/find-help.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { dataNetworks, minimalNetwork } from './helpers.js';

function fixture(): GiaNetwork {
  const network = minimalNetwork();
  network.municipalities!.push({ id: 'dorp', name: 'Dorp' });
  network.organisations.push(
    { id: 'regionaal', name: 'Regionaal Expertisecentrum', type: 'care', specialisms: ['ouderenmishandeling'], phases: ['ave-3'], access: [{ type: 'referral', via: 'meldpunt-voorbeeld' }] },
    { id: 'wijkteam-dorp', name: 'Wijkteam Dorp', type: 'local-team', municipalities: ['dorp'], phases: ['ave-1'], specialisms: ['ouderenmishandeling'] },
    { id: 'ander-thema', name: 'Ander Thema', type: 'care', specialisms: [] },
  );
  network.contacts!.push(
    { id: 'netwerk-regio', name: 'Iemand Anders (fictief)', role: 'network-contact', organisation: 'regionaal', specialisms: ['ouderenmishandeling'], visibility: 'professional' },
    { id: 'af-dorp', role: 'aanspreekpunt', organisation: 'wijkteam-dorp', specialisms: ['ouderenmishandeling'], visibility: 'public' },
  );
  network.meetings!.push({ id: 'casusoverleg', name: 'Casusoverleg', type: 'case-conference', specialisms: ['ouderenmishandeling'], phases: ['ave-3'], chair: { organisations: ['regionaal'] } });
  network.interventions!.push({ id: 'steun', name: 'Steunprogramma', type: 'support', specialisms: ['ouderenmishandeling'], providers: ['regionaal'], municipalities: ['dorp'], access: [{ type: 'self-referral' }] });
  return network;
}

describe('findHelp', () => {
  test('specialism + municipality in professional mode: key contacts first, local before region-wide', () => {
    const network = fixture();
    const graph = deriveGraph(network, { mode: 'professional' });
    const result = findHelp(network, graph, { specialism: 'ouderenmishandeling', municipality: 'voorbeeldstad', mode: 'professional' });
    assert.deepEqual(result.contacts.map((c) => c.id), ['af-meldpunt', 'netwerk-regio']);
    assert.equal(result.contacts[0]!.keyContact, true);
    assert.equal(result.contacts[0]!.reason, 'help.reason.contact-municipality');
    assert.equal(result.contacts[1]!.keyContact, false);
    assert.equal(result.contacts[1]!.reason, 'help.reason.contact-region');
    assert.deepEqual(result.contacts[1]!.organisations, ['regionaal']);
    // wijkteam-dorp works only in "dorp": not listed for voorbeeldstad.
    assert.deepEqual(result.organisations.map((o) => o.id), ['meldpunt-voorbeeld', 'regionaal']);
    assert.equal(result.organisations[0]!.reason, 'help.reason.municipality');
    assert.equal(result.organisations[1]!.reason, 'help.reason.region');
    assert.deepEqual(result.organisations[1]!.access, [{ type: 'referral', via: 'meldpunt-voorbeeld' }]);
    assert.deepEqual(result.meetings.map((m) => m.id), ['casusoverleg']);
    assert.deepEqual(result.meetings[0]!.organisations, ['regionaal']);
    assert.deepEqual(result.interventions.map((i) => i.id), [], 'the programme runs in "dorp" only');
    assert.equal(result.total, 5);
  });

  test('a contact without municipalities works where its organisation works', () => {
    const network = fixture();
    const graph = deriveGraph(network, { mode: 'professional' });
    const result = findHelp(network, graph, { specialism: 'ouderenmishandeling', municipality: 'dorp', mode: 'professional' });
    assert.deepEqual(result.contacts.map((c) => c.id), ['af-dorp', 'netwerk-regio']);
    assert.equal(result.contacts[0]!.reason, 'help.reason.contact-municipality');
    assert.deepEqual(result.organisations.map((o) => o.id), ['wijkteam-dorp', 'regionaal']);
    assert.deepEqual(result.interventions.map((i) => i.id), ['steun']);
    assert.deepEqual(result.interventions[0]!.access, [{ type: 'self-referral' }]);
  });

  test('public mode never returns contacts', () => {
    const network = fixture();
    for (const graph of [deriveGraph(network, { mode: 'public' }), deriveGraph(network, { mode: 'professional' })]) {
      const result = findHelp(network, graph, { specialism: 'ouderenmishandeling', mode: 'public' });
      assert.deepEqual(result.contacts, []);
      assert.equal(result.organisations.length, 3);
      assert.ok(result.organisations.every((o) => o.reason === 'help.reason.specialism'));
      // Without a municipality, lower phases first: AVE 1 (wijkteam) before AVE 2 and AVE 3.
      assert.deepEqual(result.organisations.map((o) => o.id), ['wijkteam-dorp', 'meldpunt-voorbeeld', 'regionaal']);
    }
  });

  test('phase: only what acts in that phase', () => {
    const network = fixture();
    const graph = deriveGraph(network, { mode: 'professional' });
    const result = findHelp(network, graph, { specialism: 'ouderenmishandeling', phase: 'ave-3', mode: 'professional' });
    assert.deepEqual(result.organisations.map((o) => o.id), ['meldpunt-voorbeeld', 'regionaal']);
    assert.deepEqual(result.meetings.map((m) => m.id), ['casusoverleg']);
    assert.deepEqual(result.interventions, []);
    assert.deepEqual(result.contacts.map((c) => c.id), ['af-meldpunt', 'netwerk-regio']);
  });

  test('unknown specialism or nobody for it: an empty result, no exception', () => {
    const network = fixture();
    const graph = deriveGraph(network, { mode: 'public' });
    assert.equal(findHelp(network, graph, { specialism: 'bestaat-niet', mode: 'public' }).total, 0);
    assert.equal(findHelp(network, graph, { specialism: 'meldpunt-voorbeeld', mode: 'public' }).total, 0, 'an organisation is not a specialism');
    assert.equal(findHelp({} as GiaNetwork, graph, { specialism: 'ouderenmishandeling', municipality: 'nergens', mode: 'public' }).organisations.length, 1);
  });

  for (const [name, network] of dataNetworks()) {
    test(`${name}: every specialism gives a consistent, ordered result`, () => {
      const graph = deriveGraph(network, { mode: 'professional' });
      for (const specialism of network.specialisms ?? []) {
        const result = findHelp(network, graph, { specialism: specialism.id, mode: 'professional' });
        for (const item of [...result.contacts, ...result.organisations, ...result.meetings, ...result.interventions]) {
          assert.ok(item.node.specialisms.includes(specialism.id));
        }
        const again = findHelp(network, graph, { specialism: specialism.id, mode: 'professional' });
        assert.deepEqual(again.organisations.map((o) => o.id), result.organisations.map((o) => o.id));
      }
    });
  }
});
