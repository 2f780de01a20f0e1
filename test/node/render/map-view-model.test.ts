import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { EMPTY_FILTER } from '../../../src/graph/filter-state.js';
import type { HelpResult } from '../../../src/graph/find-help.js';
import { createSyntheticNetwork } from '../../../src/graph/synthetic-network.js';
import { createMapViewModel, type LabelFrame, type MapViewState } from '../../../src/render/map-view-model.js';
import { cleanFilter, sameFilter } from '../../../src/graph/filter-state.js';
import { minimalNetwork } from '../graph/helpers.js';
import * as labelKit from '../../../src/render/map-labels.js';
import * as aveKit from '../../../src/render/ave-links.js';

const network = minimalNetwork();
const graph = deriveGraph(network, { mode: 'public' });
const base: MapViewState = { filter: cleanFilter(EMPTY_FILTER), mode: 'public', lang: 'nl', ave: false, graphFocused: false, labelKit, aveKit };

function frame(graphNodes = graph.nodes): LabelFrame {
  const positions = new Map(graphNodes.map((n, i) => [n.id, { x: (i % 5) * 120, y: Math.floor(i / 5) * 80 }]));
  return { positions, version: 1, settled: true, transform: { x: 0, y: 0, k: 1 }, width: 800, height: 600 };
}

