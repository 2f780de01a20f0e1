import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork } from '../../../src/model/index.js';
import { inEditorWords, schemaFieldAt } from '../../../src/editor/editor-messages.js';
import { zuidLimburg } from './helpers.js';

function editorMessages(network: unknown): Map<string, string> {
  const result = validateNetwork(network);
  return new Map([...result.problems, ...result.warnings].map((p) => [p.path, inEditorWords(p, network, 'nl').message]));
}

describe('messages in the editor\'s words', () => {
  test('schemaFieldAt walks objects and arrays to the field\'s title', () => {
    assert.equal(schemaFieldAt('/organisations/6/name')?.title, 'Naam');
    assert.ok(schemaFieldAt('/contacts/0/channels/0/value')?.title);
    assert.equal(schemaFieldAt('/bestaat/niet'), undefined);
  });

  test('an empty required name: "Naam van organisatie Politie is leeg: vul een naam in."', () => {
    const network = zuidLimburg();
    const index = network.organisations.findIndex((o) => o.id === 'politie');
    network.organisations[index]!.name = '';
    const message = editorMessages(network).get(`/organisations/${index}/name`)!;
    assert.match(message, /^Naam van organisatie (Politie|politie) is leeg: vul een naam in\.$/);
    assert.doesNotMatch(message, /organisations\[|'name'|laat het veld weg/);
  });

  test('an e-mail address says what is wrong: a leading space, a missing @', () => {
    const network = zuidLimburg();
    const contact = network.contacts!.findIndex((c) => c.channels?.[0]?.type === 'email');
    network.contacts![contact]!.channels![0]!.value = ' af@example.org';
    const other = network.contacts!.findIndex((c, i) => i !== contact && c.channels?.[0]?.type === 'email');
    network.contacts![other]!.channels![0]!.value = 'afexample.org';
    const messages = editorMessages(network);
    const first = messages.get(`/contacts/${contact}/channels/0/value`)!;
    assert.match(first, /begint met een spatie/);
    assert.doesNotMatch(first, /'value'|contacts\[/);
    assert.match(messages.get(`/contacts/${other}/channels/0/value`)!, /mist een @/);
  });

  test('other problems keep the model\'s message (the CLI\'s)', () => {
    const network = zuidLimburg();
    network.organisations[3]!.phases = ['bestaat-niet'];
    const result = validateNetwork(network);
    const problem = result.problems.find((p) => p.code === 'unknown-reference')!;
    assert.equal(inEditorWords(problem, network, 'nl'), problem);
  });
});
