// axe-core (WCAG 2.0/2.1/2.2 A and AA) on <gia-details-panel> on its own: every node of the dataset in
// professional mode, every node kind in public mode, both languages, the empty and not-found states.
import { expect } from '@esm-bundle/chai';
import '../../../src/components/panels/details-panel/gia-details-panel.js';
import type { GiaDetailsPanel } from '../../../src/components/panels/details-panel/gia-details-panel.component.js';
import { stripPersonalData } from '../../../src/model/index.js';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import { NODE_KINDS } from '../../../src/graph/types.js';
import { axeViolations, expectNoAxeViolations, loadDataset } from './a11y-fixtures.js';

describe('axe: <gia-details-panel>', function () {
  this.timeout(60000);
  let panel: GiaDetailsPanel;

  beforeEach(() => {
    panel = document.createElement('gia-details-panel');
    document.body.append(panel);
  });
  afterEach(() => panel.remove());

  for (const lang of ['nl', 'en'] as const) {
    it(`professional, ${lang}: every node`, async () => {
      const network = await loadDataset();
      const graph = deriveGraph(network, { mode: 'professional' });
      Object.assign(panel, { network, graph, lang, mode: 'professional' });
      const failures: string[] = [];
      for (const node of graph.nodes) {
        panel.nodeId = node.id;
        await panel.updateComplete;
        const report = await axeViolations(panel);
        if (report.length > 0) failures.push(`${node.id}:\n  ${report.join('\n  ')}`);
      }
      expect(failures.length, failures.join('\n')).to.equal(0);
    });

    it(`public, ${lang}: one node of every kind, and the empty and not-found states`, async () => {
      const network = stripPersonalData(await loadDataset());
      const graph = deriveGraph(network, { mode: 'public' });
      Object.assign(panel, { network, graph, lang, mode: 'public' });
      for (const kind of NODE_KINDS.filter((k) => k !== 'contact')) {
        const node = graph.nodes.find((n) => n.kind === kind)!;
        panel.nodeId = node.id;
        await panel.updateComplete;
        await expectNoAxeViolations(panel);
      }
      panel.nodeId = null;
      await panel.updateComplete;
      await expectNoAxeViolations(panel);
      panel.nodeId = 'bestaat-niet';
      await panel.updateComplete;
      await expectNoAxeViolations(panel);
    });
  }
});
