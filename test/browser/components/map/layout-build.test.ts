// LayoutController with a large graph: the simulation is created, its forces set up and shown (at its start
// positions: no warm-up before the first paint, as for a small graph) in separate tasks (no long task), and `moving`
// says whether positions are still to change by themselves.
import { expect } from '@esm-bundle/chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createSyntheticNetwork } from '../../../../src/graph/synthetic-network.js';
import { deriveGraph } from '../../../../src/graph/derive-graph.js';
import { LayoutController } from '../../../../src/components/map/layout-controller.js';
import { nextTask } from '../../../../src/util/next-task.js';

/** The next task of the controller's queue (it schedules its steps with nextTask). */
const task = () => new Promise<void>((resolve) => void nextTask(resolve));

function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController(_controller: ReactiveController) {},
    removeController(_controller: ReactiveController) {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('LayoutController: a large graph', () => {
  it('creates the simulation, sets up its forces and shows the start positions in three tasks', async function () {
    this.timeout(20000);
    const graph = deriveGraph(createSyntheticNetwork(500));
    let settled = 0;
    const h = host();
    const controller = new LayoutController(h, { onSettled: () => settled++, reducedMotion: () => false });
    controller.setGraph(graph, 'force', 1000, 600);
    // Nothing built in the calling task.
    expect(controller.simulation).to.equal(undefined);
    expect(controller.positions.size).to.equal(0);
    expect(controller.moving).to.equal(true);
    await task();
    // Created, not yet warmed up (not a single tick) nor shown.
    const sim = controller.simulation!;
    expect(sim).to.not.equal(undefined);
    expect(sim.alpha()).to.equal(1);
    expect(controller.positions.size).to.equal(0);
    await task();
    // Forces set up, still no tick.
    expect(controller.simulation).to.equal(sim);
    expect(sim.alpha()).to.equal(1);
    expect(controller.positions.size).to.equal(0);
    await task();
    // Shown at the start positions: the ticks come in the frames after the first paint.
    expect(controller.positions.size).to.equal(graph.nodes.length);
    expect(sim.alpha()).to.equal(1);
    expect(controller.moving).to.equal(true);
    const start = Date.now();
    while (settled === 0 && Date.now() - start < 15000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).to.equal(1);
    expect(controller.moving).to.equal(false);
    controller.dispose();
  });
});
