// LayoutController: the first layout after loading is drawn in every other animation frame at most
// (INITIAL_DRAW_EVERY: the frame between two drawings only ticks); after a drag every frame is drawn.
import { expect } from '@esm-bundle/chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createSyntheticNetwork } from '../../../../src/graph/synthetic-network.js';
import { deriveGraph } from '../../../../src/graph/derive-graph.js';
import { INITIAL_DRAW_EVERY, LayoutController } from '../../../../src/components/map/layout-controller.js';

const host: ReactiveControllerHost = {
  addController(_controller: ReactiveController) {},
  removeController(_controller: ReactiveController) {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
};

/** Counts animation frames: `now()` is the number of frames so far. */
function frameCounter(): { now: () => number; stop: () => void } {
  let frame = 0;
  let handle = 0;
  const loop = () => {
    frame++;
    handle = requestAnimationFrame(loop);
  };
  handle = requestAnimationFrame(loop);
  return { now: () => frame, stop: () => cancelAnimationFrame(handle) };
}

const smallestGap = (frames: number[]) => Math.min(...frames.slice(1).map((f, i) => f - frames[i]!));

describe('LayoutController: drawing frames', () => {
  it('draws the first layout in every other frame at most, and every frame after a drag', async function () {
    this.timeout(30000);
    // 200 nodes (still drawn every frame after a drag: DRAW_EVERY_FRAME_LIMIT): with 80, a quiet machine settled the
    // first layout in 3 drawn frames, too few to show the spacing.
    const graph = deriveGraph(createSyntheticNetwork(200));
    const counter = frameCounter();
    const drawn: number[] = [];
    let settled!: () => void;
    let whenSettled = new Promise<void>((resolve) => (settled = resolve));
    const controller = new LayoutController(host, {
      reducedMotion: () => false,
      onSettled: () => settled(),
      onFrame: () => {
        drawn.push(counter.now());
        return true;
      },
    });
    controller.setGraph(graph, 'force', 1000, 600);
    await whenSettled;
    expect(drawn.length, 'drawn while settling').to.be.greaterThan(3);
    expect(smallestGap(drawn)).to.be.at.least(INITIAL_DRAW_EVERY);
    expect(INITIAL_DRAW_EVERY).to.equal(2);

    drawn.length = 0;
    whenSettled = new Promise<void>((resolve) => (settled = resolve));
    const id = graph.nodes[0]!.id;
    const p = controller.positions.get(id)!;
    controller.pin(id, p.x + 200, p.y + 100);
    await whenSettled;
    counter.stop();
    expect(drawn.length).to.be.greaterThan(3);
    expect(smallestGap(drawn), 'a drag glides: every frame drawn').to.equal(1);
  });
});
