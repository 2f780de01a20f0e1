import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Problem, ValidationResult } from '../../../src/model/index.js';
import { isInside, problemCount, problemLookup, problemsNotShown } from '../../../src/editor/problems-at.js';

const problem = (path: string, severity: 'error' | 'warning' = 'error'): Problem => ({ path, code: 'x', severity, message: path });

const result: ValidationResult = {
  valid: false,
  problems: [problem('/organisations/1/name'), problem('/organisations/1'), problem('/organisations/10/id')],
  warnings: [problem('/organisations/1/reviewed', 'warning'), problem('/contacts/0', 'warning')],
};

describe('problems in the editor', () => {
  test('inside means at the pointer or below it, not a sibling with a longer index', () => {
    assert.equal(isInside(problem('/organisations/1/name'), '/organisations/1'), true);
    assert.equal(isInside(problem('/organisations/1'), '/organisations/1'), true);
    assert.equal(isInside(problem('/organisations/10'), '/organisations/1'), false);
  });

  test('counts errors and warnings inside an item', () => {
    assert.deepEqual(problemCount(result, '/organisations/1'), { errors: 2, warnings: 1 });
    assert.deepEqual(problemCount(result, '/contacts/0'), { errors: 0, warnings: 1 });
  });

  test('looks problems up at a pointer, or with children inside it', () => {
    const at = problemLookup(result);
    assert.deepEqual(at('/organisations/1').map((p) => p.path), ['/organisations/1']);
    assert.deepEqual(at('/organisations/1', true).map((p) => p.path), ['/organisations/1/name', '/organisations/1', '/organisations/1/reviewed']);
    assert.deepEqual(at('/nowhere'), []);
  });

  test('lists the problems inside an item that no field showed', () => {
    const shown = new Set([result.problems[0]!]);
    assert.deepEqual(problemsNotShown(result, '/organisations/1', shown).map((p) => p.path), ['/organisations/1', '/organisations/1/reviewed']);
  });
});
