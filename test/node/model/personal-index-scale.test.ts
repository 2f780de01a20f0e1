// Issue 19, "Why" 5: 20k contacts named "aaa…" and long "aaaa" texts hung the personal-data scan (quadratic).
// No timing here: the work is counted (PersonalIndex.operations) for n and 4n, and must grow linearly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNetworkText, type GiaNetwork } from '../../../src/model/index.js';
import { createPersonalIndex, findPersonalPlaces } from '../../../src/model/personal-index.js';
import { minimal } from './helpers.js';

/** `contacts` contacts named "aaa…" (lengths 3 to 202, also as "aaa aaa …" words) and texts of "aaaa…" (and "a a a …"). */
function adversarial(contacts: number): GiaNetwork {
  const network = minimal();
  for (let i = 0; i < contacts; i++) {
    network.contacts!.push({
      id: `c-${i}`,
      name: i % 2 === 0 ? 'a'.repeat(3 + (i % 200)) : Array.from({ length: 2 + (i % 50) }, () => 'aaa').join(' ') + ' b' + i,
      role: 'aandachtsfunctionaris',
      organisation: 'meldpunt-voorbeeld',
      channels: [{ type: 'phone', value: `+31 6 ${String(10000000 + i)}` }],
      visibility: 'professional',
    });
  }
  const organisation = network.organisations[0]!;
  organisation.description = 'aaa '.repeat(400) + 'b1';
  organisation.tasks = Array.from({ length: Math.max(1, contacts / 10) }, (_, i) => (i % 3 === 0 ? 'a'.repeat(1990) : i % 3 === 1 ? 'aaa '.repeat(498) : '6'.repeat(1990)));
  return network;
}

function work(contacts: number): number {
  const network = adversarial(contacts);
  const index = createPersonalIndex(network);
  const places = findPersonalPlaces(index, network);
  assert.ok(places.length > 0, 'the scan does find the names in the texts');
  return index.operations;
}

describe('the personal-data scan grows linearly', () => {
  test('4 times the contacts and texts take at most about 4 times the work', () => {
    const small = work(1000);
    const large = work(4000);
    const ratio = large / small;
    assert.ok(ratio < 5, `work grew ${ratio.toFixed(2)} times for 4 times the input (${small} → ${large})`);
  });

  test('the 7.4 MB file of the attack run is checked (validate and its warnings) and finishes', () => {
    const text = JSON.stringify(adversarial(19999));
    assert.ok(text.length > 7_000_000, `${text.length} characters`);
    // Too many tasks for the schema (the attack file was not valid either); the scan runs all the same.
    const { result } = checkNetworkText(text);
    assert.ok(result.problems.every((p) => p.code !== 'internal'), result.problems.slice(0, 3).map((p) => p.message).join('\n'));
    assert.ok(result.warnings.some((w) => w.code === 'personal-data-in-text'));
  });
});
