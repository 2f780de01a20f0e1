// Issue 19, Why 9: a schema-valid file with 50,000 relations (most of them repeats between the same organisations)
// loaded from `src` into the AVE layout. The map shows it: parsing, validation, the public check and the build run
// in tasks of their own (the longest task is measured by hand and in the closing note, not here), and the repeats
// become one link each.
import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { createMap, loadData, nextEvent, nodeElements, removeAll } from './helpers.js';
import { withFetch } from '../../support/fetch-stub.js';

function manyRelations(network: GiaNetwork, count: number): GiaNetwork {
  const ids = network.organisations.map((o) => o.id);
  const relations: NonNullable<GiaNetwork['relations']> = [];
  for (let i = 0; relations.length < count; i++) {
    const from = ids[i % ids.length]!;
    const to = ids[(i * 7 + 3) % ids.length]!;
    if (from !== to) relations.push({ from, to, type: i % 2 ? 'refers-to' : 'collaborates-with', description: `Relatie ${i}` });
  }
  return { ...network, relations };
}

describe('gia-network-map: 50,000 relations', () => {
  afterEach(removeAll);

  it('loads, validates and draws the file in the AVE layout; repeats are one link', async function () {
    this.timeout(120_000);
    const network = manyRelations((await loadData('zuid-limburg.json'))!, 50_000);
    const body = JSON.stringify(network);
    await withFetch(() => new Response(body, { headers: { 'Content-Type': 'application/json' } }), async () => {
      // Between the tasks of the load, animation frames keep coming.
      let frames = 0;
      let counting = true;
      const count = () => {
        frames++;
        if (counting) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      const map = await createMap({ layout: 'ave', src: '/many-relations.json' });
      const loaded = await nextEvent<CustomEvent<{ linkCount: number; nodeCount: number }>>(map, 'gia-load', 110_000);
      counting = false;
      expect(frames, 'frames during the load').to.be.greaterThan(2);
      const pairs = new Set((network.relations ?? []).map((r) => [r.from, r.to].sort().join(' ')));
      expect(loaded.detail.linkCount).to.be.lessThan(pairs.size + 400);
      await map.ready;
      expect(nodeElements(map).length).to.equal(map.currentGraph!.nodes.length);
    });
  });
});
