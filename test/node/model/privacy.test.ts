import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkNetworkText,
  listPersonalValues,
  parseNetworkText,
  serializeNetwork,
  stripPersonalData,
  validateNetwork,
  type GiaNetwork,
} from '../../../src/model/index.js';
import { deepFreeze, minimal, networkFiles, readText } from './helpers.js';

function load(file: string): GiaNetwork {
  const { network, result } = checkNetworkText(readText(file));
  assert.ok(network, `${file} must be valid: ${result.problems.map((p) => p.message).join('; ')}`);
  return network;
}

describe('public build of every dataset', () => {
  for (const file of networkFiles()) {
    test(`${file}: the public text contains no personal, professional-only or confidential value`, () => {
      const network = load(file);
      const values = listPersonalValues(network);
      const text = serializeNetwork(stripPersonalData(network));
      const leaks = values.filter((v) => text.includes(v));
      assert.deepEqual(leaks, []);
      // And nothing professional or confidential is left at all.
      const pub = JSON.parse(text) as GiaNetwork;
      assert.ok((pub.contacts ?? []).every((c) => c.visibility === 'public'));
      assert.ok((pub.contacts ?? []).every((c) => c.name === undefined && c.channels === undefined && c.notes === undefined));
      assert.ok(pub.organisations.every((o) => (o.addresses ?? []).every((a) => a.confidential === false)));
    });

    test(`${file}: round trip parse → validate → public → validate`, () => {
      const parsed = parseNetworkText(readText(file));
      assert.ok(parsed.ok);
      const first = validateNetwork(parsed.value);
      assert.equal(first.valid, true);
      const publicText = serializeNetwork(stripPersonalData(parsed.value as GiaNetwork));
      const again = checkNetworkText(publicText);
      assert.equal(again.result.valid, true, again.result.problems.map((p) => `${p.path} ${p.message}`).join('\n'));
      // Public of public changes nothing.
      assert.equal(serializeNetwork(stripPersonalData(again.network!)), publicText);
    });
  }

  test('the datasets do contain personal values (the scan is not vacuous)', () => {
    assert.ok(listPersonalValues(load('data/zuid-limburg.json')).length > 0);
  });
});

describe('stripPersonalData', () => {
  test('never mutates its input', () => {
    for (const file of networkFiles()) {
      const network = load(file);
      const before = JSON.stringify(network);
      deepFreeze(network);
      const out = stripPersonalData(network);
      assert.notEqual(out, network);
      assert.equal(JSON.stringify(network), before);
    }
  });

  test('drops professional contacts, personal fields and confidential addresses; keeps public data', () => {
    const network = minimal();
    network.contacts!.push({
      id: 'aanspreekpunt-meldpunt',
      name: 'Publiek Persoon (fictief)',
      role: 'aanspreekpunt',
      organisation: 'meldpunt-voorbeeld',
      channels: [{ type: 'phone', value: '+31 6 1111 2222' }],
      notes: 'Bereikbaar op dinsdag',
      visibility: 'public',
    });
    network.organisations[0]!.addresses!.push({ city: 'Voorbeeldstad', street: 'Openbare Weg 2', confidential: false });
    const out = stripPersonalData(network);
    assert.deepEqual(out.contacts!.map((c) => c.id), ['aanspreekpunt-meldpunt']);
    assert.deepEqual(Object.keys(out.contacts![0]!).sort(), ['id', 'organisation', 'role', 'visibility']);
    assert.deepEqual(out.organisations[0]!.addresses, [{ city: 'Voorbeeldstad', street: 'Openbare Weg 2', confidential: false }]);
    assert.equal(out.organisations[0]!.name, network.organisations[0]!.name);
    const values = listPersonalValues(network);
    for (const v of ['Publiek Persoon (fictief)', '+31 6 1111 2222', 'Bereikbaar op dinsdag', 'Geheimstraat 1', 'af@example.org']) {
      assert.ok(values.includes(v), v);
    }
    assert.ok(!values.includes('Openbare Weg 2'));
  });

  test('removes references to removed contacts, so the public file stays valid', () => {
    const network = minimal();
    network.relations!.push({ from: 'af-meldpunt', to: 'meldpunt-voorbeeld', type: 'part-of' });
    assert.equal(validateNetwork(network).valid, true);
    const out = stripPersonalData(network);
    assert.ok(!JSON.stringify(out).includes('af-meldpunt'));
    assert.equal(validateNetwork(out).valid, true);
  });

  test('removes references to removed contacts from anywhere in the file, not only relations', () => {
    const network = minimal();
    const organisation = network.organisations[0] as unknown as Record<string, unknown>;
    organisation.extra = { routes: [{ type: 'bellen', via: 'af-meldpunt' }], members: ['af-meldpunt', 'meldpunt-voorbeeld'] };
    const out = stripPersonalData(network);
    assert.ok(!JSON.stringify(out).includes('af-meldpunt'));
    const extra = (out.organisations[0] as unknown as { extra: { routes: Array<Record<string, unknown>>; members: string[] } }).extra;
    assert.deepEqual(extra.routes, [{ type: 'bellen' }]);
    assert.deepEqual(extra.members, ['meldpunt-voorbeeld']);
  });

  test('gives a public contact whose id holds the name a neutral id', () => {
    const network = minimal();
    network.contacts!.push({
      id: 'jolanda-dekkers',
      name: 'Jolanda Dekkers',
      role: 'aanspreekpunt',
      organisation: 'meldpunt-voorbeeld',
      visibility: 'public',
    });
    network.relations!.push({ from: 'jolanda-dekkers', to: 'meldpunt-voorbeeld', type: 'part-of' });
    const result = validateNetwork(network);
    assert.ok(result.warnings.some((w) => w.code === 'contact-id-contains-name'));
    const out = stripPersonalData(network);
    const text = serializeNetwork(out);
    assert.ok(!/jolanda|dekkers/i.test(text), text);
    assert.equal(out.contacts![0]!.id, 'contact-1');
    assert.ok(out.relations!.some((r) => r.from === 'contact-1'));
    assert.equal(validateNetwork(out).valid, true);
  });

  test('warns when a personal value is also in public text', () => {
    const network = minimal();
    network.organisations[0]!.description = 'Vraag naar Voorbeeld Persoon (fictief) voor advies.';
    const result = validateNetwork(network);
    const warning = result.warnings.find((w) => w.code === 'personal-data-in-text');
    assert.ok(warning);
    assert.equal(warning.path, '/organisations/0/description');
    assert.match(warning.message, /bevat de naam van contactpersoon 'af-meldpunt'/);
    assert.ok(!warning.message.includes('Voorbeeld Persoon'), 'the message itself does not repeat the name');
  });
});
