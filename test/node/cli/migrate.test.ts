// `gia-netwerkkaart migrate <in> -o <out>`: Dutch messages, a line per change, valid 1.1 output in the
// schema's key order, the input left alone, in-place migration, and refusals that write nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateNetwork } from '../../../src/model/index.js';
import { root, runCli } from './run-cli.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gia-migrate-'));
});
after(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('migrate', () => {
  for (const name of ['zuid-limburg', 'rotterdam-rijnmond']) {
    test(`the 1.0 dataset ${name} becomes valid 1.1, with a summary`, async () => {
      const input = join(root, 'test/fixtures/v1-0', `${name}.json`);
      const original = readFileSync(input, 'utf8');
      const out = join(tmp, `${name}.json`);
      const run = await runCli(['migrate', input, '-o', out]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(readFileSync(input, 'utf8'), original, 'the input is only read');
      const text = readFileSync(out, 'utf8');
      const network = JSON.parse(text) as { schemaVersion: string };
      assert.equal(network.schemaVersion, '1.1');
      assert.deepEqual(validateNetwork(network).problems, []);
      assert.equal(JSON.stringify(network, null, 2) + '\n', text, '2-space JSON');
      // Only what changed changes: every line of the input that is not about the moved notes is still there.
      // (Moved references are indented deeper and may lose their trailing comma with the note.)
      const bare = (line: string) => line.trim().replace(/,$/, '');
      const kept = new Set(text.split('\n').map(bare));
      const lost = original.split('\n').filter((line) => !kept.has(bare(line)) && !/"schemaVersion"|"note": "(Fase a|A)fgeleid/.test(line));
      assert.deepEqual(lost, []);
      assert.match(run.stdout, /placementCertainty\/phases {2}Organisatie '.*"Fase afgeleid: …" is nu 'placementCertainty.phases'/);
      assert.match(run.stdout, new RegExp(`${name}\\.json geschreven: schemaVersion "1.0" is omgezet naar "1.1" \\(\\d+ wijzigingen\\)\\.$`));
      const again = await runCli(['migrate', out, '-o', join(tmp, 'again.json')]);
      assert.equal(again.code, 0);
      assert.match(again.stdout, /heeft al schemaVersion "1.1"; er is niets omgezet en niets geschreven/);
      assert.equal(existsSync(join(tmp, 'again.json')), false);
    });
  }

  test('in place: the output may be the input', async () => {
    const file = join(tmp, 'in-place.json');
    copyFileSync(join(root, 'schema/examples/minimal.json'), file);
    const run = await runCli(['migrate', file, '-o', file, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /in-place\.json written: schemaVersion "1.0" converted to "1.1" \(1 change\)\./);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: string }).schemaVersion, '1.1');
  });

  test('an invalid file: its problems, and nothing written', async () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: '1.0', metadata: {} }));
    const out = join(tmp, 'broken-out.json');
    const run = await runCli(['migrate', file, '-o', out]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /broken\.json bevat fouten; er is niets geschreven/);
    assert.equal(existsSync(out), false);
  });

  const usage: Array<[string[], string]> = [
    [['migrate'], 'Geef het invoerbestand, bijvoorbeeld: gia-netwerkkaart migrate'],
    [['migrate', 'a.json'], 'Geef met -o het bestand waarin de versie 1.1 komt'],
    [['migrate', 'a.json', 'b.json', '-o', 'c.json'], 'Geef precies één invoerbestand'],
    [['migreer', 'a.json'], "Onbekende opdracht 'migreer'. Bedoelde u 'migrate'?"],
    [['migrate', 'bestaat-niet.json', '-o', 'x.json'], 'Bestand bestaat-niet.json niet gevonden'],
    [['migrate', 'data/zuid-limburg.json', '-o', 'data'], 'data is een map'],
  ];
  for (const [argv, message] of usage) {
    test(`usage: ${argv.join(' ') || '(nothing)'}`, async () => {
      const run = await runCli(argv);
      assert.equal(run.code, 2);
      assert.ok(run.stderr.includes(message), run.stderr);
    });
  }

  test('help in Dutch and English', async () => {
    assert.match((await runCli(['migrate', '--help'])).stdout, /"Fase afgeleid: …" wordt 'placementCertainty.phases'/);
    assert.match((await runCli(['migrate', '-h', '--lang', 'en'])).stdout, /Nothing is lost/);
  });
});
