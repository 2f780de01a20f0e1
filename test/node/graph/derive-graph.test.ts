import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveGraph, normalizeText, CONTACT_ROLE_NAMES } from '../../../src/graph/derive-graph.js';
import { NODE_KINDS, type NetworkGraph, type NodeKind } from '../../../src/graph/types.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { allStrings, dataNetworks, minimalNetwork } from './helpers.js';

function countKinds(graph: NetworkGraph): Record<NodeKind, number> {
  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const node of graph.nodes) counts[node.kind]++;
  return counts;
}

describe('normalizeText', () => {
  test('lower-cases, strips accents and folds punctuation', () => {
    assert.equal(normalizeText('Zorg- en Veiligheidshuis'), 'zorg en veiligheidshuis');
    assert.equal(normalizeText('  Één  Café—Ruïne '), 'een cafe ruine');
    assert.equal(normalizeText('MDA++'), 'mda');
    assert.equal(normalizeText(undefined), '');
    assert.equal(normalizeText(42), '');
  });

  test('plain ASCII text folds exactly as the Unicode path does', () => {
    const unicodeFold = (t: string) =>
      t.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const samples = ['Veilig Thuis (VT) — 0800-2000', 'MDA++ / Zorg- en Veiligheidshuis', "ex-partner_stalking; 24/7!", '\t A\nB \u007f', ''];
    for (let code = 0; code < 128; code++) samples.push(`x${String.fromCharCode(code)}Y`);
    for (const sample of samples) assert.equal(normalizeText(sample), unicodeFold(sample), JSON.stringify(sample));
  });
});

describe('deriveGraph: search text', () => {
  test('is folded when first read, and the same as folding the parts at once', () => {
    const graph = deriveGraph(minimalNetwork(), { mode: 'public' });
    for (const node of graph.nodes) {
      assert.equal(typeof node.searchText, 'string');
      assert.equal(node.searchText, normalizeText(node.searchText));
      assert.ok(node.searchText.includes(normalizeText(node.label)), node.id);
    }
    const copy = { ...graph.nodes[0]! };
    assert.equal(copy.searchText, graph.nodes[0]!.searchText);
  });
});

