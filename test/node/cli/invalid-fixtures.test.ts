// Every file in test/fixtures/invalid/ through the CLI: the expected message and exit code, never a
// crash or a stack trace. (The files are made by test/fixtures/make-invalid-fixtures.mjs.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { root, runCli } from './run-cli.js';

/** file → [exit code, substring of the output (Dutch), problem pointer or undefined]. */
const CASES: Record<string, [number, string, string?]> = {
  'empty.json': [1, 'Het bestand is leeg.'],
  'only-whitespace.json': [1, 'alleen spaties en lege regels'],
  'not-json.json': [1, "Onbekend woord 'Dit' op regel 1, kolom 1"],
  'trailing-comma.json': [1, 'Overbodige komma op regel 14, kolom 68'],
  'single-quotes.json': [1, 'Enkele aanhalingstekens'],
  'comment.json': [1, 'Commentaar (// of /* */) op regel 2, kolom 3'],
  'smart-quotes.json': [1, 'Gekrulde aanhalingstekens'],
  'missing-comma.json': [1, 'Er ontbreekt een komma vóór regel 6, kolom 5'],
  'unterminated-string.json': [1, 'wordt niet afgesloten met "'],
  'truncated.json': [1, 'wordt niet afgesloten met "'],
  'trailing-content.json': [1, 'Na het einde van de gegevens staat nog meer'],
  'duplicate-key.json': [1, "Het veld 'region' staat op regel 6, kolom 5 nog een keer", '/metadata/region'],
  'unquoted-key.json': [1, "De veldnaam 'region' op regel 5, kolom 5 staat niet tussen dubbele aanhalingstekens"],
  'raw-control-character.json': [1, 'onzichtbaar stuurteken (U+0007)'],
  'deep-nesting.json': [1, 'te diep genest'],
  'array-instead-of-object.json': [1, 'maar het is een lijst'],
  'null.json': [1, 'maar het is null'],
  'utf16-with-bom.json': [1, 'UTF-16'],
  'utf16-without-bom.json': [1, 'UTF-16'],
  'latin1.json': [1, 'niet als UTF-8 gelezen'],
  'binary-png.json': [1, 'niet als UTF-8 gelezen'],
  'bom-but-valid.json': [0, 'waarschuwing: Het bestand begint met een onzichtbaar BOM-teken'],
  'schema-version-missing.json': [1, "Het veld 'schemaVersion' ontbreekt"],
  'schema-version-2.json': [1, "schemaVersion '2.0' wordt niet ondersteund", '/schemaVersion'],
  'schema-version-number.json': [1, 'Schrijf de versie als tekst tussen aanhalingstekens'],
  'missing-metadata.json': [1, "Verplicht veld 'metadata' ontbreekt"],
  'no-organisations.json': [1, "Verplicht veld 'organisations' ontbreekt"],
  'dutch-field-name.json': [1, "Onbekend veld 'naam' bij organisatie 'meldpunt-test' (organisations[0]); bedoelde u 'name'?", '/organisations/0/naam'],
  'phone-as-field.json': [1, "Zet website, telefoon en e-mail in 'channels'"],
  'javascript-url.json': [1, "'javascript:alert(document.cookie)' is geen toegestaan webadres", '/organisations/0/channels/0/value'],
  'data-url.json': [1, 'is geen toegestaan webadres'],
  'url-without-https.json': [1, "bijvoorbeeld 'https://www.example.org/meldpunt'"],
  'email-with-mailto.json': [1, 'zonder "mailto:"'],
  'phone-with-letters.json': [1, "'0800-VEILIG' is geen geldig telefoonnummer"],
  'wrong-organisation-type.json': [1, "Bedoelde u 'veilig-thuis'?", '/organisations/0/type'],
  'id-with-spaces.json': [1, "bijvoorbeeld 'wijkteam-teststad'"],
  'control-character-in-name.json': [1, 'onzichtbaar stuurteken (U+0000) op positie 9'],
  'line-break-in-name.json': [1, 'deze korte tekst moet op één regel staan'],
  'bidi-override-in-name.json': [1, 'onzichtbaar stuurteken (U+202E)'],
  'absurd-length-name.json': [1, 'is te lang: 100000 tekens, hoogstens 300'],
  'too-long-description.json': [1, 'is te lang: 6500 tekens, hoogstens 5000'],
  'impossible-date.json': [1, "De datum '2025-02-30' bestaat niet"],
  'dutch-date-format.json': [1, 'Schrijf de datum als JJJJ-MM-DD'],
  'colour-name.json': [1, "'rood' is geen geldige kleur"],
  'phase-order-string.json': [1, 'moet een geheel getal zijn, maar is een tekst'],
  'duplicate-specialism-in-list.json': [1, "bevat 'ouderenmishandeling' twee keer"],
  'proto-key.json': [1, "Onbekend veld '__proto__'"],
  'unknown-specialism.json': [
    1,
    "Organisatie 'Meldpunt Testregio (fictief)' (organisations[0]) verwijst in 'specialisms' naar 'ouderenmishandelng', maar er is geen specialisme met dat id. Bedoelde u 'ouderenmishandeling'?",
    '/organisations/0/specialisms/0',
  ],
  'unknown-phase.json': [1, "naar 'ave-5', maar er is geen fase met dat id"],
  'unknown-municipality.json': [1, "Bedoelde u 'teststad'?"],
  'unknown-source.json': [1, "verwijst naar bron 'tesbron', maar die staat niet in metadata.sources. Bedoelde u 'testbron'?"],
  'unknown-relation-end.json': [1, "naar 'zorg-en-veiligheidshuis', maar er is geen"],
  'duplicate-id-across-kinds.json': [1, "Het id 'teststad' komt meer dan één keer voor"],
  'duplicate-source-id.json': [1, "Het bron-id 'testbron' komt meer dan één keer voor"],
  'parent-self.json': [1, "noemt zichzelf als 'parent'"],
  'parent-cycle.json': [1, "Kring in 'parent': 'meldpunt-test' → 'wijkteam-test' → 'meldpunt-test'"],
  'part-of-cycle.json': [1, "Kring in 'onderdeel van'"],
  'duplicate-phase-order.json': [1, 'heeft volgorde 1, net als'],
  'relation-to-itself.json': [1, "verbindt 'mda-test' met zichzelf"],
  'contact-at-municipality.json': [1, 'dat is een gemeente, geen organisatie'],
};

