import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateNodeCount } from '../../../src/graph/network-size.js';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { createSyntheticNetwork } from '../../../src/graph/synthetic-network.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { readFileSync } from 'node:fs';

describe('estimateNodeCount', () => {
  test('counts what deriveGraph makes nodes of, contacts only in professional mode', () => {
    for (const file of ['zuid-limburg.json', 'rotterdam-rijnmond.json']) {
      const network = JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')) as GiaNetwork;
      for (const mode of ['public', 'professional'] as const) {
        assert.equal(estimateNodeCount(network, mode), deriveGraph(network, { mode }).nodes.length, `${file} ${mode}`);
      }
    }
    assert.equal(estimateNodeCount(createSyntheticNetwork(1000), 'public'), 1000);
  });

  test('never throws on bad input', () => {
    for (const bad of [null, undefined, 3, 'x', [], { organisations: 'no' }, { escalationModel: null }]) {
      assert.equal(estimateNodeCount(bad, 'public'), 0);
    }
  });
});
