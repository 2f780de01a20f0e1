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

  test('data that cannot be cloned (a function, a symbol): the same strip as the data without them (a copy of its JSON values)', () => {
    const network = load();
    const broken = structuredClone(network) as GiaNetwork & Record<string, unknown>;
    const organisation = broken.organisations[0] as unknown as Record<string, unknown>;
    organisation.onClick = () => 'x';
    organisation.tag = Symbol('tag');
    (broken.contacts![0] as unknown as Record<string, unknown>).call = () => undefined;
    assert.throws(() => structuredClone(broken), 'the input must really be one that cannot be cloned');
    assert.deepEqual(stripPersonalData(broken), stripPersonalData(network));

    const out = stripForPublic(broken);
    assert.deepEqual(leaks(network, out), []);
    assert.ok(listPersonalValues(network).length > 0);
    assert.deepEqual(out, stripPersonalData(network));
    // The input is not changed.
    assert.equal(typeof organisation.onClick, 'function');
    assert.equal(typeof (broken.contacts![0] as unknown as Record<string, unknown>).call, 'function');
  });

  test('data without a JSON form (a cycle, nesting deeper than the call stack, a throwing getter): nothing', () => {
    const cases: Array<(network: Record<string, unknown>) => void> = [
      (network) => {
        network.self = network;
        (network.organisations as unknown[]).push(() => 1);
      },
      (network) => {
        let deep: unknown = 1;
        for (let i = 0; i < 200_000; i++) deep = [deep];
        network.extra = deep;
      },
      (network) => {
        network.extra = () => 1;
        Object.defineProperty(network, 'broken', { enumerable: true, get: () => { throw new Error('no'); } });
      },
    ];
    for (const breakIt of cases) {
      const broken = load() as unknown as Record<string, unknown>;
      breakIt(broken);
      assert.throws(() => stripPersonalData(broken as unknown as GiaNetwork));
      assert.deepEqual(stripForPublic(broken as unknown as GiaNetwork), {});
    }
  });

  test('not a network at all: never throws', () => {
    for (const value of [null, undefined, 3, 'text', [], () => 1, { nonsense: true }]) {
      assert.doesNotThrow(() => stripForPublic(value as unknown as GiaNetwork));
    }
  });
});
