// Issue 15, item 8: `public` leaves out fictitious entries unless --keep-fictitious (demo use).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import type { GiaNetwork } from '../../../src/model/types.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gia-public-fictitious-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const fictitiousIn = (network: GiaNetwork): string[] =>
  [...network.organisations, ...(network.contacts ?? [])].filter((item) => item.fictitious === true).map((item) => item.id);

describe('gia-netwerkkaart public and fictitious entries', () => {
  for (const name of ['zuid-limburg', 'rotterdam-rijnmond']) {
    test(`${name}: no fictitious entry by default, and the output is valid`, async () => {
      const out = join(tmp, `${name}.public.json`);
      const run = await runCli(['public', `data/${name}.json`, '-o', out]);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const written = JSON.parse(readFileSync(out, 'utf8')) as GiaNetwork;
      assert.deepEqual(fictitiousIn(written), []);
      const source = JSON.parse(readFileSync(`data/${name}.json`, 'utf8')) as GiaNetwork;
      const writtenIds = new Set((written.contacts ?? []).map((c) => c.id));
      const kept = (source.contacts ?? []).filter((c) => c.fictitious === true && writtenIds.has(c.id));
      assert.deepEqual(kept, []);
      assert.match(run.stdout, /\d+ fictieve voorbeelden \("fictitious": true\) weggelaten/);
      const check = await runCli(['validate', out]);
      assert.equal(check.code, 0, check.stdout + check.stderr);
    });
  }

  test('--keep-fictitious keeps the public fictitious contacts, and says so', async () => {
    const out = join(tmp, 'demo.public.json');
    const run = await runCli(['public', 'data/zuid-limburg.json', '-o', out, '--keep-fictitious']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const written = JSON.parse(readFileSync(out, 'utf8')) as GiaNetwork;
    const source = JSON.parse(readFileSync('data/zuid-limburg.json', 'utf8')) as GiaNetwork;
    const publicFictitious = (source.contacts ?? []).filter((c) => c.fictitious === true && c.visibility === 'public').map((c) => c.id);
    assert.ok(publicFictitious.length > 0);
    assert.deepEqual(fictitiousIn(written).sort(), publicFictitious.sort());
    assert.match(run.stdout, /Let op: \d+ fictieve voorbeelden staan nog in de publieke versie/);
  });

  test('--keep-fictitious is refused by validate and takes no value', async () => {
    const validate = await runCli(['validate', 'data/zuid-limburg.json', '--keep-fictitious']);
    assert.equal(validate.code, 2);
    const withValue = await runCli(['public', 'data/zuid-limburg.json', '-o', join(tmp, 'x.json'), '--keep-fictitious=ja']);
    assert.equal(withValue.code, 2);
  });

  test('the help names the option', async () => {
    const run = await runCli(['public', '--help']);
    assert.match(run.stdout, /--keep-fictitious/);
  });
});
