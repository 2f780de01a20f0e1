import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPersonalValues, type GiaNetwork } from '../../../src/model/index.js';
import { root, runCli } from './run-cli.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gia-cli-'));
});
after(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('usage', () => {
  test('--help in Dutch by default, English with --lang en, per command', async () => {
    const nl = await runCli(['--help']);
    assert.equal(nl.code, 0);
    assert.match(nl.stdout, /Gebruik:\n {2}gia-netwerkkaart validate <bestand…>/);
    const en = await runCli(['--help', '--lang', 'en']);
    assert.match(en.stdout, /Usage:/);
    assert.match((await runCli(['validate', '--help'])).stdout, /bestand:regel:kolom {2}\/json\/pointer {2}melding/);
    assert.match((await runCli(['public', '-h', '--lang=en'])).stdout, /without confidential addresses/);
  });

  const usage: Array<[string[], string]> = [
    [[], 'Geef een opdracht: validate, public of migrate'],
    [['valdiate', 'x.json'], "Onbekende opdracht 'valdiate'. Bedoelde u 'validate'?"],
    [['publish', 'x.json'], "Onbekende opdracht 'publish'. Bedoelde u 'public'?"],
    [['validate'], 'Geef minstens één bestand'],
    [['validate', '--langg', 'en'], "Onbekende optie '--langg'. Bedoelde u '--lang'?"],
    [['validate', 'x.json', '--lang', 'fr'], "Onbekende taal 'fr'"],
    [['validate', 'x.json', '--lang'], 'Na --lang hoort een waarde'],
    [['validate', 'bestaat-niet.json'], 'Bestand bestaat-niet.json niet gevonden'],
    [['validate', 'data'], 'data is een map, geen bestand'],
    [['public'], 'Geef het invoerbestand'],
    [['public', 'data/zuid-limburg.json'], 'Geef met -o het bestand'],
    [['public', 'a.json', 'b.json', '-o', 'c.json'], 'precies één invoerbestand'],
  ];
  for (const [argv, expected] of usage) {
    test(`exit 2: ${argv.join(' ') || '(nothing)'}`, async () => {
      const run = await runCli(argv);
      assert.equal(run.code, 2);
      assert.ok(run.stderr.includes(expected), run.stderr);
      assert.ok(!/\n\s+at /.test(run.stderr));
    });
  }

  test('a file name with control characters is printed safely', async () => {
    const run = await runCli(['validate', 'x\u001b[31m.json']);
    assert.equal(run.code, 2);
    assert.ok(!run.stderr.includes('\u001b'));
  });
});

describe('hostile content never reaches the terminal raw', () => {
  test('escape sequences and huge keys are shown escaped and short', async () => {
    const network = JSON.parse(readFileSync(root + 'schema/examples/minimal.json', 'utf8')) as Record<string, unknown>;
    network['\u001b[2Jweg'] = 1;
    network['k'.repeat(100_000)] = 1;
    (network.organisations as Array<Record<string, unknown>>)[0]!.name = '\u001b]0;titel\u0007 \u202Eevil';
    const file = join(tmp, 'vijandig.json');
    writeFileSync(file, JSON.stringify(network));
    const run = await runCli(['validate', file]);
    assert.equal(run.code, 1);
    // eslint-disable-next-line no-control-regex -- these are the control characters that must not reach the terminal
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/.test(run.stdout + run.stderr));
    assert.match(run.stdout, /Onbekend veld '\\u\{1B\}\[2Jweg'/);
    for (const line of run.stdout.split('\n')) assert.ok(line.length < 1000, `line of ${line.length} characters`);
  });
});

describe('a 50 MB file', () => {
  test('is refused with a clear message (exit 2), quickly and without reading it all', async () => {
    const file = join(tmp, 'groot.json');
    const fd = openSync(file, 'w');
    const chunk = Buffer.alloc(1024 * 1024, ' ');
    writeSync(fd, '{"schemaVersion": "1.0", "x": "');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    writeSync(fd, '"}');
    closeSync(fd);
    assert.ok(statSync(file).size > 50 * 1024 * 1024);
    const started = Date.now();
    const run = await runCli(['validate', file]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Het bestand is te groot \(50 MB\); de grens is 10 MB\./);
    assert.ok(Date.now() - started < 2000);
  });
});

