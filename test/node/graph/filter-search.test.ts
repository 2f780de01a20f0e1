import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { filterGraph } from '../../../src/graph/filter-graph.js';
import { EMPTY_FILTER, isEmptyFilter, type FilterState } from '../../../src/graph/filter-state.js';
import { searchNodes } from '../../../src/graph/search.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { dataNetworks, minimalNetwork } from './helpers.js';

/** The minimal example plus a few entities to filter and search on. */
function fixture(): GiaNetwork {
  const network = minimalNetwork();
  network.municipalities!.push({ id: 'dorp', name: 'Dorp' });
  network.specialisms!.push(
    { id: 'mensenhandel', name: 'Mensenhandel', category: 'violence-form', synonyms: ['uitbuiting'] },
    { id: 'eergerelateerd-geweld', name: 'Eergerelateerd geweld', category: 'violence-form', description: 'Geweld vanuit een érecode.' },
  );
  network.organisations.push(
    { id: 'zvh', name: 'Zorg- en Veiligheidshuis Voorbeeld', shortName: 'ZVH', type: 'zorg-en-veiligheidshuis', phases: ['ave-4'], specialisms: ['mensenhandel'] },
    { id: 'wijkteam-dorp', name: 'Wijkteam Dorp', type: 'local-team', municipalities: ['dorp'], phases: ['ave-1', 'ave-2'], specialisms: ['ouderenmishandeling'], description: 'Eerste aanspreekpunt in de wijk.' },
    { id: 'zorgcentrum', name: 'Zorgcentrum De Veilige Haven', type: 'care', municipalities: ['voorbeeldstad'], specialisms: ['mensenhandel'] },
  );
  return network;
}

const filter = (partial: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTER, ...partial });

describe('filterGraph', () => {
  const graph = deriveGraph(fixture());

  test('the empty filter shows everything', () => {
    const result = filterGraph(graph, EMPTY_FILTER);
    assert.equal(result.total, graph.nodes.length);
    assert.equal(result.visible.size, graph.nodes.length);
    assert.equal(result.counts.organisation, 4);
    assert.equal(result.counts.contact, 0);
    assert.ok(isEmptyFilter(EMPTY_FILTER));
    assert.ok(!isEmptyFilter(filter({ query: 'x' })));
  });

  test('kind filter; phase nodes are subject to the kind filter only', () => {
    const result = filterGraph(graph, filter({ kinds: ['organisation'] }));
    assert.deepEqual([...result.visible].sort(), ['meldpunt-voorbeeld', 'wijkteam-dorp', 'zorgcentrum', 'zvh']);
    const withPhases = filterGraph(graph, filter({ kinds: ['phase'], specialisms: ['mensenhandel'], query: 'xyz' }));
    assert.deepEqual([...withPhases.visible], ['ave-1', 'ave-2', 'ave-3', 'ave-4']);
  });

  test('specialism filter keeps nodes with the specialism and the specialism node itself', () => {
    const result = filterGraph(graph, filter({ specialisms: ['mensenhandel'] }));
    const ids = [...result.visible].filter((id) => !id.startsWith('ave-')).sort();
    assert.deepEqual(ids, ['mensenhandel', 'zorgcentrum', 'zvh']);
    assert.equal(result.counts.specialism, 1);
    assert.equal(result.counts.phase, 4);
    assert.equal(result.total, 7);
  });

  test('municipality filter: werkgebied includes it, or the whole region', () => {
    const result = filterGraph(graph, filter({ municipalities: ['dorp'], kinds: ['organisation'] }));
    assert.deepEqual([...result.visible].sort(), ['wijkteam-dorp', 'zvh']);
  });

  test('phase filter: acts in the phase; specialisms pass', () => {
    const result = filterGraph(graph, filter({ phases: ['ave-2'] }));
    const ids = [...result.visible].filter((id) => !id.startsWith('ave-')).sort();
    assert.deepEqual(ids, ['eergerelateerd-geweld', 'meldpunt-voorbeeld', 'mensenhandel', 'ouderenmishandeling', 'wijkteam-dorp']);
  });

  test('query: every word, case and accents folded', () => {
    const result = filterGraph(graph, filter({ query: 'ZORG veiligheidshuis', kinds: ['organisation'] }));
    assert.deepEqual([...result.visible], ['zvh']);
    const accents = filterGraph(graph, filter({ query: 'erecode', kinds: ['specialism'] }));
    assert.deepEqual([...accents.visible], ['eergerelateerd-geweld']);
  });

  test('facets combine (AND) and can leave nothing', () => {
    const result = filterGraph(graph, filter({ specialisms: ['mensenhandel'], municipalities: ['dorp'], kinds: ['organisation'] }));
    assert.deepEqual([...result.visible], ['zvh']);
    const none = filterGraph(graph, filter({ query: 'bestaat echt niet', kinds: ['organisation', 'meeting'] }));
    assert.equal(none.total, 0);
    assert.equal(none.visible.size, 0);
    assert.deepEqual(Object.values(none.counts), [0, 0, 0, 0, 0, 0]);
  });

  test('a malformed filter does not throw', () => {
    const result = filterGraph(graph, { kinds: 'organisation' as never, specialisms: null as never });
    assert.equal(result.total, graph.nodes.length);
  });
});

