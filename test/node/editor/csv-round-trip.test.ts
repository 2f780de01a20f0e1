// Issue 18, item 2: the CSV export covers every column the import reads (with an AVE-fasen column), writes Dutch
// labels instead of codes, and an export imported again without edits changes nothing; the preview counts only
// real changes and shows them field by field.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { GiaNetwork } from '../../../src/model/types.js';
import { parseCsv, serializeCsv } from '../../../src/editor/csv.js';
import { applyImport, CSV_COLUMNS, columnLabel, guessMapping, previewImport, type CsvEntity } from '../../../src/editor/csv-import.js';
import { csvRows, exportCsv } from '../../../src/editor/csv-export.js';

const DATA_FILES = ['zuid-limburg', 'rotterdam-rijnmond'] as const;
const ENTITIES: readonly CsvEntity[] = ['organisations', 'contacts'];

function load(name: string): GiaNetwork {
  return JSON.parse(readFileSync(new URL(`../../../data/${name}.json`, import.meta.url), 'utf8')) as GiaNetwork;
}

function previewOf(network: GiaNetwork, entity: CsvEntity, text: string) {
  const table = parseCsv(text);
  return previewImport(network, entity, table, guessMapping(entity, table.rows[0]!));
}

describe('CSV export → import round trip', () => {
  for (const file of DATA_FILES) {
    for (const entity of ENTITIES) {
      test(`${file}, ${entity}: every row is "ongewijzigd", nothing is added or updated`, () => {
        const network = load(file);
        const preview = previewOf(network, entity, exportCsv(network, entity));
        assert.deepEqual(preview.fileErrors, []);
        assert.deepEqual(preview.rows.filter((r) => r.errors.length).map((r) => `${r.line}: ${r.errors.join(' ')}`), []);
        assert.equal(preview.added, 0);
        assert.deepEqual(preview.rows.filter((r) => r.action !== 'unchanged').map((r) => [r.label, r.changes]), []);
        assert.equal(preview.updated, 0);
        assert.equal(preview.unchanged, network[entity]!.length);
        assert.equal(applyImport(network, preview), network, 'applying changes nothing');
      });
    }
  }
});

describe('CSV export columns and labels', () => {
  test('the export has every column the import reads, in that order, with its Dutch name', () => {
    const network = load('zuid-limburg');
    for (const entity of ENTITIES) {
      const header = csvRows(network, entity)[0]!;
      assert.deepEqual(header, CSV_COLUMNS[entity].map((c) => columnLabel(entity, c.field)));
      assert.deepEqual(guessMapping(entity, header), CSV_COLUMNS[entity].map((c) => c.field), 'the import maps every header back');
    }
    assert.ok(csvRows(network, 'organisations')[0]!.includes('AVE-fasen'));
  });

  test('codes are written as the Dutch labels the import accepts; phases and the parent by name', () => {
    const network = load('zuid-limburg');
    const rows = csvRows(network, 'organisations');
    const col = (name: string) => rows[0]!.indexOf(name);
    const row = (id: string) => rows.find((r) => r[col('Id')] === id)!;
    assert.equal(row('raad-voor-de-kinderbescherming')[col('Soort organisatie')], 'Jeugdbescherming');
    assert.equal(row('veilig-thuis-zuid-limburg')[col('AVE-fasen')], 'AVE 1 | AVE 2 | AVE 3 | AVE 4');
    assert.equal(row('veilig-thuis-dienst-onderzoek')[col('Onderdeel van')], 'Veilig Thuis Zuid-Limburg');
    const text = exportCsv(network, 'organisations') + exportCsv(network, 'contacts');
    for (const code of ['youth-protection', 'police-justice', 'veilig-thuis;', 'professional', 'aandachtsfunctionaris;']) {
      assert.ok(!text.includes(`;${code}`), `no code ${code} in a cell`);
    }
    const contacts = csvRows(network, 'contacts');
    const visibility = contacts[0]!.indexOf('Zichtbaarheid');
    assert.deepEqual(new Set(contacts.slice(1).map((r) => r[visibility])), new Set(['Alleen voor professionals', 'Publiek']));
    assert.ok(contacts.slice(1).some((r) => r[contacts[0]!.indexOf('Rol')] === 'Aandachtsfunctionaris'));
  });

  test('a reference whose name would lead elsewhere is written as its id', () => {
    const network = load('zuid-limburg');
    // Two organisations with the same name: a name would be read back as the first one.
    network.organisations[1]!.name = network.organisations[0]!.name;
    network.contacts![0]!.organisation = network.organisations[1]!.id;
    const contacts = csvRows(network, 'contacts');
    assert.equal(contacts[1]![contacts[0]!.indexOf('Organisatie')], network.organisations[1]!.id);
  });
});