describe('public', () => {
  for (const file of ['data/zuid-limburg.json', 'schema/examples/minimal.json']) {
    test(`${file}: writes a valid public version without personal values, input untouched`, async () => {
      const before = readFileSync(root + file);
      const out = join(tmp, 'public.json');
      const run = await runCli(['public', file, '-o', out]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Publieke versie geschreven naar .*: \d+ contactperso(on|nen) voor professionals/);
      assert.deepEqual(readFileSync(root + file), before);
      const text = readFileSync(out, 'utf8');
      const network = JSON.parse(before.toString('utf8')) as GiaNetwork;
      assert.deepEqual(listPersonalValues(network).filter((v) => text.includes(v)), []);
      const check = await runCli(['validate', out]);
      assert.equal(check.code, 0, check.stdout);
    });
  }

  test('refuses to overwrite the input, however it is spelled', async () => {
    const input = join(tmp, 'netwerk.json');
    writeFileSync(input, readFileSync(root + 'schema/examples/minimal.json'));
    const before = readFileSync(input, 'utf8');
    for (const out of [input, join(tmp, '.', 'netwerk.json'), join(tmp, 'sub', '..', 'netwerk.json')]) {
      const run = await runCli(['public', input, '-o', out]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /is hetzelfde als het invoerbestand/);
    }
    const relative = await runCli(['public', 'netwerk.json', '--output=./netwerk.json'], tmp);
    assert.equal(relative.code, 2);
    assert.equal(readFileSync(input, 'utf8'), before);
  });

  test('an invalid input gives problems, exit 1 and no output file', async () => {
    const out = join(tmp, 'nooit.json');
    const run = await runCli(['public', 'test/fixtures/invalid/unknown-phase.json', '-o', out]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /unknown-phase\.json:\d+:\d+ {2}\/meetings\/0\/phases\/0/);
    assert.match(run.stderr, /de publieke versie is niet geschreven/);
    assert.equal(existsSync(out), false);
  });

  test('refuses when a personal value would stay in public text', async () => {
    const network = JSON.parse(readFileSync(root + 'schema/examples/minimal.json', 'utf8')) as GiaNetwork;
    // A real organisation: a fictitious one is left out of the public version (issue 15, item 8).
    delete network.organisations[0]!.fictitious;
    network.organisations[0]!.description = 'Mail af@example.org voor advies.';
    const input = join(tmp, 'lek.json');
    writeFileSync(input, JSON.stringify(network));
    const out = join(tmp, 'lek.public.json');
    const run = await runCli(['public', input, '-o', out]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /waarschuwing: 'description' bij organisatie .* bevat een telefoonnummer, e-mailadres of webadres van contactpersoon 'af-meldpunt'/);
    assert.match(run.stderr, /er is niets geschreven/);
    assert.equal(existsSync(out), false);
  });

  test('a folder that does not exist gives a plain write error', async () => {
    const run = await runCli(['public', 'schema/examples/minimal.json', '-o', join(tmp, 'geen-map', 'uit.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Kan .* niet schrijven: de map bestaat niet\./);
  });
});

describe('the bin', () => {
  test('node bin/gia-netwerkkaart.js validate data/zuid-limburg.json after build:cli', () => {
    const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    const ok = spawnSync(process.execPath, ['bin/gia-netwerkkaart.js', 'validate', 'data/zuid-limburg.json'], { cwd: root, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /data\/zuid-limburg\.json: in orde/);
    const bad = spawnSync(process.execPath, ['bin/gia-netwerkkaart.js', 'validate', 'test/fixtures/invalid/trailing-comma.json', '--lang', 'en'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /trailing-comma\.json:14:68 {2}\(whole file\) {2}Superfluous comma/);
    assert.equal(bad.stderr, '');
  });
});
