// The list view's grouping and texts: pure functions, tested on the Zuid-Limburg network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { deriveGraph } from '../../../../src/graph/derive-graph.js';
import { EMPTY_FILTER, type FilterState } from '../../../../src/graph/filter-state.js';
import { groupNodes, listFilterResult, toGroupBy } from '../../../../src/components/list/list-groups.js';
import { itemMeta, phaseNames, resultSentence } from '../../../../src/components/list/list-text.js';
import { loadLang } from '../../../../src/i18n/localize.js';

const network = JSON.parse(readFileSync(new URL('../../../../data/zuid-limburg.json', import.meta.url), 'utf8')) as GiaNetwork;
const graph = deriveGraph(network, { mode: 'professional' });
const filter = (f: Partial<FilterState>): FilterState => ({ ...structuredClone(EMPTY_FILTER), ...f });

function listed(groups: ReturnType<typeof groupNodes>): Set<string> {
  const ids = new Set<string>();
  for (const g of groups) {
    if (g.heading && g.headingVisible) ids.add(g.heading.id);
    for (const item of g.items) ids.add(item.id);
  }
  return ids;
}

test('every node is listed in every grouping', () => {
  for (const groupBy of ['specialism', 'organisation', 'phase'] as const) {
    assert.deepEqual(listed(groupNodes(graph, undefined, groupBy)), new Set(graph.nodes.map((n) => n.id)), groupBy);
  }
});

test('specialism groups hold the nodes with that specialism, sorted by kind then label', () => {
  const groups = groupNodes(graph, undefined, 'specialism');
  const mensenhandel = groups.find((g) => g.key === 'mensenhandel')!;
  assert.ok(mensenhandel.items.some((n) => n.id === 'aanspreekpunt-mensenhandel-heerlen'));
  for (const item of mensenhandel.items) assert.ok(item.specialisms.includes('mensenhandel'));
  const kinds = mensenhandel.items.map((n) => n.kind);
  const order = ['phase', 'organisation', 'meeting', 'intervention', 'specialism', 'contact'];
  assert.deepEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)), kinds);
});

test('phase groups follow the escalation order; organisation groups hold contacts and meetings', () => {
  assert.deepEqual(
    groupNodes(graph, undefined, 'phase').slice(0, 4).map((g) => g.key),
    ['ave-1', 'ave-2', 'ave-3', 'ave-4'],
  );
  const heerlen = groupNodes(graph, undefined, 'organisation').find((g) => g.key === 'gemeente-heerlen')!;
  assert.ok(heerlen.items.some((n) => n.id === 'aanspreekpunt-mensenhandel-heerlen'));
});

test('filtering: hidden headings stay as plain text while members remain; phases only when asked for', () => {
  const result = listFilterResult(graph, filter({ kinds: ['organisation'] }));
  assert.equal(result.counts.phase, 0);
  const groups = groupNodes(graph, result.visible, 'specialism');
  assert.ok(groups.length > 0);
  for (const g of groups) {
    assert.equal(g.headingVisible, false);
    for (const item of g.items) assert.equal(item.kind, 'organisation');
  }
  assert.equal(listFilterResult(graph, filter({ query: 'zzzz' })).total, 0);
  assert.equal(listFilterResult(graph, filter({ kinds: ['phase'] })).counts.phase, 4);
  assert.equal(listFilterResult(graph, filter({ query: 'AVE 3' })).visible.has('ave-3'), true);
  assert.equal(listFilterResult(graph, EMPTY_FILTER as FilterState).total, graph.nodes.length);
});

test('toGroupBy falls back to specialism; an empty graph gives no groups', () => {
  assert.equal(toGroupBy('phase'), 'phase');
  assert.equal(toGroupBy('nonsense'), 'specialism');
  assert.equal(toGroupBy(undefined), 'specialism');
  assert.deepEqual(groupNodes(deriveGraph({} as GiaNetwork), undefined, 'organisation'), []);
});

test('result sentences and item lines, Dutch and English', async () => {
  await loadLang('en'); // the English map catalogue (kind names) is a lazy chunk, as in the components
  const orgs = listFilterResult(graph, filter({ kinds: ['organisation'] }));
  assert.equal(resultSentence('nl', orgs, true), `${network.organisations.length} organisaties gevonden.`);
  assert.equal(resultSentence('en', orgs, true), `${network.organisations.length} organisations found.`);
  const mixed = listFilterResult(graph, filter({ specialisms: ['mensenhandel'] }));
  assert.match(resultSentence('nl', mixed, true), /^\d+ onderdelen gevonden: .+ en .+\.$/);
  assert.equal(resultSentence('nl', listFilterResult(graph, filter({ query: 'zzzz' })), true), 'Geen onderdelen gevonden.');
  assert.match(resultSentence('nl', listFilterResult(graph, EMPTY_FILTER), false), /^Het netwerk heeft \d+ onderdelen\.$/);
  const vt = graph.byId.get('veilig-thuis-zuid-limburg')!;
  assert.match(itemMeta('nl', graph, vt), /^Organisatie · .*AVE .* · \d+ verbindingen$/);
  assert.match(phaseNames('nl', graph, vt), /^AVE \d( en \d)?|AVE \d(, \d)* en \d$/);
});
