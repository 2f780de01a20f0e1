// docs/toegankelijkheid.md says only what is true: every test file it cites exists, the claims that were found
// untrue are gone (or carry the test that makes them true), and the draft statement lists known limitations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/toegankelijkheid.md'), 'utf8');

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else out.push(path.slice(root.length));
  }
  return out;
}

const testFiles = filesUnder(join(root, 'test'));

test('every test file the page cites exists', () => {
  const cited = [...doc.matchAll(/`([\w./-]+\.test\.ts)`/g)].map((m) => m[1]!);
  assert.ok(cited.length >= 10, `only ${cited.length} test files cited`);
  for (const name of cited) {
    const found = name.includes('/') ? existsSync(join(root, name)) : testFiles.some((f) => f.endsWith(`/${name}`));
    assert.ok(found, `docs/toegankelijkheid.md cites ${name}, which does not exist`);
  }
});

test('claims found untrue are not made', () => {
  assert.doesNotMatch(doc, /niet dubbel/, '"meldt niet dubbel" is not tested');
  assert.doesNotMatch(doc, /kan `?forced-colors`? niet nabootsen/, 'the suite does emulate forced-colors');
  assert.doesNotMatch(doc, /geen bekende\s+(>\s*)?afwijkingen/, 'the draft statement must list the known limitations');
  assert.ok(existsSync(join(root, 'test/browser/forced-colors/forced-colors.test.ts')), 'forced-colors emulation test');
});

test('"één tabstop" is only claimed with the test that proves it', () => {
  if (/één tabstop/i.test(doc)) assert.match(doc, /tab-stops\.test\.ts/);
});

test('1.4.3 and 1.4.11 carry the status the tests support', () => {
  const row = (criterion: string) => doc.split('\n').find((line) => line.startsWith(`| ${criterion} `)) ?? '';
  assert.match(row('1.4.3'), /label-contrast\.test\.ts/, '1.4.3 "Voldoet" rests on the label contrast test');
  assert.match(row('1.4.11'), /\| Deels \|/, 'faded nodes are below 3:1: 1.4.11 is "Deels"');
});

test('the page has a known-gaps list and a manual test plan for NVDA, VoiceOver and voice control', () => {
  assert.match(doc, /### Bekende tekortkomingen/);
  assert.match(doc, /## Handmatig testplan/);
  for (const word of ['NVDA + Firefox', 'VoiceOver + Safari', 'Dragon', 'Voice Access']) assert.ok(doc.includes(word), word);
});