describe('searchNodes', () => {
  const graph = deriveGraph(fixture());
  const ids = (query: string, limit?: number) => searchNodes(graph, query, limit).map((r) => r.node.id);

  test('case and accents are folded', () => {
    assert.equal(ids('ouderenmishandeling')[0], 'ouderenmishandeling');
    assert.equal(ids('OUDERENMISHANDELING')[0], 'ouderenmishandeling');
    assert.equal(ids('ÓUDERENMISHANDELING')[0], 'ouderenmishandeling');
  });

  test('punctuation and spaces: "zorg en veiligheidshuis", "ouderen mishandeling"', () => {
    const [first] = searchNodes(graph, 'zorg en veiligheidshuis');
    assert.equal(first!.node.id, 'zvh');
    assert.equal(first!.matched, 'name');
    assert.equal(ids('ouderen mishandeling')[0], 'ouderenmishandeling');
  });

  test('synonyms and short names', () => {
    const [first] = searchNodes(graph, 'uitbuiting');
    assert.equal(first!.node.id, 'mensenhandel');
    assert.equal(first!.matched, 'synonym');
    assert.equal(ids('financieel misbruik')[0], 'ouderenmishandeling');
    assert.equal(ids('zvh')[0], 'zvh');
  });

  test('ranking: name prefix > word prefix > synonym > description', () => {
    const results = searchNodes(graph, 'zorg');
    // Both start with the query; the whole word "Zorg" ranks above the longer word "Zorgcentrum".
    assert.deepEqual(results.slice(0, 2).map((r) => r.node.id), ['zvh', 'zorgcentrum']);
    const haven = searchNodes(graph, 'haven');
    assert.equal(haven[0]!.node.id, 'zorgcentrum');
    assert.equal(haven[0]!.matched, 'name');
    const description = searchNodes(graph, 'aanspreekpunt');
    assert.equal(description[0]!.node.id, 'wijkteam-dorp');
    assert.equal(description[0]!.matched, 'description');
    for (let i = 1; i < description.length; i++) assert.ok(description[i - 1]!.score >= description[i]!.score);
    const mixed = searchNodes(graph, 'geweld');
    assert.equal(mixed[0]!.node.id, 'eergerelateerd-geweld');
  });

  test('limit, empty query and no match', () => {
    assert.equal(ids('e', 3).length, 3);
    assert.deepEqual(ids(''), []);
    assert.deepEqual(ids('   '), []);
    assert.deepEqual(ids('qqqqq'), []);
    assert.deepEqual(ids('zorg', 0), []);
  });

  for (const [name, network] of dataNetworks()) {
    test(`${name}: every node finds itself by its label`, () => {
      const dataGraph = deriveGraph(network);
      for (const node of dataGraph.nodes) {
        const results = searchNodes(dataGraph, node.label, 50);
        assert.ok(results.some((r) => r.node.id === node.id && r.matched === 'name'), `${node.id} "${node.label}"`);
      }
    });
  }
});