describe('map view model', () => {
  test('the filter result and the visible nodes are kept while graph and filter are the same', () => {
    const model = createMapViewModel();
    const first = model(graph, base);
    assert.equal(first.filter.total, graph.nodes.length);
    assert.equal(first.nodes.length, graph.nodes.length);
    const again = model(graph, { ...base, hoverId: graph.nodes[0]!.id });
    assert.equal(again.filter, first.filter);
    assert.equal(again.nodes, first.nodes);
    const kinds = model(graph, { ...base, filter: cleanFilter({ kinds: ['organisation'] }) });
    assert.notEqual(kinds.filter, first.filter);
    assert.ok(kinds.nodes.length > 0 && kinds.nodes.every((n) => n.kind === 'organisation'));
    assert.equal(kinds.filter.total, kinds.nodes.length);
  });

  test('the tab stop is the focused node, else the selected one, else the first visible node', () => {
    const model = createMapViewModel();
    const [a, b] = graph.nodes;
    assert.equal(model(graph, base).tabStop, a!.id);
    assert.equal(model(graph, { ...base, selected: b!.id }).tabStop, b!.id);
    assert.equal(model(graph, { ...base, selected: b!.id, focusedId: a!.id }).tabStop, a!.id);
    const organisations = cleanFilter({ kinds: ['organisation'] });
    const hidden = graph.nodes.find((n) => n.kind !== 'organisation')!;
    const view = model(graph, { ...base, filter: organisations, focusedId: hidden.id });
    assert.equal(view.tabStop, view.nodes[0]!.id);
  });

  test('the emphasis is the hovered (or focused) node with its neighbours', () => {
    const model = createMapViewModel();
    const center = graph.nodes.find((n) => (graph.neighbours.get(n.id)?.size ?? 0) > 0)!;
    assert.equal(model(graph, base).emphasis, undefined);
    assert.equal(model(graph, { ...base, focusedId: center.id }).emphasis, undefined, 'focus counts only while the graph has it');
    const hovered = model(graph, { ...base, hoverId: center.id }).emphasis!;
    assert.deepEqual([...hovered].sort(), [center.id, ...graph.neighbours.get(center.id)!].sort());
    assert.equal(model(graph, { ...base, focusedId: center.id, graphFocused: true }).emphasis, hovered, 'the same centre: the same set');
  });

  test('names are accessible names, the selected node says so', () => {
    const model = createMapViewModel();
    const node = graph.nodes.find((n) => n.kind === 'organisation')!;
    const plain = model(graph, base).name(node);
    assert.ok(plain.startsWith(node.label), plain);
    assert.equal(model(graph, { ...base, selected: node.id }).name(node), `${plain}, geselecteerd`);
    assert.equal(model(graph, base).name, model(graph, { ...base, hoverId: node.id }).name, 'kept while lang and selection are the same');
  });

  test('the AVE layout draws no in-phase links; the canvas links are all links between visible nodes but the specialism links', () => {
    const model = createMapViewModel();
    assert.ok(graph.links.some((l) => l.type === 'in-phase'));
    const force = model(graph, base);
    assert.equal(force.domLinks.length, graph.links.length);
    assert.equal(force.canvasLinks.length, graph.links.length);
    const ave = model(graph, { ...base, ave: true });
    assert.ok(ave.domLinks.length > 0 && ave.domLinks.every((l) => l.type !== 'in-phase'));
    assert.equal(ave.canvasLinks.length, graph.links.filter((l) => l.type !== 'has-specialism' && l.type !== 'funds').length);
  });

  // Issue 15: in the AVE layout the specialism links would cross the whole map (phases and lanes above, the
  // specialisms grouped below); they are drawn only for the nodes in view.
  describe('the AVE layout draws the has-specialism links of the nodes in view only', () => {
    const specialised = (link: { type: string }) => link.type === 'has-specialism';
    const org = graph.nodes.find((n) => graph.links.some((l) => specialised(l) && l.source === n.id))!;
    const own = graph.links.filter((l) => specialised(l) && (l.source === org.id || l.target === org.id));
    const ids = (links: readonly { id: string }[]) => links.map((l) => l.id).sort();
    const quiet = <T extends { type: string }>(links: readonly T[]) => links.filter(specialised);

    test('none at rest; the force layout draws them all', () => {
      assert.ok(own.length > 0, 'the network has an organisation with specialisms');
      const model = createMapViewModel();
      assert.deepEqual(quiet(model(graph, { ...base, ave: true }).domLinks), []);
      assert.equal(quiet(model(graph, base).domLinks).length, graph.links.filter(specialised).length);
    });

    for (const [what, extra] of [
      ['selected', { selected: org.id }],
      ['hovered', { hoverId: org.id }],
      ['focused', { focusedId: org.id, graphFocused: true }],
    ] as const) {
      test(`those of the ${what} node, after the other links`, () => {
        const view = createMapViewModel()(graph, { ...base, ave: true, ...extra });
        assert.deepEqual(ids(quiet(view.domLinks)), ids(own));
        assert.deepEqual(view.domLinks.slice(-own.length).map((l) => l.type), own.map(() => 'has-specialism'));
      });
    }

    test('until the AVE link code (a lazy chunk) is in, the links are those of the force layout; then the quiet ones go', () => {
      const model = createMapViewModel();
      const before = model(graph, { ...base, ave: true, aveKit: undefined });
      assert.equal(quiet(before.domLinks).length, graph.links.filter(specialised).length);
      assert.equal(before.receding, undefined);
      assert.deepEqual(quiet(model(graph, { ...base, ave: true }).domLinks), []);
    });

    test('a focus the graph no longer has shows none; the canvas follows selection and focus, not hover', () => {
      const model = createMapViewModel();
      assert.deepEqual(quiet(model(graph, { ...base, ave: true, focusedId: org.id }).domLinks), []);
      assert.deepEqual(quiet(model(graph, { ...base, ave: true, hoverId: org.id }).canvasLinks), []);
      assert.deepEqual(ids(quiet(model(graph, { ...base, ave: true, selected: org.id }).canvasLinks)), ids(own));
    });

    test('those of the highlighted nodes (a help result)', () => {
      const findHelp = (): HelpResult => {
        const item = { id: org.id } as HelpResult['organisations'][number];
        return { query: { specialism: 's', mode: 'public' }, contacts: [], organisations: [item], meetings: [], interventions: [], total: 1, noContact: true, fallback: [] };
      };
      const view = createMapViewModel()(graph, { ...base, ave: true, help: { specialism: 's' }, network, findHelp });
      assert.deepEqual(ids(quiet(view.domLinks)), ids(own));
    });

    test('the link list is kept while the nodes in view are the same', () => {
      const model = createMapViewModel();
      const first = model(graph, { ...base, ave: true, selected: org.id }).domLinks;
      assert.equal(model(graph, { ...base, ave: true, selected: org.id, focusedId: org.id }).domLinks, first, 'focus outside the graph');
      assert.notEqual(model(graph, { ...base, ave: true }).domLinks, first);
    });
  });

  test('the help result is asked of the help finder once per question, and its nodes are highlighted', () => {
    const model = createMapViewModel();
    const org = graph.nodes.find((n) => n.kind === 'organisation')!;
    let calls = 0;
    const findHelp = (): HelpResult => {
      calls++;
      const item = { id: org.id } as HelpResult['organisations'][number];
      return { query: { specialism: 's', mode: 'public' }, contacts: [], organisations: [item], meetings: [], interventions: [], total: 1, noContact: true, fallback: [] };
    };
    const help = { specialism: 's' };
    assert.equal(model(graph, { ...base, help, network }).help, undefined, 'no help finder yet: no result');
    const state = { ...base, help, network, findHelp };
    const view = model(graph, state);
    assert.equal(view.help?.total, 1);
    assert.deepEqual([...view.highlighted!], [org.id]);
    model(graph, { ...state, hoverId: org.id });
    assert.equal(calls, 1);
    model(graph, { ...state, help: { specialism: 't' } });
    assert.equal(calls, 2);
  });

  test('without the lazy label code there are no labels yet (they follow when it is in)', () => {
    const view = createMapViewModel()(graph, { ...base, labelKit: undefined });
    assert.equal(view.labels(frame()).size, 0);
  });

  test('labels are placed on demand and kept for the same frame; a new zoom or layout version places them again', () => {
    const model = createMapViewModel();
    const view = model(graph, base);
    const at = frame();
    const labels = view.labels(at);
    assert.ok(labels.size > 0);
    assert.equal(model(graph, base).labels({ ...at }), labels);
    assert.notEqual(view.labels({ ...at, version: 2 }), labels);
    assert.notEqual(view.labels({ ...at, version: 2, transform: { x: 0, y: 0, k: 2 } }), labels);
  });

  test('above the canvas threshold: only the tab stop and the selected node are in the DOM, no SVG links, no emphasis', () => {
    const big = deriveGraph(createSyntheticNetwork(700), { mode: 'public' });
    const model = createMapViewModel();
    const selected = big.nodes[5]!.id;
    const view = model(big, { ...base, selected, focusedId: big.nodes[0]!.id, hoverId: big.nodes[1]!.id });
    assert.equal(view.useCanvas, true);
    assert.deepEqual(view.domNodes.map((n) => n.id).sort(), [big.nodes[0]!.id, selected].sort());
    assert.deepEqual(view.domLinks, []);
    assert.equal(view.emphasis, undefined);
    assert.equal(model(graph, base).useCanvas, false);
  });

  test('a "Wie mag wat?" chain is highlighted and named in professional mode only, added to a help result', () => {
    const model = createMapViewModel();
    const a = graph.nodes.find((n) => n.kind === 'organisation');
    const b = graph.nodes.find((n) => n !== a && n.kind !== 'phase');
    const chain = new Set([a!.id]);
    const pro = model(graph, { ...base, mode: 'professional', chain });
    assert.deepEqual([...pro.highlighted!], [a!.id]);
    assert.equal(pro.chain, chain);
    assert.match(pro.name(a!), /in de gekozen keten$/);
    assert.doesNotMatch(pro.name(b!), /keten/);
    const help = { contacts: [], organisations: [{ id: b!.id }], meetings: [], interventions: [] } as unknown as HelpResult;
    const both = model(graph, { ...base, mode: 'professional', chain, help: { specialism: 'x' }, network, findHelp: () => help });
    assert.deepEqual([...both.highlighted!].sort(), [a!.id, b!.id].sort());
    const pub = model(graph, { ...base, chain });
    assert.equal(pub.highlighted, undefined);
    assert.equal(pub.chain, undefined);
    assert.doesNotMatch(pub.name(a!), /keten/);
  });

  test('cleanFilter keeps the known shape; sameFilter compares by value', () => {
    const clean = cleanFilter({ kinds: ['organisation', 'nonsense' as never], query: 7 as never, phases: [1 as never, 'ave-1'] });
    assert.deepEqual(clean, { specialisms: [], kinds: ['organisation'], phases: ['ave-1'], municipalities: [], query: '' });
    assert.equal(sameFilter(clean, cleanFilter(clean)), true);
    assert.equal(sameFilter(clean, cleanFilter(undefined)), false);
  });
});

// Issue 15: in the AVE layout the lines between the groups below and the phases or lanes are drawn light at rest.
describe('map view model: receding links in the AVE layout', () => {
  const below = (id: string) => {
    const node = graph.byId.get(id)!;
    return node.kind !== 'phase' && node.phases.length === 0 && !(node.tracks?.length ?? 0);
  };

  test('none in the force layout; in the AVE layout exactly the drawn links between below and above', () => {
    const model = createMapViewModel();
    assert.equal(model(graph, base).receding, undefined);
    const ave = model(graph, { ...base, ave: true });
    const expected = ave.domLinks.filter((l) => below(l.source) !== below(l.target)).map((l) => l.id);
    assert.ok(expected.length > 0, 'the network has links between the groups below and the phases');
    assert.deepEqual([...ave.receding!].sort(), expected.sort());
  });

  test('not those of the selected node', () => {
    const ave = createMapViewModel()(graph, { ...base, ave: true });
    const link = ave.domLinks.find((l) => ave.receding!.has(l.id))!;
    const selected = createMapViewModel()(graph, { ...base, ave: true, selected: link.source });
    assert.equal([...selected.receding!].some((id) => id.startsWith(`${link.source}|`) || id.endsWith(`|${link.source}`)), false);
  });
});
