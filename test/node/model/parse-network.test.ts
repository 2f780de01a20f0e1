import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNetworkText, parseNetworkText } from '../../../src/model/index.js';
import { MAX_TEXT_LENGTH } from '../../../src/model/parse-network.js';

function firstProblem(text: string, lang?: 'nl' | 'en') {
  const result = parseNetworkText(text, lang ? { lang } : {});
  assert.equal(result.ok, false, `expected a problem for ${JSON.stringify(text.slice(0, 40))}`);
  return result.ok ? undefined! : result.problems[0]!;
}

describe('parseNetworkText', () => {
  test('parses valid JSON', () => {
    const result = parseNetworkText('{"a": [1, 2, {"b": null}]}');
    assert.deepEqual(result, { ok: true, value: { a: [1, 2, { b: null }] } });
  });

  const cases: Array<[string, string, string, number, number]> = [
    ['trailing comma', '{\n  "a": 1,\n}', 'json-trailing-comma', 2, 9],
    ['trailing comma in list', '{"a": [1, 2,]}', 'json-trailing-comma', 1, 12],
    ['missing comma', '{"a": 1\n "b": 2}', 'json-missing-comma', 2, 2],
    ['missing colon', '{"a" 1}', 'json-missing-colon', 1, 6],
    ['missing value', '{"a": }', 'json-missing-value', 1, 7],
    ['unquoted key', '{name: 1}', 'json-unquoted-key', 1, 2],
    ['single quotes', "{'a': 1}", 'json-single-quotes', 1, 2],
    ['curly quotes', '{“a”: 1}', 'json-smart-quotes', 1, 2],
    ['comment', '{\n// hoi\n"a": 1}', 'json-comment', 2, 1],
    ['unterminated string', '{"a": "abc\n}', 'json-unterminated-string', 1, 7],
    ['raw tab in string', '{"a": "a\tb"}', 'json-control-character', 1, 9],
    ['invalid escape', '{"a": "C:\\map"}', 'json-invalid-escape', 1, 10],
    ['leading zero', '{"a": 007}', 'json-invalid-number', 1, 7],
    ['True', '{"a": True}', 'json-invalid-literal', 1, 7],
    ['unexpected end', '{"a": [1, 2', 'json-unexpected-end', 1, 12],
    ['mismatched bracket', '{"a": [1, 2}', 'json-mismatched-bracket', 1, 12],
    ['trailing content', '{"a": 1}\n}', 'json-trailing-content', 2, 1],
    ['duplicate key', '{"a": 1,\n "a": 2}', 'json-duplicate-key', 2, 2],
  ];
  for (const [name, text, code, line, column] of cases) {
    test(`${name} → ${code} at ${line}:${column}`, () => {
      const p = firstProblem(text);
      assert.equal(p.code, code);
      assert.equal(p.line, line);
      assert.equal(p.column, column);
      assert.match(p.message, new RegExp(`regel ${line}, kolom ${column}`));
    });
  }

  test('messages in English when asked', () => {
    const p = firstProblem('{"a": 1,}', 'en');
    assert.match(p.message, /Superfluous comma at line 1, column 8/);
  });

  test('empty, whitespace, UTF-16 text, too long', () => {
    assert.equal(firstProblem('').code, 'file-empty');
    assert.equal(firstProblem(' \n\t').code, 'file-whitespace');
    assert.equal(firstProblem('{\u0000"\u0000a\u0000"\u0000:\u00001\u0000}\u0000').code, 'file-utf16');
    const big = firstProblem(' '.repeat(MAX_TEXT_LENGTH + 1));
    assert.equal(big.code, 'file-too-large');
    assert.match(big.message, /te groot/);
  });

  test('a BOM is a warning, not an error', () => {
    const result = parseNetworkText('\uFEFF{"a": 1}');
    assert.ok(result.ok);
    assert.equal(result.warnings?.[0]?.code, 'file-bom');
  });

  test('a replacement character (bytes that were not UTF-8) is a warning with its place', () => {
    const result = parseNetworkText('{\n  "a": "R\uFFFDgio"\n}');
    assert.ok(result.ok);
    assert.equal(result.warnings?.[0]?.code, 'file-replacement-character');
    assert.equal(result.warnings?.[0]?.line, 2);
    assert.equal(result.warnings?.[0]?.column, 10);
  });

  test('absurd nesting is refused without a stack overflow', () => {
    const p = firstProblem('['.repeat(200000) + ']'.repeat(200000));
    assert.equal(p.code, 'json-too-deep');
  });

  test('values in messages are made visible and short', () => {
    const p = firstProblem('{"a": Ab\u202Ecd' + 'x'.repeat(500) + '}');
    assert.ok(!p.message.includes('\u202E'));
    assert.ok(p.message.length < 400);
  });

  test('checkNetworkText places validation problems at their line', () => {
    const text = '{\n  "schemaVersion": "1.0",\n  "metadata": 5\n}';
    const { result } = checkNetworkText(text);
    const p = result.problems.find((x) => x.path === '/metadata');
    assert.ok(p);
    assert.equal(p.line, 3);
    assert.equal(p.column, 3);
  });
});
