import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

describe('serializeNetwork with the key order of the opened file', () => {
  test('a first save of an untouched data file gives the file back byte for byte (category in specialisms stays put)', () => {
    const text = readFileSync('data/zuid-limburg.json', 'utf8');
    const network: unknown = JSON.parse(text);
    assert.notEqual(serializeNetwork(network), text, 'the schema order alone would reorder this file');
    assert.equal(serializeNetwork(network, { keyOrderFrom: network }), text);
  });

  test('keys keep their place after an edit; a new key goes after its schema predecessor; a new item gets schema order', () => {
    const opened = reversedKeys(minimal());
    const edited = JSON.parse(JSON.stringify(opened)) as { organisations: Record<string, unknown>[] };
    const first = edited.organisations[0]!;
    first.name = 'Andere naam';
    first.shortName = 'AN';
    edited.organisations.reverse();
    edited.organisations.push({ type: 'care', name: 'Nieuw', id: 'nieuw' });
    const out = JSON.parse(serializeNetwork(edited, { keyOrderFrom: opened })) as typeof edited;
    const kept = Object.keys((opened as typeof edited).organisations[0]!);
    const outFirst = out.organisations.find((o) => o.id === first.id)!;
    assert.deepEqual(Object.keys(outFirst).filter((k) => k !== 'shortName'), kept);
    // shortName follows name in the schema, so it lands right after name in the file's own order.
    assert.equal(Object.keys(outFirst).indexOf('shortName'), Object.keys(outFirst).indexOf('name') + 1);
    assert.deepEqual(Object.keys(out.organisations.at(-1)!), ['id', 'name', 'type']);
  });
});

function reversedKeys(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
  );
}

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
