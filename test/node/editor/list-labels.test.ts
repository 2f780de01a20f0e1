import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listLabel, nameIndex } from '../../../src/editor/list-labels.js';
import { zuidLimburg } from './helpers.js';

describe('list labels', () => {
  test('a relation is named by the names of both ends and its type', () => {
    const network = zuidLimburg();
    const relation = { from: 'veilig-thuis-dienst-onderzoek', to: 'veilig-thuis-zuid-limburg', type: 'part-of' };
    assert.equal(
      listLabel(network, 'relations', relation, 'nl'),
      'Dienst Onderzoek en Vervolg van Veilig Thuis Zuid-Limburg — is onderdeel van — Veilig Thuis Zuid-Limburg',
    );
    assert.match(listLabel(network, 'relations', { from: 'onbekend', type: 'part-of' }, 'nl'), /^onbekend — is onderdeel van — \?$/);
  });

  test('a contact person is named with their organisation, or by their role when unnamed', () => {
    const network = zuidLimburg();
    const contact = network.contacts![0]!;
    assert.equal(listLabel(network, 'contacts', contact, 'nl'), `${contact.name} — Veilig Thuis Zuid-Limburg`);
    assert.equal(listLabel(network, 'contacts', { role: 'aandachtsfunctionaris' }, 'nl'), 'Aandachtsfunctionaris');
  });

  test('other items use their name', () => {
    const network = zuidLimburg();
    assert.equal(listLabel(network, 'organisations', network.organisations[0], 'nl'), 'Veilig Thuis Zuid-Limburg');
    assert.equal(listLabel(network, 'organisations', {}, 'nl'), '');
  });

  test('the name index is computed once per version of the network', () => {
    const network = zuidLimburg();
    assert.equal(nameIndex(network), nameIndex(network));
    assert.notEqual(nameIndex(network), nameIndex(structuredClone(network)));
    assert.equal(nameIndex(network).orgs.get('veilig-thuis-zuid-limburg'), 'Veilig Thuis Zuid-Limburg');
    assert.equal(nameIndex(network).orgs.has('af-veilig-thuis'), false);
    assert.ok(nameIndex(network).labels.has('af-veilig-thuis'));
  });
});
