import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readOpenInput } from '../../../src/editor/open-input.js';
import { loadLang } from '../../../src/i18n/localize.js';

describe('opening a file in the editor', () => {
  // English catalogues load only when asked for (as a component with lang="en" does).
  before(() => loadLang('en'));

  test('JSON text of an object and an object open', () => {
    assert.deepEqual(readOpenInput('{"schemaVersion": "1.1"}', 'nl'), { ok: true, value: { schemaVersion: '1.1' } });
    const object = { a: 1 };
    const result = readOpenInput(object, 'nl');
    assert.ok(result.ok && result.value === object);
  });

  test('a 1.0 file opens as 1.1, migrated by the same function as the CLI, with the list of changes', () => {
    const text = JSON.stringify({
      schemaVersion: '1.0',
      organisations: [{ id: 'a', phases: ['ave-1'], sources: [{ source: 'b', lines: '3', note: 'Fase afgeleid: omdat.' }] }],
    });
    const result = readOpenInput(text, 'nl');
    assert.ok(result.ok);
    assert.deepEqual(result.value, {
      schemaVersion: '1.1',
      organisations: [
        { id: 'a', phases: ['ave-1'], placementCertainty: { phases: { level: 'inferred', reasoning: 'omdat.', sources: [{ source: 'b', lines: '3' }] } } },
      ],
    });
    assert.deepEqual(result.migration?.map((c) => c.code), ['migrated-version', 'migrated-phase-certainty']);
  });

  test('text that is not JSON is unreadable, with the parser problems (line and column)', () => {
    const result = readOpenInput('{\n  "schemaVersion": "1.0",\n}', 'nl');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.unreadable, true);
    assert.ok(result.problems.length > 0);
    assert.equal(typeof result.problems[0]!.line, 'number');
  });

  test('JSON that is not an object is refused in the requested language', () => {
    for (const input of ['[1, 2]', '42', null, [], 'null']) {
      const result = readOpenInput(input, 'nl');
      assert.equal(result.ok, false, String(input));
      if (result.ok) continue;
      assert.equal(result.unreadable, false);
      assert.equal(result.problems[0]!.code, 'not-object');
    }
    const en = readOpenInput('[]', 'en');
    const nl = readOpenInput('[]', 'nl');
    assert.ok(!en.ok && !nl.ok && en.problems[0]!.message !== nl.problems[0]!.message);
  });
});
