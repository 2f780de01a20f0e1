import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { findHelp } from '../../../src/graph/find-help.js';
import { compileQuery, filterGraph, nodePassesFilter, topicsMatching } from '../../../src/graph/filter-graph.js';
import { EMPTY_FILTER } from '../../../src/graph/filter-state.js';
import { searchNodes } from '../../../src/graph/search.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { loadJson } from './helpers.js';

const rotterdam = loadJson<GiaNetwork>('data/rotterdam-rijnmond.json');

describe('search by topic', () => {
  for (const mode of ['public', 'professional'] as const) {
    test(`${mode}: "ouderenmishandeling" finds the organisations the help finder returns for that topic`, () => {
      const graph = deriveGraph(rotterdam, { mode });
      const help = findHelp(rotterdam, graph, { specialism: 'ouderenmishandeling', mode });
      assert.ok(help.organisations.length >= 2, 'the help finder returns organisations');
      const visible = filterGraph(graph, { ...EMPTY_FILTER, query: 'ouderenmishandeling' }).visible;
      for (const { id } of [...help.organisations, ...help.meetings, ...help.interventions]) assert.ok(visible.has(id), `${id} visible`);
      const found = new Set(searchNodes(graph, 'ouderenmishandeling', 100).map((r) => r.node.id));
      for (const { id } of help.organisations) assert.ok(found.has(id), `${id} suggested`);
      const result = searchNodes(graph, 'ouderenmishandeling', 100);
      assert.equal(result[0]!.node.id, 'ouderenmishandeling', 'the topic itself first');
      assert.equal(result.find((r) => r.node.id === help.organisations[0]!.id)!.matched, 'topic');
    });
  }

  test('a synonym of a specialism finds who works on it', () => {
    const graph = deriveGraph(rotterdam, { mode: 'public' });
    assert.deepEqual([...topicsMatching(graph, compileQuery('financieel misbruik'))], ['ouderenmishandeling']);
    const visible = filterGraph(graph, { ...EMPTY_FILTER, query: 'financieel misbruik' }).visible;
    assert.ok(visible.has('veilig-thuis-rotterdam-rijnmond'));
  });

  test('nodes not linked to the topic, and specialisms and contacts linked to it, are not found through the topic', () => {
    const graph = deriveGraph(rotterdam, { mode: 'professional' });
    const topics = topicsMatching(graph, compileQuery('ouderenmishandeling'));
    for (const node of graph.nodes) {
      const passes = nodePassesFilter(node, { query: 'ouderenmishandeling' }, graph);
      const linked = ['organisation', 'meeting', 'intervention'].includes(node.kind) && node.specialisms.some((s) => topics.has(s));
      if (linked) assert.ok(passes, node.id);
      else assert.equal(passes, nodePassesFilter(node, { query: 'ouderenmishandeling' }), node.id);
    }
  });

  test('a short start of a word names no topic', () => {
    const graph = deriveGraph(rotterdam, { mode: 'public' });
    assert.equal(topicsMatching(graph, compileQuery('ge')).size, 0);
    assert.ok(topicsMatching(graph, compileQuery('ouderen')).has('ouderenmishandeling'));
  });
});
