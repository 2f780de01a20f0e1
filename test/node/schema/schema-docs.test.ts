import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('docs/schema.md is generated from the current schema', () => {
  const run = spawnSync(process.execPath, ['scripts/build-schema-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
