// LayoutController with a small graph: built and warmed up in the data's task, the warm-up ending
// WARM_UP_DEADLINE_MS after the data came in at the latest; the ticks it then leaves out run in the next
// frames, so the layout ends the same.
import { expect } from '@esm-bundle/chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createSyntheticNetwork } from '../../../../src/graph/synthetic-network.js';
import { deriveGraph } from '../../../../src/graph/derive-graph.js';
import { LayoutController, WARM_UP_DEADLINE_MS } from '../../../../src/components/map/layout-controller.js';

function host(): ReactiveControllerHost {
  return {
    addController(_controller: ReactiveController) {},
    removeController(_controller: ReactiveController) {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  };
}

function settle(dataInAt?: number): Promise<{ controller: LayoutController; firstAlpha: number; firstPositions: string }> {
  return new Promise((resolve) => {
    const graph = deriveGraph(createSyntheticNetwork(60));
    let firstAlpha = NaN;
    let firstPositions = '';
    const controller: LayoutController = new LayoutController(host(), {
      reducedMotion: () => false,
      onSettled: () => resolve({ controller, firstAlpha, firstPositions }),
    });
    controller.setGraph(graph, 'force', 1000, 600, dataInAt === undefined ? {} : { dataInAt });
    firstAlpha = controller.simulation!.alpha();
    firstPositions = JSON.stringify([...controller.positions]);
  });
}

describe('LayoutController: the warm-up of a small graph', () => {
  it('warms up before the positions are first shown (without a deadline: a caller that does not say when the data came)', async function () {
    this.timeout(20000);
    const { firstAlpha } = await settle();
    expect(firstAlpha).to.be.lessThan(1);
  });

  it('shows the start positions at once when the deadline has passed, and ends with the same layout', async function () {
    this.timeout(20000);
    const late = await settle(performance.now() - WARM_UP_DEADLINE_MS - 1);
    expect(late.firstAlpha, 'no tick before the positions are shown').to.equal(1);
    expect(late.controller.positions.size).to.equal(60);
    const warm = await settle();
    expect(late.firstPositions).to.not.equal(warm.firstPositions);
    expect(JSON.stringify([...late.controller.positions])).to.equal(JSON.stringify([...warm.controller.positions]));
  });
});