const dir = 'test/fixtures/invalid';
const LINE = /^test\/fixtures\/invalid\/[^:]+:\d+:\d+ {2}\S.* {2}\S/;

describe('broken and hostile files through `gia-netwerkkaart validate`', () => {
  const files = readdirSync(root + dir).sort();

  test('there are at least 25 fixtures, and every one has an expectation', () => {
    assert.ok(files.length >= 25, `only ${files.length} fixtures`);
    assert.deepEqual(files.filter((f) => !(f in CASES)), []);
    assert.deepEqual(Object.keys(CASES).filter((f) => !files.includes(f)), []);
  });

  for (const [file, [code, expected, pointer]] of Object.entries(CASES)) {
    test(file, async () => {
      const run = await runCli(['validate', `${dir}/${file}`]);
      assert.equal(run.code, code, run.stdout + run.stderr);
      assert.ok(run.stdout.includes(expected), `expected ${JSON.stringify(expected)} in:\n${run.stdout}${run.stderr}`);
      assert.ok(!/\n\s+at |Error:|TypeError|RangeError/.test(run.stdout + run.stderr), 'no stack trace');
      const problemLines = run.stdout.split('\n').slice(0, -1);
      for (const line of problemLines) assert.match(line, LINE);
      if (pointer !== undefined) assert.ok(problemLines.some((l) => l.includes(`  ${pointer}  `)), `pointer ${pointer}`);
    });
  }

  test('English messages with --lang en', async () => {
    const run = await runCli(['validate', `${dir}/unknown-specialism.json`, '--lang', 'en']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /refers in 'specialisms' to 'ouderenmishandelng', but there is no specialism with that id\. Did you mean 'ouderenmishandeling'\?/);
    assert.match(run.stdout, /1 error found\./);
  });

  test('several files at once: every problem of every file, the worst exit code', async () => {
    const run = await runCli(['validate', 'data/zuid-limburg.json', `${dir}/parent-self.json`, `${dir}/unknown-phase.json`]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /data\/zuid-limburg\.json: in orde/);
    assert.match(run.stdout, /parent-self\.json:74:7 {2}\/organisations\/0\/parent {2}/);
    assert.match(run.stdout, /unknown-phase\.json:\d+:\d+ {2}\/meetings\/0\/phases\/0 {2}/);
  });
});
