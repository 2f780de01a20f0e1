import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork } from '../../../src/model/index.js';
import { decodeCsvBytes, parseCsv, serializeCsv } from '../../../src/editor/csv.js';
import { applyImport, guessMapping, previewImport } from '../../../src/editor/csv-import.js';
import { exportCsv } from '../../../src/editor/csv-export.js';
import { zuidLimburg } from './helpers.js';

describe('CSV parsing', () => {
  test('semicolon with BOM, quotes, doubled quotes, line breaks in quotes, CRLF', () => {
    const table = parseCsv('\uFEFFNaam;Omschrijving\r\n"Stichting ""Thuis""";"Regel 1\r\nregel 2"\r\nB;\r\n\r\n');
    assert.equal(table.delimiter, ';');
    assert.deepEqual(table.rows, [['Naam', 'Omschrijving'], ['Stichting "Thuis"', 'Regel 1\r\nregel 2'], ['B', '']]);
    assert.deepEqual(table.lines, [1, 2, 4]);
    assert.deepEqual(table.problems, []);
  });
  test('comma separated without BOM; tab separated', () => {
    assert.deepEqual(parseCsv('a,b\n"1,5",2').rows, [['a', 'b'], ['1,5', '2']]);
    assert.equal(parseCsv('a\tb\n1\t2').delimiter, '\t');
  });
  test('an unclosed quote is reported with its line', () => {
    const table = parseCsv('Naam;Rol\n"kapot;x\nnog iets');
    assert.deepEqual(table.problems, [{ line: 2, code: 'unclosed-quote' }]);
  });
  test('serialize → parse round trip', () => {
    const rows = [['Naam', 'Omschrijving'], ['A; B', 'zegt "hallo"\nen meer'], [' spatie', '']];
    assert.deepEqual(parseCsv(serializeCsv(rows, ';')).rows, rows);
    assert.deepEqual(parseCsv(serializeCsv(rows, ',', false)).rows, rows);
  });
});

describe('CSV encodings', () => {
  // "één" and "€ 534.000" as Excel's "CSV (gescheiden door lijstscheidingsteken)" writes them (Windows-1252).
  const cp1252 = Uint8Array.from([0x4e, 0x61, 0x61, 0x6d, 0x3b, 0x42, 0x65, 0x64, 0x72, 0x61, 0x67, 0x0d, 0x0a, 0xe9, 0xe9, 0x6e, 0x3b, 0x80, 0x20, 0x35, 0x33, 0x34, 0x2e, 0x30, 0x30, 0x30, 0x0d, 0x0a]);
  test('a Windows-1252 file is detected and read right', () => {
    const decoded = decodeCsvBytes(cp1252);
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.replacements, 0);
    assert.deepEqual(parseCsv(decoded.text).rows, [['Naam', 'Bedrag'], ['één', '€ 534.000']]);
  });
  test('UTF-8 with and without BOM', () => {
    const body = new TextEncoder().encode('Naam;Bedrag\r\nééN;€ 1\r\n');
    const plain = decodeCsvBytes(body);
    assert.deepEqual([plain.encoding, plain.bom, plain.text.startsWith('Naam')], ['utf-8', false, true]);
    const withBom = decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...body]));
    assert.deepEqual([withBom.encoding, withBom.bom, withBom.text.startsWith('Naam')], ['utf-8', true, true]);
    assert.deepEqual(parseCsv(withBom.text).rows[1], ['ééN', '€ 1']);
  });
  test('replacement characters already in the text are counted', () => {
    const decoded = decodeCsvBytes(new TextEncoder().encode('Naam\n\uFFFD\uFFFDn\n'));
    assert.equal(decoded.encoding, 'utf-8');
    assert.equal(decoded.replacements, 2);
  });
});

