import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lintSummary } from '../../../scripts/eslint-formatter.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('lint summary', () => {
  test('counts files, errors and warnings', () => {
    const results = [
      { errorCount: 2, warningCount: 0 },
      { errorCount: 0, warningCount: 1 },
      { errorCount: 0, warningCount: 0 },
    ];
    assert.equal(lintSummary(results), 'lint FAILED: 3 files checked, 2 errors, 1 warning');
  });

  test('passes when there are only warnings', () => {
    assert.equal(lintSummary([{ errorCount: 0, warningCount: 2 }]), 'lint passed: 1 file checked, 0 errors, 2 warnings');
  });

  test('eslint with this formatter exits non-zero on an error and prints the summary', () => {
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/eslint/bin/eslint.js',
        '--format',
        './scripts/eslint-formatter.mjs',
        '--stdin',
        '--stdin-filename',
        'scripts/lint-probe.mjs',
      ],
      { cwd: root, input: 'const unused = 1;\n', encoding: 'utf8' },
    );
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /no-unused-vars/);
    assert.match(run.stdout, /lint FAILED: 1 file checked, 1 error, 0 warnings/);
  });
});
