// Issue 16: the tracks (sporen, schema 1.1) are parallel lanes in the AVE layout, labelled with the track's name,
// not squeezed into phase 4. Issue 15: the nodes without any link stand apart under a caption that says why, and
// a screen reader hears that in each node's name, not as loose text.
import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { deriveGraph } from '../../../../src/graph/derive-graph.js';
import { createMap, frame, loadPublicData, nodeElement, removeAll } from './helpers.js';

const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
};

/** The lane (its band) of a track, as drawn. */
function lane(map: GiaNetworkMap, track: string): DOMRect | undefined {
  return map.shadowRoot!.querySelector(`[data-caption-id="lane:${track}"] .caption-band`)?.getBoundingClientRect();
}

async function settledMap(file: string, layout: 'ave' | 'force', change?: (network: GiaNetwork) => void): Promise<GiaNetworkMap> {
  const network = (await loadPublicData(file))!;
  change?.(network);
  const map = await createMap({ layout }, network);
  map.style.height = '800px';
  await map.settled;
  await frame();
  await map.updateComplete;
  return map;
}

describe('gia-network-map: tracks as lanes in the AVE layout', () => {
  afterEach(removeAll);

  it('Rotterdam-Rijnmond: the Centrum Seksueel Geweld, politie and OM sit in their track lane, below the phase columns', async () => {
    const map = await settledMap('rotterdam-rijnmond.json', 'ave');
    const root = map.shadowRoot!;
    // The lanes are drawn with the tracks' names.
    const captions = [...root.querySelectorAll('.caption-item.lane .caption')].map((t) => t.textContent);
    expect(captions).to.include.members(['Spoor: Seksueel geweld', 'Strafrechtelijk spoor', 'Spoor: Volwassenen, zonder strafrecht']);
    // Each sits inside the band of (one of) its own tracks.
    const inside = (p: { x: number; y: number }, r: DOMRect | undefined) => !!r && p.y >= r.top && p.y <= r.bottom && p.x >= r.left && p.x <= r.right;
    for (const [id, tracks] of [
      ['centrum-seksueel-geweld-rotterdam-rijnmond', ['spoor-seksueel-geweld']],
      ['politie', ['spoor-volwassenen', 'spoor-strafrecht']],
      ['openbaar-ministerie', ['spoor-strafrecht']],
    ] as const) {
      const p = centre(nodeElement(map, id)!.querySelector('.shape')!);
      expect(tracks.some((t) => inside(p, lane(map, t))), `${id} at ${p.x},${p.y} in its lane`).to.equal(true);
    }
    // The phase columns end above the first lane: a node only in AVE 4 (tijdelijk huisverbod) sits above every lane,
    // the lane nodes below it, so none of them is drawn as "AVE 4".
    const bands = [...root.querySelectorAll('.caption-item.lane .caption-band')].map((b) => b.getBoundingClientRect());
    const firstLane = Math.min(...bands.map((b) => b.top));
    expect(centre(nodeElement(map, 'tijdelijk-huisverbod')!).y).to.be.lessThan(firstLane);
    expect(centre(nodeElement(map, 'ave-4')!).y).to.be.lessThan(firstLane);
    // A node on a track names it to screen readers.
    expect(nodeElement(map, 'openbaar-ministerie')!.getAttribute('aria-label')).to.contain('Strafrechtelijk spoor');
    // The captions are drawing, not loose text for a screen reader.
    expect(root.querySelector('.captions')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('a file without tracks draws no lanes', async () => {
    const map = await settledMap('rotterdam-rijnmond.json', 'ave', (network) => {
      delete network.escalationModel.tracks;
      for (const list of [network.organisations, network.meetings ?? [], network.interventions ?? []]) for (const item of list) delete item.tracks;
    });
    expect(map.shadowRoot!.querySelectorAll('.caption-item.lane').length).to.equal(0);
    expect(map.shadowRoot!.querySelectorAll('.caption-item.group').length).to.be.greaterThan(0);
  });
});

describe('gia-network-map: the unlinked nodes stand apart under a caption', () => {
  afterEach(removeAll);

  for (const layout of ['force', 'ave'] as const) {
    it(`Zuid-Limburg, ${layout}: "Nog geen verbinding vastgelegd" over the unlinked nodes, and in their names`, async () => {
      // One organisation without any link for sure (the data may link the ones it has today), plus those.
      let ids: string[] = [];
      const map = await settledMap('zuid-limburg.json', layout, (network) => {
        network.organisations.push({ id: 'losse-organisatie', name: 'Losse organisatie', type: 'other' });
        ids = deriveGraph(network).nodes.filter((n) => n.degree === 0).map((n) => n.id);
      });
      expect(ids).to.include('losse-organisatie');
      const root = map.shadowRoot!;
      const caption = root.querySelector('[data-caption-id="unlinked"] .caption');
      expect(caption?.textContent).to.equal('Nog geen verbinding vastgelegd');
      expect(caption!.closest('[aria-hidden="true"]'), 'aria-hidden').to.not.equal(null);
      const box = caption!.getBoundingClientRect();
      const unlinked = ids.map((id) => nodeElement(map, id)!);
      for (const node of unlinked) {
        expect(node.getAttribute('aria-label'), node.dataset.id).to.contain('nog geen verbinding vastgelegd');
        // Under the caption: below it, and not far (the caption is the group's heading).
        const p = centre(node);
        expect(p.y, `${node.dataset.id} below the caption`).to.be.greaterThan(box.bottom);
        expect(p.y - box.bottom, `${node.dataset.id} near the caption`).to.be.lessThan(220);
      }
      // A linked node's name gives its number of links instead.
      expect(nodeElement(map, 'veilig-thuis-zuid-limburg')!.getAttribute('aria-label')).to.match(/\d+ verbinding/);
    });
  }
});