describe('CSV preview: only real changes, field by field', () => {
  test('an export with 2 rows edited says "2 bijgewerkt", the others are unchanged, with per-field changes', () => {
    const network = load('zuid-limburg');
    const rows = csvRows(network, 'organisations');
    const col = (name: string) => rows[0]!.indexOf(name);
    const rvdk = rows.findIndex((r) => r[col('Id')] === 'raad-voor-de-kinderbescherming');
    const politie = rows.findIndex((r) => r[col('Id')] === 'politie');
    const oldDescription = rows[politie]![col('Omschrijving')]!;
    rows[rvdk]![col('AVE-fasen')] = 'AVE 3 | ave-4';
    rows[rvdk]![col('Telefoon')] = '088 123 45 67';
    rows[politie]![col('Omschrijving')] = '';
    const preview = previewOf(network, 'organisations', serializeCsv(rows));
    assert.equal(preview.updated, 2);
    assert.equal(preview.added, 0);
    assert.equal(preview.unchanged, network.organisations.length - 2);
    const changed = preview.rows.filter((r) => r.action === 'update');
    assert.deepEqual(
      changed.map((r) => r.changes),
      [
        [
          { field: 'phases', column: 'AVE-fasen', before: 'AVE 4', after: 'AVE 3 | AVE 4' },
          { field: 'phone', column: 'Telefoon', before: '', after: '088 123 45 67' },
        ],
        [{ field: 'description', column: 'Omschrijving', before: oldDescription, after: '' }],
      ],
    );
    const result = applyImport(network, preview);
    const after = result.organisations.find((o) => o.id === 'raad-voor-de-kinderbescherming')!;
    assert.deepEqual(after.phases, ['ave-3', 'ave-4']);
    assert.equal(result.organisations.find((o) => o.id === 'politie')!.description, undefined);
    assert.equal(result.organisations.filter((o, i) => o !== network.organisations[i]).length, 2, 'other organisations are the same objects');
  });

  test('the same references in another order, or other spelling of a label, are no change', () => {
    const network = load('zuid-limburg');
    const text = 'Id;AVE-fasen;Soort organisatie\r\nveilig-thuis-zuid-limburg;ave 4 | AVE 3 | Ave-2 | AVE 1;veilig thuis\r\n';
    const preview = previewOf(network, 'organisations', text);
    assert.deepEqual([preview.updated, preview.unchanged], [0, 1]);
  });

  test('an emptied cell of a field that is already empty is no change', () => {
    const network = load('zuid-limburg');
    const org = network.organisations.find((o) => !o.channels?.some((c) => c.type === 'phone'))!;
    const preview = previewOf(network, 'organisations', `Id;Telefoon;Korte naam\r\n${org.id};;${org.shortName ?? ''}\r\n`);
    assert.deepEqual([preview.updated, preview.unchanged], [0, 1]);
  });

  test('an id given for an organisation found by name shows as a change of its id', () => {
    const network = load('zuid-limburg');
    const org = network.organisations[2]!;
    const preview = previewOf(network, 'organisations', `Id;Naam\r\nnieuwe-sleutel;${org.name}\r\n`);
    assert.equal(preview.updated, 1);
    assert.deepEqual(preview.rows[0]!.changes, [{ field: 'id', column: 'Id', before: org.id, after: 'nieuwe-sleutel' }]);
  });
});
