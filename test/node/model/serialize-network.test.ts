import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { locatePointer, serializeNetwork } from '../../../src/model/index.js';
import { minimal } from './helpers.js';

describe('serializeNetwork', () => {
  test('2 spaces, schema key order, trailing newline', () => {
    const text = serializeNetwork({
      organisations: [{ type: 'care', name: 'Zorg', id: 'zorg', extra: 1 }],
      metadata: { title: 'T', region: 'R' },
      schemaVersion: '1.0',
    });
    assert.ok(text.endsWith('}\n'));
    const parsed = JSON.parse(text) as { metadata: object; organisations: object[] };
    assert.deepEqual(Object.keys(parsed), ['schemaVersion', 'metadata', 'organisations']);
    assert.deepEqual(Object.keys(parsed.metadata), ['region', 'title']);
    assert.deepEqual(Object.keys(parsed.organisations[0]!), ['id', 'name', 'type', 'extra']);
    assert.match(text, /^\{\n {2}"schemaVersion": "1.0",\n/);
  });

  test('is stable: the same network in any key order gives the same text', () => {
    const a = minimal();
    const shuffled: unknown = JSON.parse(JSON.stringify(a), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    assert.equal(serializeNetwork(shuffled), serializeNetwork(a));
    assert.deepEqual(JSON.parse(serializeNetwork(a)), a);
  });
});

describe('locatePointer', () => {
  const text = '{\n  "a": [\n    {"b": 1},\n    {"c/d": "x"}\n  ],\n  "e~f": true\n}';
  test('members point at their key, items at their value', () => {
    assert.deepEqual(locatePointer(text, ''), { line: 1, column: 1 });
    assert.deepEqual(locatePointer(text, '/a'), { line: 2, column: 3 });
    assert.deepEqual(locatePointer(text, '/a/1'), { line: 4, column: 5 });
    assert.deepEqual(locatePointer(text, '/a/0/b'), { line: 3, column: 6 });
    assert.deepEqual(locatePointer(text, '/a/1/c~1d'), { line: 4, column: 6 });
    assert.deepEqual(locatePointer(text, '/e~0f'), { line: 6, column: 3 });
  });
  test('unknown pointers and broken text give undefined, never a throw', () => {
    assert.equal(locatePointer(text, '/zz'), undefined);
    assert.equal(locatePointer('{"a": ', '/b'), undefined);
  });
});

describe('createSubstringFinder', () => {
  test('finds exactly the needles that occur', async () => {
    const { createSubstringFinder } = await import('../../../src/model/find-substrings.js');
    const finder = createSubstringFinder(['Jan Jansen', 'jan@example.org', '+31 6 1234', 'Geheimstraat 1', 'Jan Jansen']);
    assert.deepEqual(finder.find('Mail jan@example.org of bel +31 6 1234 5678.'), ['jan@example.org', '+31 6 1234']);
    assert.deepEqual(finder.find('Jan Janssen woont aan de Geheimstraat 12'), ['Geheimstraat 1']);
    assert.deepEqual(finder.find(''), []);
    assert.deepEqual(createSubstringFinder([]).find('abc'), []);
  });
});