describe('deriveGraph on schema/examples/minimal.json', () => {
  test('public mode: counts per kind, no contact nodes', () => {
    const graph = deriveGraph(minimalNetwork(), { mode: 'public' });
    assert.deepEqual(countKinds(graph), { phase: 4, organisation: 1, meeting: 1, intervention: 1, specialism: 1, contact: 0 });
  });

  test('the default mode is public', () => {
    assert.equal(countKinds(deriveGraph(minimalNetwork())).contact, 0);
  });

  test('professional mode: the contact is a node labelled with the name', () => {
    const graph = deriveGraph(minimalNetwork(), { mode: 'professional' });
    assert.deepEqual(countKinds(graph), { phase: 4, organisation: 1, meeting: 1, intervention: 1, specialism: 1, contact: 1 });
    const contact = graph.byId.get('af-meldpunt')!;
    assert.equal(contact.label, 'Voorbeeld Persoon (fictief)');
    assert.match(contact.subtitle ?? '', /^Aandachtsfunctionaris /);
    assert.ok(graph.links.some((l) => l.id === 'af-meldpunt|works-at|meldpunt-voorbeeld'));
    assert.ok(graph.links.some((l) => l.id === 'af-meldpunt|has-specialism|ouderenmishandeling'));
  });

  test('professional mode: a contact without a name gets the Dutch role and organisation', () => {
    const network = minimalNetwork();
    delete network.contacts![0]!.name;
    const graph = deriveGraph(network, { mode: 'professional' });
    assert.equal(graph.byId.get('af-meldpunt')!.label, `${CONTACT_ROLE_NAMES.aandachtsfunctionaris} Meldpunt Voorbeeldregio (fictief)`);
  });

  test('structural links and relations, and degrees that match the links', () => {
    const graph = deriveGraph(minimalNetwork());
    const ids = graph.links.map((l) => l.id);
    for (const expected of [
      'ave-1|next-phase|ave-2',
      'ave-2|next-phase|ave-3',
      'ave-3|next-phase|ave-4',
      'meldpunt-voorbeeld|has-specialism|ouderenmishandeling',
      'meldpunt-voorbeeld|in-phase|ave-2',
      'meldpunt-voorbeeld|in-phase|ave-3',
      'mda-voorbeeld|in-phase|ave-4',
      'meldpunt-voorbeeld|member-of|mda-voorbeeld',
      'training-voorbeeld|provided-by|meldpunt-voorbeeld',
      'meldpunt-voorbeeld|participates-in|mda-voorbeeld',
    ]) {
      assert.ok(ids.includes(expected), `missing link ${expected}`);
    }
    assert.equal(ids.length, 10);
    assert.equal(new Set(ids).size, ids.length, 'link ids are unique');
    for (const node of graph.nodes) {
      const degree = graph.links.filter((l) => l.source === node.id || l.target === node.id).length;
      assert.equal(node.degree, degree, `degree of ${node.id}`);
    }
    assert.deepEqual([...graph.neighbours.get('mda-voorbeeld')!].sort(), ['ave-4', 'meldpunt-voorbeeld']);
  });

  test('node fields: phases, phaseOrder, specialisms, municipalities, searchText', () => {
    const graph = deriveGraph(minimalNetwork());
    const org = graph.byId.get('meldpunt-voorbeeld')!;
    assert.deepEqual(org.phases, ['ave-2', 'ave-3']);
    assert.equal(org.phaseOrder, 2);
    assert.deepEqual(org.specialisms, ['ouderenmishandeling']);
    assert.deepEqual(org.municipalities, ['voorbeeldstad']);
    assert.equal(org.fictitious, true);
    const phase = graph.byId.get('ave-3')!;
    assert.deepEqual(phase.phases, ['ave-3']);
    assert.equal(phase.phaseOrder, 3);
    const specialism = graph.byId.get('ouderenmishandeling')!;
    assert.deepEqual(specialism.specialisms, ['ouderenmishandeling']);
    assert.equal(specialism.searchText, 'ouderenmishandeling financieel misbruik van ouderen');
    assert.equal(graph.byId.get('training-voorbeeld')!.phaseOrder, undefined);
  });

  test('deterministic order: phases by order, then kinds in NODE_KINDS order, then id', () => {
    const network = minimalNetwork();
    network.escalationModel.phases.reverse();
    network.organisations.push({ id: 'aaa-eerst', name: 'Zzz', type: 'care' }, { id: 'zzz-laatst', name: 'Aaa', type: 'care' });
    const graph = deriveGraph(network, { mode: 'professional' });
    assert.deepEqual(
      graph.nodes.map((n) => n.id),
      ['ave-1', 'ave-2', 'ave-3', 'ave-4', 'aaa-eerst', 'meldpunt-voorbeeld', 'zzz-laatst', 'mda-voorbeeld', 'training-voorbeeld', 'ouderenmishandeling', 'af-meldpunt'],
    );
    // Same input twice gives the same graph.
    assert.deepEqual(JSON.stringify(deriveGraph(network).nodes), JSON.stringify(deriveGraph(structuredClone(network)).nodes));
  });

  test('the network is not mutated', () => {
    const network = minimalNetwork();
    const before = JSON.stringify(network);
    deriveGraph(network, { mode: 'professional' });
    assert.equal(JSON.stringify(network), before);
  });
});

describe('deriveGraph link de-duplication', () => {
  test('a part-of relation that repeats parent is drawn once, as parent', () => {
    const network = minimalNetwork();
    const parentId = network.organisations[0]!.id;
    network.organisations.push({ ...network.organisations[0]!, id: 'afdeling-voorbeeld', name: 'Afdeling', parent: parentId });
    network.relations = [...(network.relations ?? []), { from: 'afdeling-voorbeeld', to: parentId, type: 'part-of' }];
    const between = deriveGraph(network).links.filter((l) => l.source === 'afdeling-voorbeeld' && l.target === parentId);
    assert.deepEqual(between.map((l) => l.type), ['parent']);
  });
});

