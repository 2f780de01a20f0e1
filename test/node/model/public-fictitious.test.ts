// Issue 15, item 8: the model's public build leaves out fictitious entries unless asked to keep them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countFictitious, stripPersonalData } from '../../../src/model/privacy.js';
import { stripForPublic } from '../../../src/model/public-network.js';
import { validateNetwork } from '../../../src/model/validate-network.js';
import type { GiaNetwork } from '../../../src/model/types.js';

const load = (name: string): GiaNetwork => JSON.parse(readFileSync(`data/${name}.json`, 'utf8')) as GiaNetwork;

function example(): GiaNetwork {
  const network = JSON.parse(readFileSync('schema/examples/minimal.json', 'utf8')) as GiaNetwork;
  delete network.organisations[0]!.fictitious;
  for (const contact of network.contacts ?? []) delete contact.fictitious;
  network.organisations.push({ id: 'demo-org', name: 'Demo (fictief)', type: 'care', fictitious: true });
  network.contacts = [
    ...(network.contacts ?? []),
    { id: 'demo-af', role: 'aanspreekpunt', organisation: 'demo-org', visibility: 'public' },
    { id: 'echt-af', role: 'aanspreekpunt', organisation: network.organisations[0]!.id, visibility: 'public', fictitious: true },
  ];
  network.relations = [...(network.relations ?? []), { from: network.organisations[0]!.id, to: 'demo-org', type: 'refers-to' }];
  network.interventions = [...(network.interventions ?? []), { id: 'demo-aanbod', name: 'Aanbod', type: 'support', providers: [network.organisations[0]!.id, 'demo-org'] }];
  return network;
}

describe('public build and fictitious entries', () => {
  test('dropped by default with the contacts of a dropped organisation and every reference to them; the result is valid', () => {
    const network = example();
    const out = stripPersonalData(network);
    const ids = JSON.stringify(out);
    for (const id of ['demo-org', 'demo-af', 'echt-af']) assert.ok(!ids.includes(`"${id}"`), id);
    assert.deepEqual(out.interventions!.find((i) => i.id === 'demo-aanbod')!.providers, [network.organisations[0]!.id]);
    assert.equal(validateNetwork(out).valid, true);
    assert.equal(countFictitious(network), 3);
    assert.ok(network.organisations.some((o) => o.id === 'demo-org'), 'the input is not changed');
  });

  test('kept with keepFictitious (the demo), in stripPersonalData and stripForPublic alike', () => {
    const network = example();
    for (const out of [stripPersonalData(network, { keepFictitious: true }), stripForPublic(network, { keepFictitious: true })]) {
      assert.ok(out.organisations.some((o) => o.id === 'demo-org'));
      assert.deepEqual(out.contacts!.map((c) => c.id).filter((id) => id !== undefined && id.includes('af')).sort(), ['demo-af', 'echt-af']);
    }
    assert.ok(!stripForPublic(network).organisations.some((o) => o.id === 'demo-org'));
  });

  test('both datasets: the public build holds no fictitious contact, and is valid', () => {
    for (const name of ['zuid-limburg', 'rotterdam-rijnmond']) {
      const network = load(name);
      assert.ok((network.contacts ?? []).some((c) => c.fictitious === true && c.visibility === 'public'), `${name} has public fictitious contacts`);
      const out = stripForPublic(network);
      assert.deepEqual((out.contacts ?? []).filter((c) => c.fictitious === true), [], name);
      assert.equal(validateNetwork(out).valid, true, name);
    }
  });
});
