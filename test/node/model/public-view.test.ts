// Public mode in the browser: the public build, and every text that still repeats a personal value hidden.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNetworkText, hasPersonalValues, publicView, serializeNetwork, stripPersonalData, type GiaNetwork } from '../../../src/model/index.js';
import { readText } from './helpers.js';

const HIDDEN = 'VERBORGEN';

function load(file: string): GiaNetwork {
  const { network } = checkNetworkText(readText(file));
  assert.ok(network);
  return network;
}

/** Zuid-Limburg with a contact's name, e-mail and phone copied into descriptions in other spellings. */
function withCopies(): { network: GiaNetwork; contactName: string; email: string } {
  const network = structuredClone(load('data/zuid-limburg.json'));
  const contact = network.contacts!.find((c) => c.name && c.channels?.some((ch) => ch.type === 'email'))!;
  const email = contact.channels!.find((ch) => ch.type === 'email')!.value;
  const [first] = contact.name!.split(' ');
  const rest = contact.name!.slice(first!.length + 1);
  network.organisations[0]!.description = `Vraag naar ${first![0]}. ${rest}.`;
  network.organisations[1]!.description = `Mail "${email.toUpperCase()}"\nof bel.`;
  return { network, contactName: contact.name!, email };
}

describe('publicView', () => {
  test('a public file holds no personal values: nothing to check, nothing hidden', () => {
    const network = load('data/zuid-limburg.json');
    const pub = stripPersonalData(network);
    assert.equal(hasPersonalValues(network), true);
    assert.equal(hasPersonalValues(pub), false);
    const view = publicView(pub, HIDDEN);
    assert.equal(view.hiddenTexts, 0);
    assert.deepEqual(view.network, pub);
  });

  test('texts repeating a name (initials) or an e-mail (other case, quoted, multi-line) are hidden', () => {
    const { network, contactName, email } = withCopies();
    const view = publicView(network, HIDDEN);
    assert.equal(view.hiddenTexts, 2);
    assert.equal(view.network.organisations[0]!.description, HIDDEN);
    assert.equal(view.network.organisations[1]!.description, HIDDEN);
    const text = serializeNetwork(view.network).toLowerCase();
    assert.ok(!text.includes(email.toLowerCase()));
    assert.ok(!text.includes(contactName.toLowerCase()));
    // Everything else is the public build.
    const pub = stripPersonalData(network);
    pub.organisations[0]!.description = HIDDEN;
    pub.organisations[1]!.description = HIDDEN;
    assert.deepEqual(view.network, pub);
    // The input is not changed.
    assert.notEqual(network.organisations[0]!.description, HIDDEN);
  });

  test('ids and references stay (the map needs them), even when they look like a value', () => {
    const { network } = withCopies();
    const contact = network.contacts!.find((c) => c.name)!;
    const id = network.organisations[2]!.id;
    // An organisation whose id is the contact's e-mail local part cannot be renamed here; its name is hidden.
    network.organisations[2]!.name = `Team van ${contact.name}`;
    const view = publicView(network, HIDDEN);
    assert.equal(view.network.organisations[2]!.id, id);
    assert.equal(view.network.organisations[2]!.name, HIDDEN);
  });

  test('input the index cannot read shows nothing, and never throws', () => {
    const cyclic = structuredClone(load('data/zuid-limburg.json')) as GiaNetwork & { self?: unknown };
    cyclic.self = cyclic;
    assert.doesNotThrow(() => publicView(cyclic, HIDDEN));
    for (const bad of [null, undefined, 42, 'x', [], {}]) assert.doesNotThrow(() => publicView(bad as GiaNetwork, HIDDEN));
    assert.equal(hasPersonalValues(null), false);
  });
});