describe('deriveGraph privacy', () => {
  const networks: Array<[string, GiaNetwork]> = [['minimal.json', minimalNetwork()], ...dataNetworks()];
  for (const [name, network] of networks) {
    test(`${name}: public graph has no contact nodes and no contact data anywhere`, () => {
      const graph = deriveGraph(network, { mode: 'public' });
      assert.equal(graph.nodes.filter((n) => n.kind === 'contact').length, 0);
      const contactIds = new Set((network.contacts ?? []).map((c) => c.id));
      const text = JSON.stringify({ nodes: graph.nodes, links: graph.links });
      for (const id of contactIds) {
        assert.ok(!graph.byId.has(id), `${id} is a node`);
        assert.ok(!graph.links.some((l) => l.source === id || l.target === id), `${id} is linked`);
      }
      // Personal fields (names, channels, notes) must not occur in any node or link.
      for (const contact of network.contacts ?? []) {
        const personal = [contact.name, contact.notes, ...allStrings(contact.channels)].filter(
          (s): s is string => typeof s === 'string' && s.length >= 4,
        );
        for (const value of personal) assert.ok(!text.includes(value), `personal data "${value}" leaked into the public graph`);
        if (contact.name) assert.ok(!text.includes(normalizeText(contact.name)), 'normalised name leaked into searchText');
      }
    });

    test(`${name}: every link endpoint is a node, counts are consistent`, () => {
      for (const mode of ['public', 'professional'] as const) {
        const graph = deriveGraph(network, { mode });
        for (const link of graph.links) {
          assert.ok(graph.byId.has(link.source) && graph.byId.has(link.target), link.id);
        }
        assert.equal(graph.byId.size, graph.nodes.length);
        if (mode === 'professional') {
          assert.equal(graph.nodes.filter((n) => n.kind === 'contact').length, new Set((network.contacts ?? []).map((c) => c.id)).size);
        }
      }
    });
  }
});

describe('deriveGraph on partially invalid input', () => {
  test('dangling references, duplicates and junk never throw', () => {
    const network = minimalNetwork() as unknown as Record<string, unknown> & GiaNetwork;
    network.relations!.push(
      { from: 'bestaat-niet', to: 'meldpunt-voorbeeld', type: 'refers-to' },
      { from: 'meldpunt-voorbeeld', to: 'meldpunt-voorbeeld', type: 'refers-to' },
      { from: 'meldpunt-voorbeeld', to: 'mda-voorbeeld', type: 'onbekend' as never },
    );
    network.organisations.push(
      { id: 'meldpunt-voorbeeld', name: 'Dubbel', type: 'care' },
      { id: 'kind', name: 'Kind', type: 'care', parent: 'weg', specialisms: ['nergens'], phases: ['ave-9'] },
      null as never,
      { name: 'Zonder id' } as never,
    );
    network.meetings!.push({ id: 'm2', name: 'M2', type: 'mda', members: ['weg', 'kind'], chair: { organisations: ['weg'] } });
    (network.interventions as unknown) = 'geen lijst';
    const graph = deriveGraph(network, { mode: 'professional' });
    assert.equal(graph.byId.get('meldpunt-voorbeeld')!.label, 'Meldpunt Voorbeeldregio (fictief)', 'first of a duplicate id wins');
    assert.deepEqual(graph.byId.get('kind')!.phases, [], 'unknown phases are dropped');
    assert.equal(graph.byId.get('kind')!.phaseOrder, undefined);
    assert.ok(graph.links.some((l) => l.id === 'kind|member-of|m2'));
    assert.ok(!graph.links.some((l) => l.source === 'weg' || l.target === 'weg' || l.target === 'nergens'));
    assert.ok(!graph.links.some((l) => l.source === l.target));
    assert.equal(countKinds(graph).intervention, 0);
  });

  test('an empty or absurd network gives an empty graph', () => {
    for (const junk of [{}, null, undefined, 42, { escalationModel: null, organisations: 'x' }]) {
      const graph = deriveGraph(junk as unknown as GiaNetwork);
      assert.equal(graph.nodes.length, 0);
      assert.equal(graph.links.length, 0);
    }
  });
});

