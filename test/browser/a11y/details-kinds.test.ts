// WCAG 1.3.1 (advisory): in the details, a list of related nodes that mixes kinds (an AVE phase: its
// organisations, interventions and meetings) says the kind of each item in text and keeps kinds together.
import { expect } from '@esm-bundle/chai';
import '../../../src/components/panels/details-panel/gia-details-panel.js';
import type { GiaDetailsPanel } from '../../../src/components/panels/details-panel/gia-details-panel.component.js';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { NODE_KINDS } from '../../../src/graph/types.js';
import { kindName } from '../../../src/components/panels/shared/panel-text.js';
import { loadDataset } from './a11y-fixtures.js';

describe('kind shown in mixed lists of the details', () => {
  let panel: GiaDetailsPanel;
  beforeEach(() => {
    panel = document.createElement('gia-details-panel');
    document.body.append(panel);
  });
  afterEach(() => panel.remove());

  it('every AVE phase: each item of a mixed list has its kind in text, grouped by kind', async () => {
    const network = await loadDataset();
    const graph = deriveGraph(network, { mode: 'professional' });
    Object.assign(panel, { network, graph, lang: 'nl', mode: 'professional' });
    let mixedLists = 0;
    for (const phase of graph.nodes.filter((n) => n.kind === 'phase')) {
      panel.nodeId = phase.id;
      await panel.updateComplete;
      for (const list of panel.shadowRoot!.querySelectorAll('ul.nodes')) {
        const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li[data-kind]')];
        const kinds = items.map((li) => li.dataset.kind!);
        if (new Set(kinds).size < 2) continue;
        mixedLists++;
        for (const li of items) {
          expect(li.querySelector('.item-kind')?.textContent, li.textContent ?? '').to.contain(kindName('nl', li.dataset.kind as never));
        }
        const ranks = kinds.map((k) => NODE_KINDS.indexOf(k as never));
        expect(ranks, 'kinds kept together').to.deep.equal([...ranks].sort((a, b) => a - b));
      }
    }
    expect(mixedLists, 'the phases have mixed lists').to.be.greaterThan(0);
  });

  it('a list of one kind has no kind labels', async () => {
    const network = await loadDataset();
    const graph = deriveGraph(network, { mode: 'professional' });
    Object.assign(panel, { network, graph, lang: 'nl', mode: 'professional', nodeId: 'veilig-thuis-zuid-limburg' });
    await panel.updateComplete;
    for (const list of panel.shadowRoot!.querySelectorAll('ul.nodes')) {
      const kinds = new Set([...list.querySelectorAll<HTMLLIElement>(':scope > li[data-kind]')].map((li) => li.dataset.kind));
      if (kinds.size === 1) expect(list.querySelector('.item-kind')).to.equal(null);
    }
  });
});
