#!/usr/bin/env node
// Runs the Node unit tests (test/node/**/*.test.ts) with node:test + tsx.
// Node 20's `--test` does not expand globs, so the files are listed here.
// Extra arguments are passed on to `node --test` (e.g. `-- --test-name-pattern=foo`).
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const testDir = join(root, 'test', 'node');

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(full);
      return /\.test\.(ts|mts|js|mjs)$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

const files = findTests(testDir).map((f) => relative(root, f));
if (files.length === 0) {
  console.error('Geen Node-tests gevonden in test/node. / No Node tests found in test/node.');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
