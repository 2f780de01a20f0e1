import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import { VARIANTS, withAnouk } from '../model/hostile-fixtures.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gia-public-privacy-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('public refuses every spelling of a personal value (issue 19, "Why" 1 and 2)', () => {
  VARIANTS.forEach(([text], n) => {
    test(`refuses ${JSON.stringify(text)}, with the place`, async () => {
      const network = withAnouk();
      network.organisations[0]!.description = text;
      const input = join(tmp, `lek-${n}.json`);
      writeFileSync(input, JSON.stringify(network, null, 2));
      const out = join(tmp, `lek-${n}.public.json`);
      const run = await runCli(['public', input, '-o', out]);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /lek-\d+\.json:\d+:\d+ {2}\/organisations\/0\/description {2}waarschuwing: 'description' bij organisatie/);
      assert.match(run.stderr, /er is niets geschreven/);
      assert.equal(existsSync(out), false);
      // validate says the same, as a warning.
      const check = await runCli(['validate', input]);
      assert.equal(check.code, 0);
      assert.match(check.stdout, /\/organisations\/0\/description {2}waarschuwing/);
    });
  });

  test('writes the public version when no copy is left, with neutral ids for name-carrying ids', async () => {
    const network = withAnouk();
    network.contacts!.push({ id: 'af-anoukdevries', name: 'Anouk de Vries', role: 'aanspreekpunt', organisation: 'meldpunt-voorbeeld', visibility: 'public' });
    network.relations!.push({ from: 'af-anoukdevries', to: 'meldpunt-voorbeeld', type: 'part-of' });
    const input = join(tmp, 'schoon.json');
    writeFileSync(input, JSON.stringify(network));
    const out = join(tmp, 'schoon.public.json');
    const run = await runCli(['public', input, '-o', out]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(existsSync(out));
  });
});