describe('CSV import', () => {
  test('a well-formed contact list: mapping guessed, preview, nothing changes until applied, then valid', () => {
    const network = zuidLimburg();
    const before = JSON.stringify(network);
    const text =
      '\uFEFFNaam;Rol;Organisatie;E-mail;Telefoon;Zichtbaarheid;Gemeente\r\n' +
      'Fatima Voorbeeld;Aandachtsfunctionaris;Veilig Thuis Zuid-Limburg;f.voorbeeld@example.org;043 123 45 67;Alleen voor professionals;Heerlen | Maastricht\r\n' +
      'Jan Voorbeeld;aanspreekpunt;veilig-thuis-zuid-limburg;;;;\r\n';
    const table = parseCsv(text);
    const mapping = guessMapping('contacts', table.rows[0]!);
    assert.deepEqual(mapping, ['name', 'role', 'organisation', 'email', 'phone', 'visibility', 'municipalities']);
    const preview = previewImport(network, 'contacts', table, mapping);
    assert.deepEqual(preview.fileErrors, []);
    assert.deepEqual(preview.rows.map((r) => r.errors), [[], []]);
    assert.equal(preview.added, 2);
    assert.equal(preview.canApply, true);
    assert.equal(JSON.stringify(network), before, 'preview changes nothing');
    const result = applyImport(network, preview);
    assert.equal(result.contacts!.length, network.contacts!.length + 2);
    const added = result.contacts!.at(-2)!;
    assert.equal(added.role, 'aandachtsfunctionaris');
    assert.equal(added.organisation, 'veilig-thuis-zuid-limburg');
    assert.deepEqual(added.municipalities, ['heerlen', 'maastricht']);
    assert.deepEqual(added.channels?.map((c) => c.type), ['email', 'phone']);
    assert.notEqual(result.contacts!.at(-1)!.id, added.id, 'unique ids');
    const validation = validateNetwork(result);
    assert.deepEqual(validation.problems, []);
  });

  test('a comma-separated organisation list updates an existing organisation by name and adds a new one', () => {
    const network = zuidLimburg();
    const existing = network.organisations[0]!;
    const text = `name,type,website\n"${existing.name}",${existing.type},https://example.org/nieuw\nNieuwe Stichting,Opvang,\n`;
    const table = parseCsv(text);
    const preview = previewImport(network, 'organisations', table, guessMapping('organisations', table.rows[0]!));
    assert.equal(preview.canApply, true, JSON.stringify(preview.rows.map((r) => r.errors)));
    assert.equal(preview.updated, 1);
    assert.equal(preview.added, 1);
    const result = applyImport(network, preview);
    assert.equal(result.organisations.length, network.organisations.length + 1);
    assert.ok(result.organisations[0]!.channels!.some((c) => c.value === 'https://example.org/nieuw'));
    assert.equal(result.organisations.at(-1)!.type, 'shelter');
    assert.equal(result.organisations.at(-1)!.id, 'nieuwe-stichting');
    assert.equal(validateNetwork(result).valid, true);
  });

  test('an emptied cell clears the field: an outdated phone number is removed through the spreadsheet', () => {
    const network = zuidLimburg();
    const index = 0;
    const org = network.organisations[index]!;
    org.channels = [...(org.channels ?? []), { type: 'phone', value: '043 123 45 67' }];
    org.description ??= 'Oude omschrijving';
    const text = `Id;Naam;Telefoon;Omschrijving\r\n${org.id};"${org.name}";;\r\n`;
    const table = parseCsv(text);
    const preview = previewImport(network, 'organisations', table, guessMapping('organisations', table.rows[0]!));
    assert.equal(preview.canApply, true, JSON.stringify(preview.rows.map((r) => r.errors)));
    const result = applyImport(network, preview);
    const after = result.organisations[index]!;
    assert.equal(after.channels?.some((c) => c.type === 'phone') ?? false, false);
    assert.equal(after.description, undefined);
    assert.equal(after.type, org.type, 'columns that are not in the file stay as they were');
    assert.equal(validateNetwork(result).valid, true);
  });
  test('a broken file: errors per row, nothing imported', () => {
    const network = zuidLimburg();
    const text =
      'Naam;Rol;Organisatie;E-mail;Laatst gecontroleerd\n' +
      'Goed Voorbeeld;aanspreekpunt;Veilig Thuis Zuid-Limburg;goed@example.org;2025-01-01\n' +
      'Fout 1;directeur;Bestaat Niet BV;geen-mail;31-2-2025\n' +
      'Fout 2;;veilig-thuis-zuid-limburg;;\n';
    const table = parseCsv(text);
    const preview = previewImport(network, 'contacts', table, guessMapping('contacts', table.rows[0]!));
    assert.equal(preview.canApply, false);
    assert.equal(preview.errorRows, 2);
    assert.deepEqual(preview.rows[0]!.errors, []);
    const row3 = preview.rows[1]!;
    assert.equal(row3.line, 3);
    assert.equal(row3.errors.length, 4, row3.errors.join('\n'));
    assert.ok(row3.errors.some((e) => e.includes('"directeur" is geen bekende waarde')));
    assert.ok(row3.errors.some((e) => e.includes('"Bestaat Niet BV" staat niet op de kaart')));
    assert.ok(row3.errors.some((e) => e.includes('geen-mail')));
    assert.ok(row3.errors.some((e) => e.includes('31-2-2025') && e.includes('de dag moet bestaan')));
    assert.match(preview.rows[2]!.errors[0]!, /"Rol" is leeg, maar verplicht/);
    assert.equal(applyImport(network, preview), network, 'nothing imported');
  });

  test('a date as a Dutch spreadsheet writes it (04-12-2026) is read as the editor reads it and stored as ISO', () => {
    const network = zuidLimburg();
    const text = 'Naam;Rol;Organisatie;Laatst gecontroleerd\nDatum Voorbeeld;aanspreekpunt;Veilig Thuis Zuid-Limburg;04-12-2026\n';
    const table = parseCsv(text);
    const preview = previewImport(network, 'contacts', table, guessMapping('contacts', table.rows[0]!));
    assert.deepEqual(preview.rows[0]!.errors, []);
    assert.equal((preview.rows[0]!.item as { reviewedAt?: string }).reviewedAt, '2026-12-04');
  });

  test('file-level problems block the import: missing required column, unclosed quote, empty file', () => {
    const network = zuidLimburg();
    const noOrg = parseCsv('Naam;Rol\nA;aanspreekpunt\n');
    const p1 = previewImport(network, 'contacts', noOrg, guessMapping('contacts', noOrg.rows[0]!));
    assert.equal(p1.canApply, false);
    assert.match(p1.fileErrors[0]!, /Organisatie/);
    const quote = parseCsv('Naam\n"open\n');
    assert.equal(previewImport(network, 'organisations', quote, ['name']).canApply, false);
    assert.equal(previewImport(network, 'organisations', parseCsv(''), []).canApply, false);
  });

  test('export → import round trip changes nothing', () => {
    const network = zuidLimburg();
    for (const entity of ['organisations', 'contacts'] as const) {
      const text = exportCsv(network, entity);
      assert.ok(text.startsWith('\uFEFF'));
      const table = parseCsv(text);
      const preview = previewImport(network, entity, table, guessMapping(entity, table.rows[0]!));
      assert.equal(preview.canApply, true, JSON.stringify(preview.fileErrors.concat(...preview.rows.map((r) => r.errors))));
      assert.equal(preview.added, 0);
      const result = applyImport(network, preview);
      assert.deepEqual(result[entity], network[entity]);
    }
  });
});
