import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { createSyntheticNetwork } from '../../../src/graph/synthetic-network.js';

describe('createSyntheticNetwork', () => {
  for (const size of [10, 200, 1000]) {
    test(`${size} nodes with ~3 links per node`, () => {
      const graph = deriveGraph(createSyntheticNetwork(size, { linksPerNode: 3, seed: 7 }));
      assert.equal(graph.nodes.length, size);
      assert.ok(Math.abs(graph.links.length - size * 3) <= size * 0.05 + 2, `${graph.links.length} links`);
      const kinds = new Set(graph.nodes.map((n) => n.kind));
      for (const kind of ['phase', 'organisation', 'specialism', 'meeting', 'intervention']) assert.ok(kinds.has(kind as never), kind);
    });
  }

  test('deterministic per seed, different across seeds', () => {
    const a = JSON.stringify(createSyntheticNetwork(300, { seed: 3 }));
    assert.equal(JSON.stringify(createSyntheticNetwork(300, { seed: 3 })), a);
    assert.notEqual(JSON.stringify(createSyntheticNetwork(300, { seed: 4 })), a);
  });

  test('ids follow the schema pattern and references resolve', () => {
    const network = createSyntheticNetwork(500);
    const ids = new Set<string>();
    const all = [
      ...network.escalationModel.phases,
      ...(network.municipalities ?? []),
      ...(network.specialisms ?? []),
      ...network.organisations,
      ...(network.meetings ?? []),
      ...(network.interventions ?? []),
    ];
    for (const { id } of all) {
      assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(!ids.has(id), `duplicate ${id}`);
      ids.add(id);
    }
    for (const relation of network.relations ?? []) assert.ok(ids.has(relation.from) && ids.has(relation.to));
    for (const org of network.organisations) for (const ref of [...(org.phases ?? []), ...(org.specialisms ?? []), ...(org.municipalities ?? [])]) assert.ok(ids.has(ref));
  });
});

describe('createSyntheticNetwork against the JSON Schema', () => {
  test('200 and 2,000 nodes validate (generated Ajv validator)', async () => {
    const { default: validate } = await import('../../../src/model/generated/schema-validator.js');
    for (const size of [200, 2000]) {
      const ok = validate(createSyntheticNetwork(size));
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
    }
  });
});
