import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setNameWithId } from '../../../src/editor/name-id.js';
import { insertAt } from '../../../src/editor/pointer.js';
import { createItem } from '../../../src/editor/template.js';
import { zuidLimburg } from './helpers.js';

describe('a new item id follows its name', () => {
  test('sets the name and derives a unique id from it', () => {
    const network = insertAt(zuidLimburg(), '/organisations', { id: 'nieuwe-organisatie', name: 'Nieuwe organisatie' });
    const index = network.organisations.length - 1;
    const result = setNameWithId(network, `/organisations/${index}`, `/organisations/${index}/name`, 'Huisartsenpost Heuvelland');
    assert.equal(result.organisations[index]!.name, 'Huisartsenpost Heuvelland');
    assert.equal(result.organisations[index]!.id, 'huisartsenpost-heuvelland');
    assert.equal(network.organisations[index]!.id, 'nieuwe-organisatie', 'the input is not changed');
  });

  test('an id another item uses gets a number; the item does not collide with itself', () => {
    const network = insertAt(zuidLimburg(), '/organisations', { id: 'x', name: 'x' });
    const index = network.organisations.length - 1;
    const taken = setNameWithId(network, `/organisations/${index}`, `/organisations/${index}/name`, 'Veilig Thuis Zuid-Limburg');
    assert.equal(taken.organisations[index]!.id, 'veilig-thuis-zuid-limburg-2');
    const self = setNameWithId(network, `/organisations/${index}`, `/organisations/${index}/name`, 'X');
    assert.equal(self.organisations[index]!.id, 'x');
  });

  test('references to the item follow the new id', () => {
    let network = insertAt(zuidLimburg(), '/organisations', { id: 'nieuw', name: 'Nieuw' });
    const index = network.organisations.length - 1;
    network = insertAt(network, '/relations', { from: 'nieuw', to: 'veilig-thuis-zuid-limburg', type: 'refers-to' });
    const result = setNameWithId(network, `/organisations/${index}`, `/organisations/${index}/name`, 'Wijkteam Oost');
    assert.equal(result.relations![result.relations!.length - 1]!.from, 'wijkteam-oost');
  });

  test('an empty name falls back to a word for the collection', () => {
    const network = insertAt(zuidLimburg(), '/meetings', { id: 'overleg-x', name: 'Overleg' });
    const index = network.meetings!.length - 1;
    const result = setNameWithId(network, `/meetings/${index}`, `/meetings/${index}/name`, '');
    assert.equal(result.meetings![index]!.id, 'meeting');
  });

  test('a contact person\'s id is neutral and does not follow the person\'s name', () => {
    const base = zuidLimburg();
    const network = insertAt(base, '/contacts', createItem(base, 'contacts', ''));
    const index = network.contacts!.length - 1;
    assert.match(network.contacts![index]!.id, /^contactpersoon(-\d+)?$/);
    const result = setNameWithId(network, `/contacts/${index}`, `/contacts/${index}/name`, 'Anouk de Vries');
    assert.equal(result.contacts![index]!.name, 'Anouk de Vries');
    assert.equal(result.contacts![index]!.id, network.contacts![index]!.id);
    assert.ok(!/anouk|vries/.test(createItem(base, 'contacts', 'Anouk de Vries').id as string));
  });
});