describe('deriveGraphSteps', () => {
  for (const size of [300, 1000]) {
    test(`${size} nodes: the same graph as deriveGraph, the nodes made NODES_PER_STEP at a time`, async () => {
      const { deriveGraphSteps, NODES_PER_STEP } = await import('../../../src/graph/derive-graph.js');
      const { createSyntheticNetwork } = await import('../../../src/graph/synthetic-network.js');
      const network = createSyntheticNetwork(size);
      const steps = deriveGraphSteps(network, { mode: 'public' });
      let count = 0;
      let step = steps.next();
      while (!step.done) {
        count++;
        step = steps.next();
      }
      // A step per NODES_PER_STEP nodes (no step makes more; a few hundred take a few ms of cold code), then
      // links, then degrees.
      assert.ok(NODES_PER_STEP <= 250, `${NODES_PER_STEP} nodes per step`);
      assert.equal(count, Math.floor(size / NODES_PER_STEP) + 2);
      const whole = deriveGraph(network, { mode: 'public' });
      assert.equal(step.value.nodes.length, size);
      assert.deepEqual(step.value.nodes.map((n) => [n.id, n.degree, n.searchText]), whole.nodes.map((n) => [n.id, n.degree, n.searchText]));
      assert.deepEqual(step.value.links, whole.links);
    });
  }

  test('a file with many relations gets a step per RELATIONS_PER_STEP relations, and the same graph', async () => {
    const { deriveGraphSteps, RELATIONS_PER_STEP } = await import('../../../src/graph/derive-graph.js');
    const { createSyntheticNetwork } = await import('../../../src/graph/synthetic-network.js');
    const base = createSyntheticNetwork(100);
    const ids = base.organisations.map((o) => o.id);
    const relations: NonNullable<GiaNetwork['relations']> = [];
    for (let i = 0; relations.length < 2.5 * RELATIONS_PER_STEP; i++) {
      const from = ids[i % ids.length]!;
      const to = ids[(i * 7 + 3) % ids.length]!;
      if (from !== to) relations.push({ from, to, type: i % 2 ? 'refers-to' : 'collaborates-with' });
    }
    const network = { ...base, relations };
    const steps = deriveGraphSteps(network, { mode: 'public' });
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      step = steps.next();
    }
    // Nodes (100: one step), links (with two more steps in the relations), degrees.
    assert.equal(count, 4);
    assert.deepEqual(step.value.links, deriveGraph(network, { mode: 'public' }).links);
  });
});

describe('inferred placement (schema 1.1)', () => {
  test('a node whose place on the phases or tracks is inferred is flagged, and its accessible name says "afgeleid"', async () => {
    const { readFileSync } = await import('node:fs');
    const { accessibleName } = await import('../../../src/render/accessible-name.js');
    await import('../../../src/i18n/panels-catalogue.js');
    const network = JSON.parse(readFileSync(new URL('../../../data/rotterdam-rijnmond.json', import.meta.url), 'utf8')) as GiaNetwork;
    const graph = deriveGraph(network, { mode: 'public' });
    const vt = graph.byId.get('veilig-thuis-rotterdam-rijnmond')!;
    assert.equal(vt.placementInferred, true);
    assert.match(accessibleName('nl', graph, vt), /\(plaats afgeleid\)$/);
    // Stated track, no phases: not flagged, nothing said.
    const om = graph.byId.get('openbaar-ministerie')!;
    assert.equal(om.placementInferred, undefined);
    assert.doesNotMatch(accessibleName('nl', graph, om), /afgeleid/);
  });
});
