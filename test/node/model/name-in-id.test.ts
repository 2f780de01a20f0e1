import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serializeNetwork, stripPersonalData, validateNetwork, type Contact } from '../../../src/model/index.js';
import { idCarriesName } from '../../../src/model/name-in-id.js';
import { minimal } from './helpers.js';

const contact = (id: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  role: 'aanspreekpunt',
  organisation: 'meldpunt-voorbeeld',
  visibility: 'public',
  ...extra,
});

describe('idCarriesName', () => {
  test('a name word, the name run together, or with an initial', () => {
    for (const id of ['anouk-de-vries', 'af-anoukdevries', 'af-vries', 'adevries-heerlen', 'AF-DeVries']) {
      assert.equal(idCarriesName({ id, name: 'Anouk de Vries (fictief)' }), true, id);
    }
    assert.equal(idCarriesName({ id: 'eva-mda', name: 'Eva Proef' }), true);
  });

  test('a contact without a name: the local part of its e-mail address', () => {
    const c = { id: 'af-anoukdevries', channels: [{ type: 'email', value: 'anouk.devries@heerlen.example' }] };
    assert.equal(idCarriesName(c), true);
    assert.equal(idCarriesName({ id: 'af-heerlen', channels: c.channels }), false);
  });

  test('ids without the name stay', () => {
    for (const id of ['af-veilig-thuis', 'aanspreekpunt-meldpunt', 'netwerkcontact-veilig-thuis']) {
      assert.equal(idCarriesName({ id, name: 'Bram Proef (fictief)' }), false, id);
    }
    assert.equal(idCarriesName({ id: 'af-evaluatie', name: 'Ev Li' }), false);
    assert.equal(idCarriesName({ id: 'af-heerlen' }), false);
  });
});

describe('public output: ids never carry a name', () => {
  test('renamed to neutral ids, with every reference, and validate warns', () => {
    const network = minimal();
    network.contacts!.push(contact('af-anoukdevries', { name: 'Anouk de Vries' }));
    network.contacts!.push(contact('noek-vries', { channels: [{ type: 'email', value: 'noek.vries@heerlen.example' }] }));
    network.relations!.push({ from: 'af-anoukdevries', to: 'meldpunt-voorbeeld', type: 'part-of' });
    network.relations!.push({ from: 'noek-vries', to: 'meldpunt-voorbeeld', type: 'part-of' });
    const warnings = validateNetwork(network).warnings.filter((w) => w.code === 'contact-id-contains-name');
    assert.deepEqual(warnings.map((w) => w.path), ['/contacts/1/id', '/contacts/2/id']);
    const out = stripPersonalData(network);
    const text = serializeNetwork(out);
    assert.ok(!/anouk|vries|noek/i.test(text), text);
    assert.deepEqual(out.contacts!.map((c) => c.id), ['contact-1', 'contact-2']);
    assert.deepEqual(out.relations!.filter((r) => r.type === 'part-of').map((r) => r.from), ['contact-1', 'contact-2']);
    assert.equal(validateNetwork(out).valid, true);
  });
});
