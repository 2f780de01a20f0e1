// Issue 16: a placement the editors inferred (schema 1.1 placementCertainty) looks different on the map (a dotted
// outline), is named "plaats afgeleid" to screen readers, and the legend explains the outline.
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/panels/legend/gia-legend.js';
import { createMap, loadPublicData, nodeElements, removeAll } from './helpers.js';
import { deriveGraph } from '../../../../src/graph/derive-graph.js';

describe('gia-network-map: inferred placements', () => {
  afterEach(() => {
    removeAll();
    document.querySelectorAll('gia-legend').forEach((el) => el.remove());
  });

  it('nodes with an inferred place have a dotted outline and say so; the others do not', async () => {
    const network = (await loadPublicData('rotterdam-rijnmond.json'))!;
    const graph = deriveGraph(network, { mode: 'public' });
    const inferred = graph.nodes.filter((n) => n.placementInferred).map((n) => n.id);
    const stated = graph.nodes.filter((n) => !n.placementInferred).map((n) => n.id);
    expect(inferred.length, 'the data marks inferred placements').to.be.greaterThan(0);
    const map = await createMap({}, network);
    await map.ready;
    const marks = new Map(nodeElements(map).map((el) => [el.getAttribute('data-id')!, el]));
    for (const id of inferred) {
      const mark = marks.get(id)!;
      expect(mark.classList.contains('inferred'), id).to.equal(true);
      expect(mark.getAttribute('aria-label'), id).to.contain('plaats afgeleid');
      const dash = getComputedStyle(mark.querySelector('.shape')!).strokeDasharray;
      expect(dash, `${id} outline`).to.not.equal('none');
    }
    for (const id of stated) {
      const mark = marks.get(id);
      if (!mark) continue;
      expect(mark.classList.contains('inferred'), id).to.equal(false);
      expect(mark.getAttribute('aria-label') ?? '', id).to.not.contain('plaats afgeleid');
    }
  });

  it('the legend explains the dotted outline when the graph has inferred placements, not otherwise', async () => {
    const network = (await loadPublicData('rotterdam-rijnmond.json'))!;
    const legend = document.createElement('gia-legend');
    legend.graph = deriveGraph(network, { mode: 'public' });
    document.body.append(legend);
    await legend.updateComplete;
    expect(legend.shadowRoot!.querySelector('li[data-state="inferred"]')?.textContent).to.contain('afgeleid');
    const plain = deriveGraph(network, { mode: 'public' });
    for (const node of plain.nodes) delete node.placementInferred;
    legend.graph = { ...plain };
    await legend.updateComplete;
    expect(legend.shadowRoot!.querySelector('li[data-state="inferred"]')).to.equal(null);
  });
});
