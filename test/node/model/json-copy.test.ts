import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { copyJsonValues } from '../../../src/model/json-copy.js';

const roundTrip = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};

test('gives what a JSON round trip gives', () => {
  const values: unknown[] = [
    'text',
    0,
    -1.5,
    NaN,
    Infinity,
    true,
    null,
    undefined,
    () => 1,
    Symbol('s'),
    [1, undefined, () => 1, Symbol('s'), NaN, [2, [3]]],
    new Array(3),
    { a: 1, b: undefined, c: () => 1, d: Symbol('d'), e: { f: [null, { g: 'h' }] }, [Symbol('key')]: 1 },
    new Date(Date.UTC(2026, 11, 5)),
    { when: new Date(0), custom: { toJSON: () => ({ replaced: true }) } },
    Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } }),
  ];
  for (const value of values) assert.deepEqual(copyJsonValues(value), roundTrip(value), String(JSON.stringify(value)));
});

test('a real file: equal to the input, sharing no object or array with it', () => {
  const network = JSON.parse(readFileSync('data/rotterdam-rijnmond.json', 'utf8')) as Record<string, unknown>;
  const copy = copyJsonValues(network) as Record<string, unknown>;
  assert.deepEqual(copy, network);
  const objects = new Set<unknown>();
  const collect = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    objects.add(v);
    for (const child of Object.values(v)) collect(child);
  };
  collect(network);
  const shared: unknown[] = [];
  const check = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    if (objects.has(v)) shared.push(v);
    for (const child of Object.values(v)) check(child);
  };
  check(copy);
  assert.equal(shared.length, 0);
});

test('throws where JSON.stringify throws: a cycle, a BigInt, a getter that throws', () => {
  const cycle: Record<string, unknown> = { a: 1 };
  cycle.self = cycle;
  assert.throws(() => copyJsonValues(cycle));
  assert.throws(() => copyJsonValues({ n: 1n }));
  assert.throws(() =>
    copyJsonValues(
      Object.defineProperty({}, 'broken', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      }),
    ),
  );
});
