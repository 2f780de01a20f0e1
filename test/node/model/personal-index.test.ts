import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serializeNetwork, stripPersonalData, validateNetwork } from '../../../src/model/index.js';
import { createPersonalIndex, findPersonalPlaces } from '../../../src/model/personal-index.js';
import { nameVariants } from '../../../src/model/name-variants.js';
import { phoneKey } from '../../../src/model/match-text.js';
import { createSequenceMatcher } from '../../../src/model/sequence-matcher.js';
import { VARIANTS, withAnouk } from './hostile-fixtures.js';

describe('personal data in public text, in any spelling', () => {
  for (const [text, what] of VARIANTS) {
    test(`validate warns about ${JSON.stringify(text)}`, () => {
      const network = withAnouk();
      network.organisations[0]!.description = text;
      const warnings = validateNetwork(network).warnings.filter((w) => w.code === 'personal-data-in-text');
      assert.equal(warnings.length, 1, JSON.stringify(warnings));
      assert.equal(warnings[0]!.path, '/organisations/0/description');
      const expected = { name: 'de naam', channel: 'een telefoonnummer', notes: 'de notities', address: 'een geheim adres' }[what]!;
      assert.ok(warnings[0]!.message.includes(expected), warnings[0]!.message);
      // The public version would still hold it, and the last check before writing sees that.
      const index = createPersonalIndex(network);
      const places = findPersonalPlaces(index, stripPersonalData(network));
      assert.deepEqual(places.map((p) => p.path), ['/organisations/0/description']);
    });
  }

  test('no warning for texts that only look alike', () => {
    const network = withAnouk();
    network.organisations[0]!.description = 'De Vries-straat, anoukje, 06-1234567, 045 765 432, vries, noek@elders.example';
    network.organisations[0]!.tasks = ['Advies aan de vriesland regio', 'Nummer 12345678 is geen telefoon van haar'];
    assert.deepEqual(validateNetwork(network).warnings.filter((w) => w.code === 'personal-data-in-text'), []);
    assert.deepEqual(findPersonalPlaces(createPersonalIndex(network), stripPersonalData(network)), []);
  });

  test('a value in its own place or elsewhere in its own contact is no copy', () => {
    const network = withAnouk();
    network.contacts![1]!.notes = 'Anouk de Vries (06-12345678) werkt di en do.';
    assert.deepEqual(validateNetwork(network).warnings.filter((w) => w.code === 'personal-data-in-text'), []);
  });

  test('the public version of a network without copies passes the last check', () => {
    const network = withAnouk();
    const pub = stripPersonalData(network);
    assert.deepEqual(findPersonalPlaces(createPersonalIndex(network), pub), []);
    assert.ok(!/anouk|vries|12345678|heerlen\.example/i.test(serializeNetwork(pub)));
  });
});

describe('the parts', () => {
  test('name variants: in full, without the nickname, with initials, first given name only', () => {
    const keys = (name: string) => nameVariants(name).map((v) => v.join(' '));
    assert.deepEqual(keys('Anouk "Noek" de Vries (fictief)').sort(), ['a de vries', 'a n de vries', 'anouk de vries', 'anouk noek de vries'].sort());
    assert.ok(keys('Anouk Maria van der Berg').includes('a m van der berg'));
    assert.ok(keys('Anouk Maria van der Berg').includes('anouk van der berg'));
    assert.ok(keys('Zoë Proef').includes('zoe proef'));
    assert.deepEqual(keys('Al'), []);
  });

  test('phone keys: every spelling of one number gives one key', () => {
    for (const v of ['+31 6 1234 5678', '06-12345678', '0031 6 12345678', '(06) 12 34 56 78', '+31 (0)6 1234 5678', '31612345678']) {
      assert.equal(phoneKey(v), '612345678', v);
    }
    assert.equal(phoneKey('0800-0000'), '8000000');
    assert.equal(phoneKey('anouk@example.org'), undefined);
    assert.equal(phoneKey('112'), undefined);
  });

  test('the sequence matcher finds needles that share starts and suffixes', () => {
    const m = createSequenceMatcher([['a', 'b', 'c'], ['b', 'c'], ['c'], ['a', 'b', 'd'], ['x']]);
    assert.deepEqual(m.find(['a', 'b', 'c']).sort(), [0, 1, 2]);
    assert.deepEqual(m.find(['a', 'b', 'a', 'b', 'd']).sort(), [3]);
    assert.deepEqual(m.find(['b', 'a', 'b', 'c', 'x']).sort(), [0, 1, 2, 4]);
    assert.deepEqual(m.find([]), []);
    assert.deepEqual(createSequenceMatcher([]).find(['a']), []);
  });
});
