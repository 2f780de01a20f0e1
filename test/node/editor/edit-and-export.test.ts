import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listPersonalValues, serializeNetwork, stripPersonalData, validateNetwork, type GiaNetwork } from '../../../src/model/index.js';
import { COLLECTIONS, COLLECTION_BY_KEY, rawItemsOf } from '../../../src/editor/collections.js';
import { applyChange, createEditorState } from '../../../src/editor/editor-state.js';
import { insertAt, setAt } from '../../../src/editor/pointer.js';
import { createEmptyNetwork, createItem, duplicateItem } from '../../../src/editor/template.js';
import { zuidLimburg } from './helpers.js';

function expectValid(network: unknown): void {
  const text = serializeNetwork(network);
  const result = validateNetwork(JSON.parse(text));
  assert.deepEqual(result.problems.map((p) => `${p.path}: ${p.message}`), []);
  assert.equal(result.valid, true);
}

describe('editing and exporting', () => {
  test('the empty template for a new region is valid', () => {
    const network = createEmptyNetwork({ region: 'Gooi en Vechtstreek', today: '2026-11-23' });
    assert.equal(network.metadata.region, 'Gooi en Vechtstreek');
    expectValid(network);
  });

  for (const c of COLLECTIONS) {
    test(`adding, editing and duplicating ${c.key} gives a valid file`, () => {
      let state = createEditorState<GiaNetwork>(zuidLimburg());
      const item = createItem(state.current, c.key, `Nieuw onderdeel ${c.key}`);
      if (c.key === 'contacts') item.name = 'Test Persoon';
      const index = rawItemsOf(state.current, c.key).length;
      state = applyChange(state, (n) => insertAt(n, c.pointer, item), 'toegevoegd');
      // Edit a text field the way a form does.
      const field = c.key === 'sources' ? 'title' : c.key === 'relations' ? 'description' : c.key === 'contacts' ? 'roleLabel' : 'name';
      state = applyChange(state, (n) => setAt(n, `${c.pointer}/${index}/${field}`, 'Gewijzigde tekst'), 'gewijzigd');
      if (c.hasId) {
        const copy = duplicateItem(state.current, c.key, rawItemsOf(state.current, c.key)[index] as Record<string, unknown>);
        state = applyChange(state, (n) => insertAt(n, c.pointer, copy), 'gedupliceerd');
        assert.equal(rawItemsOf(state.current, c.key).length, index + 2);
      }
      expectValid(state.current);
    });
  }

  test('editing nested parts (channels, addresses, access, metadata) stays valid', () => {
    let network = zuidLimburg();
    network = setAt(network, '/organisations/0/channels', [{ type: 'phone', value: '0800-2000', label: 'Advieslijn' }]);
    network = setAt(network, '/organisations/0/addresses', [{ city: 'Heerlen', confidential: true }]);
    network = setAt(network, '/organisations/0/access', [{ type: 'via-huisarts', audience: ['residents'] }]);
    network = setAt(network, '/metadata/version', '2026.2');
    network = setAt(network, '/escalationModel/phases/0/casusregie', { organisations: [network.organisations[1]!.id] });
    expectValid(network);
  });

  test('the public version contains no personal data', () => {
    const network = zuidLimburg();
    const personal = listPersonalValues(network);
    assert.ok(personal.length > 0, 'the example has contact persons and a confidential address');
    const publicText = serializeNetwork(stripPersonalData(network));
    for (const value of personal) assert.ok(!publicText.includes(JSON.stringify(value).slice(1, -1)), `leaks ${value}`);
    assert.equal(validateNetwork(JSON.parse(publicText)).valid, true);
  });

  test('serialising is stable: a one-field change is a one-line diff', () => {
    const network = zuidLimburg();
    const a = serializeNetwork(network).split('\n');
    const b = serializeNetwork(setAt(network, '/organisations/3/name', 'Anders')).split('\n');
    assert.equal(a.length, b.length);
    assert.equal(a.filter((line, i) => line !== b[i]).length, 1);
    assert.ok(COLLECTION_BY_KEY.organisations);
  });

  test('the first save keeps the file\'s key order: one field changed is one line in the diff against the file', () => {
    const text = readFileSync('data/zuid-limburg.json', 'utf8');
    const opened = JSON.parse(text) as GiaNetwork;
    const saved = serializeNetwork(setAt(opened, '/organisations/3/name', 'Anders'), { keyOrderFrom: opened }).split('\n');
    const original = text.split('\n');
    assert.equal(saved.length, original.length);
    assert.equal(saved.filter((line, i) => line !== original[i]).length, 1);
  });
});
