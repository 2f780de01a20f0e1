import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNetworkText, listPersonalValues, stripPersonalData, type GiaNetwork } from '../../../src/model/index.js';
import { stripForPublic } from '../../../src/model/public-network.js';
import { readText } from './helpers.js';

function load(): GiaNetwork {
  const { network } = checkNetworkText(readText('data/zuid-limburg.json'));
  assert.ok(network);
  return network;
}

/** The values the public view must not contain, and whether any of them is in `network`. */
function leaks(original: GiaNetwork, network: GiaNetwork): string[] {
  const text = JSON.stringify(network);
  return listPersonalValues(original).filter((value) => text.includes(value));
}

describe('stripForPublic', () => {
  test('valid data: exactly stripPersonalData', () => {
    const network = load();
    assert.deepEqual(stripForPublic(network), stripPersonalData(network));
  });

  test('data that cannot be cloned (a function, a symbol): the same strip as the data without them', () => {
    const network = load();
    const broken = structuredClone(network) as GiaNetwork & Record<string, unknown>;
    const organisation = broken.organisations[0] as unknown as Record<string, unknown>;
    organisation.onClick = () => 'x';
    organisation.tag = Symbol('tag');
    broken.contacts!.push(((() => undefined) as unknown) as NonNullable<GiaNetwork['contacts']>[number]);
    assert.throws(() => stripPersonalData(broken), 'the input must really be one stripPersonalData rejects');

    const out = stripForPublic(broken);
    assert.deepEqual(leaks(network, out), []);
    assert.ok(listPersonalValues(network).length > 0);
    assert.deepEqual(out, stripPersonalData(network));
    // The input is not changed.
    assert.equal(typeof organisation.onClick, 'function');
    assert.equal(broken.contacts!.length, (network.contacts ?? []).length + 1);
  });

  test('nesting deeper than the call stack, cycles and throwing getters: no throw, no personal value', () => {
    const network = load();
    const broken = structuredClone(network) as GiaNetwork & Record<string, unknown>;
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    (broken.organisations[1] as unknown as Record<string, unknown>).extra = deep;
    const cycle: Record<string, unknown> = { name: 'cycle' };
    cycle.self = cycle;
    broken.cycle = cycle;
    Object.defineProperty(broken.organisations[2], 'broken', { enumerable: true, get: () => { throw new Error('no'); } });
    assert.throws(() => stripPersonalData(broken));

    const out = stripForPublic(broken);
    assert.deepEqual(leaks(network, out), []);
    assert.equal(out.organisations.length, network.organisations.length);
    assert.ok((out.contacts ?? []).every((c) => c.name === undefined && c.channels === undefined && c.notes === undefined));
    assert.ok(out.organisations.every((o) => (o.addresses ?? []).every((a) => a.confidential !== true)));
    assert.deepEqual((out as GiaNetwork & { cycle?: unknown }).cycle, { name: 'cycle' });
  });

  test('not a network at all: never throws', () => {
    for (const value of [null, undefined, 3, 'text', [], () => 1, { nonsense: true }]) {
      assert.doesNotThrow(() => stripForPublic(value as unknown as GiaNetwork));
    }
  });
});
