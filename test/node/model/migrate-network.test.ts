// Migration 1.0 → 1.1 (src/model/migrate-network.ts) on both datasets, the examples and every fixture:
// valid 1.1 out, nothing lost (a round trip on the values), the input untouched, a summary of what changed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { migrateNetwork, serializeNetwork, validateNetwork } from '../../../src/model/index.js';
import { isRecord } from '../../../src/model/text.js';
import { deepFreeze, minimal, networkFiles, readText, root } from './helpers.js';

/** Every leaf value with its key, as a sorted list (a multiset), skipping schemaVersion. */
function leaves(value: unknown, key = '', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, key, out));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) leaves(v, k, out);
  else if (key !== 'schemaVersion') out.push(`${key === 'reasoning' ? 'note' : key}=${JSON.stringify(value)}`);
  return out;
}

/** The 1.0 side of the round trip: the "Fase afgeleid:" / "Afgeleid:" prefix is what the migration turns into structure. */
const before = (network: unknown) =>
  leaves(network)
    .map((l) => l.replace(/^note="(Fase afgeleid|Afgeleid)\s*:\s*/i, 'note="'))
    .sort();
/** The 1.1 side: without the certainty levels the migration adds. */
const after = (network: unknown) =>
  leaves(network)
    .filter((l) => l !== 'level="inferred"')
    .sort();

/** Every network file and fixture: the 1.0 ones are migrated, the others are left as they are. */
function oneZeroFiles(): Array<[string, unknown]> {
  const list: Array<[string, unknown]> = [];
  for (const file of networkFiles()) {
    const data = JSON.parse(readText(file)) as { schemaVersion?: string };
    list.push([file, data]);
  }
  const fixtureDirs = ['test/fixtures/v1-0', 'test/fixtures/invalid', 'test/browser/components/map/fixtures'];
  for (const dir of fixtureDirs) {
    for (const name of readdirSync(root + dir).filter((n) => n.endsWith('.json')).sort()) {
      let data: unknown;
      try {
        data = JSON.parse(readText(`${dir}/${name}`));
      } catch {
        continue; // not JSON at all: nothing to migrate (the parser reports it)
      }
      list.push([`${dir}/${name}`, data]);
    }
  }
  return list;
}

describe('migrateNetwork', () => {
  test('the 1.0 example becomes valid 1.1, and a 1.1 file is left as it is', () => {
    const network = minimal();
    assert.equal(network.schemaVersion, '1.0');
    const result = migrateNetwork(deepFreeze(network));
    assert.equal(result.migrated, true);
    assert.deepEqual(validateNetwork(result.network).problems, []);
    assert.equal((result.network as { schemaVersion: string }).schemaVersion, '1.1');
    const again = migrateNetwork(result.network);
    assert.equal(again.migrated, false);
    assert.equal(again.network, result.network);
    assert.deepEqual(again.changes, []);
  });

  test('"Fase afgeleid:" notes become structured inferred certainty, and say so in Dutch', () => {
    const network = minimal();
    network.organisations[0]!.sources = [
      { source: 'voorbeeld', lines: '1-2' },
      { source: 'voorbeeld', lines: '7', quote: 'citaat', note: 'Fase afgeleid: de bron noemt de fasen niet.' },
    ];
    network.relations![0]!.sources = [{ source: 'voorbeeld', note: 'Afgeleid: staat er niet letterlijk.' }];
    const result = migrateNetwork(network);
    const out = result.network as typeof network;
    assert.deepEqual(out.organisations[0]!.placementCertainty, {
      phases: { level: 'inferred', reasoning: 'de bron noemt de fasen niet.', sources: [{ source: 'voorbeeld', lines: '7', quote: 'citaat' }] },
    });
    assert.deepEqual(out.organisations[0]!.sources, [{ source: 'voorbeeld', lines: '1-2' }]);
    assert.deepEqual(out.relations![0]!.certainty, { level: 'inferred', reasoning: 'staat er niet letterlijk.', sources: [{ source: 'voorbeeld' }] });
    assert.equal(out.relations![0]!.sources, undefined);
    assert.deepEqual(result.changes.map((c) => c.path), ['/schemaVersion', '/organisations/0/placementCertainty/phases', '/relations/0/certainty']);
    assert.match(result.changes[1]!.message, /^Organisatie 'Meldpunt Voorbeeldregio \(fictief\)' .*"Fase afgeleid: …" is nu 'placementCertainty.phases' met zekerheid "inferred" \(afgeleid\)/);
    assert.match(migrateNetwork(network, { lang: 'en' }).changes[0]!.message, /is now "1.1"/);
    assert.deepEqual(validateNetwork(result.network).problems, []);
  });

  test('keys keep the file order; the new key goes right after phases, or before sources', () => {
    const network = minimal();
    network.organisations[0]!.sources = [{ source: 'voorbeeld' }, { source: 'voorbeeld', note: 'Fase afgeleid: x' }];
    const keys = Object.keys(network.organisations[0]!);
    const out = migrateNetwork(network).network as typeof network;
    const expected = [...keys];
    expected.splice(keys.indexOf('phases') + 1, 0, 'placementCertainty');
    assert.deepEqual(Object.keys(out.organisations[0]!), expected);
    network.relations![0]!.description = 'uitleg';
    network.relations![0]!.sources = [{ source: 'voorbeeld', note: 'Afgeleid: y' }];
    assert.deepEqual(Object.keys((migrateNetwork(network).network as typeof network).relations![0]!), ['from', 'to', 'type', 'description', 'certainty']);
    const text = serializeNetwork(out);
    assert.equal(serializeNetwork(JSON.parse(text)), text, 'the editor writes it in the schema order as always');
  });

  for (const [file, data] of oneZeroFiles()) {
    test(`${file}: nothing lost, input untouched, valid files stay valid`, () => {
      let frozen: unknown;
      try {
        frozen = deepFreeze(structuredClone(data));
        before(data);
      } catch {
        // Nested too deeply for these helpers (deep-nesting.json): migrating must not throw either.
        assert.doesNotThrow(() => migrateNetwork(data));
        return;
      }
      const wasValid = validateNetwork(data).valid;
      const oneZero = isRecord(data) && data.schemaVersion === '1.0';
      const result = migrateNetwork(frozen);
      assert.equal(result.migrated, oneZero);
      if (oneZero) assert.deepEqual(before(data), after(result.network), 'every value of the input is in the output, and nothing else');
      if (wasValid) assert.deepEqual(validateNetwork(result.network).problems, []);
      if (!oneZero) assert.equal(result.network, frozen);
    });
  }
});
