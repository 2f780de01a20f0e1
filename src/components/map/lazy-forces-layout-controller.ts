/**
 * The map's layout controller: LayoutController, plus the lazy chunk of the layout forces (the AVE columns,
 * the local repulsion of large graphs: layout/layout-forces.ts). A graph or a switch that needs them waits
 * for the chunk (it is fetched right after the first paint, or at once when the first layout needs it);
 * until then the previous layout stays, or, for a new graph, nothing is drawn yet (as while a large
 * graph's simulation is being built). If the chunk cannot be loaded, a new graph is laid out in the force
 * layout (which then falls back to many-body repulsion for large graphs) and a switch to AVE is dropped.
 */
import type { NetworkGraph } from '../../graph/types.js';
import { usesLazyForces, type LayoutKind } from '../../layout/create-simulation.js';
import { loadedLayoutForces, loadLayoutForces } from '../../layout/layout-forces.js';
import { LayoutController } from './layout-controller.js';

export class LazyForcesLayoutController extends LayoutController {
  /** A graph waiting for the forces before it goes to the simulation. */
  private waiting?: { graph: NetworkGraph; layout: LayoutKind; width: number; height: number };
  /** The latest layout switch that waits for the forces. */
  private switching?: { layout: LayoutKind };

  /** Starts fetching the forces (e.g. after the first paint), so a later switch to AVE need not wait. */
  preload(): void {
    void loadLayoutForces().catch(() => undefined);
  }

  override setGraph(graph: NetworkGraph, layout: LayoutKind, width: number, height: number, timing: { dataInAt?: number } = {}): void {
    this.waiting = undefined;
    this.switching = undefined;
    if (loadedLayoutForces() || !usesLazyForces(graph.nodes.length, layout)) {
      super.setGraph(graph, layout, width, height, timing);
      return;
    }
    // The previous graph's layout goes now: its positions must not be drawn for the new graph.
    this.dispose();
    const waiting = (this.waiting = { graph, layout, width, height });
    const proceed = (loaded: boolean) => {
      if (this.waiting !== waiting) return;
      this.waiting = undefined;
      const next = loaded ? waiting.layout : 'force';
      super.setGraph(waiting.graph, next, waiting.width, waiting.height, timing);
    };
    loadLayoutForces().then(
      () => proceed(true),
      () => proceed(false),
    );
  }

  override setLayout(layout: LayoutKind): void {
    if (this.waiting) {
      this.waiting.layout = layout;
      return;
    }
    if (layout !== 'ave' || loadedLayoutForces()) {
      this.switching = undefined;
      super.setLayout(layout);
      return;
    }
    const switching = (this.switching = { layout });
    void loadLayoutForces().then(
      () => {
        if (this.switching !== switching) return;
        this.switching = undefined;
        super.setLayout(switching.layout);
      },
      () => undefined,
    );
  }
}
