// Issue 19, item 6: `public -o` writes a temporary file next to the target and renames it, and refuses a target
// that is not a regular file (a FIFO, /dev/full, a folder) instead of replacing it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const INPUT = 'schema/examples/minimal.json';
let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gia-public-target-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('public -o: only a regular file is written', () => {
  test('a FIFO is refused and stays a FIFO', async (t) => {
    const fifo = join(tmp, 'pipe.json');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return t.skip('mkfifo is not available');
    const run = await runCli(['public', INPUT, '-o', fifo]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /pipe\.json is geen gewoon bestand .*Er is niets geschreven\./);
    assert.doesNotMatch(run.stdout, /geschreven naar/);
    assert.ok(lstatSync(fifo).isFIFO());
    assert.deepEqual(readdirSync(tmp), ['pipe.json']);
  });

  test('/dev/full is refused', async (t) => {
    if (!existsSync('/dev/full')) return t.skip('no /dev/full here');
    const run = await runCli(['public', INPUT, '-o', '/dev/full']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\/dev\/full is geen gewoon bestand/);
    assert.ok(lstatSync('/dev/full').isCharacterDevice());
  });

  test('a folder is refused, in English too', async () => {
    const folder = join(tmp, 'map');
    mkdirSync(folder);
    const nl = await runCli(['public', INPUT, '-o', folder]);
    assert.equal(nl.code, 2);
    assert.match(nl.stderr, /map is een map; de publieke versie wordt alleen naar een gewoon bestand geschreven/);
    const en = await runCli(['public', INPUT, '-o', folder, '--lang=en']);
    assert.match(en.stderr, /is a folder; the public version is only written to a regular file/);
  });

  test('an existing regular file is replaced whole, and no temporary file is left', async () => {
    const dir = join(tmp, 'uit');
    mkdirSync(dir);
    const out = join(dir, 'public.json');
    writeFileSync(out, 'oud');
    const run = await runCli(['public', INPUT, '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Publieke versie geschreven naar/);
    assert.ok(readFileSync(out, 'utf8').startsWith('{'));
    assert.deepEqual(readdirSync(dir), ['public.json']);
  });
});
