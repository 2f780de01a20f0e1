// The README's theming table lists every theme token with its defaults, so municipalities can rely on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TOKENS } from '../../../src/components/shared/tokens.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

test('every theme token is documented in the README with its light and dark default', () => {
  for (const token of TOKENS) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`--gia-${token.name}\` |`));
    assert.ok(row, `README has no row for --gia-${token.name}`);
    assert.ok(row.includes(`\`${token.light}\``), `README row of --gia-${token.name} lacks the light default ${token.light}`);
    assert.ok(row.includes(`\`${token.dark}\``), `README row of --gia-${token.name} lacks the dark default ${token.dark}`);
  }
});
