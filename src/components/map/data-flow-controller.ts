/**
 * The map's data flow: `data` or `src` (data-controller.ts: fetch and validation) → network → graph for the mode
 * (graph-build-controller.ts: a large network over the next tasks) → view state (a pending hash, read by a lazy
 * chunk that the first graph waits for; the `focus` node) → layout. Fires `gia-load` once the graph of a loaded file is in, and `gia-error` for a file that could
 * not be loaded.
 */
import type { PropertyValues } from 'lit';
import type { GiaNetwork } from '../../model/types.js';
import type { NetworkGraph } from '../../graph/types.js';
import type { LayoutKind } from '../../layout/index.js';
import { GiaErrorEvent, GiaLoadEvent } from '../../events/index.js';
import { DataController, type LoadError, type LoadState } from '../shared/data-controller.js';
import { errorPart } from './lazy-parts.js';
import { GraphBuildController } from './graph-build-controller.js';
import type { MapContext } from './map-context.js';
import type { ViewStateController } from './view-state-controller.js';
import type { ViewportActions } from './viewport-actions.js';

/** The fixed layout space: positions do not depend on the viewport, so the same input gives the same layout. */
export const LAYOUT_WIDTH = 1000;
export const LAYOUT_HEIGHT = 700;

export class DataFlowController {
  private readonly data: DataController;
  private readonly builder: GraphBuildController;

  constructor(
    private readonly ctx: MapContext,
    private readonly parts: { viewState: ViewStateController; viewport: ViewportActions },
  ) {
    this.data = new DataController(ctx.host, {
      lang: () => ctx.lang(),
      // The map's error view (a lazy chunk with the error texts) is in before an error is shown.
      beforeError: () => errorPart.load(),
      onLoaded: (src, network, warningCount) => this.onLoaded(src, network, warningCount),
      onError: (src, error) => this.onLoadError(src, error),
      // In public mode the element keeps only the public version of a loaded file.
      publicOnly: () => ctx.mode() === 'public',
      publicOptions: () => ({ keepFictitious: ctx.host.withFictitious === true }),
    });
    this.builder = new GraphBuildController(ctx.host);
  }

  /** Where loading `src` stands. */
  get load(): LoadState {
    return this.data.value;
  }

  /** The stage shows its loading message (a file is on its way, or a large graph is being built). */
  get loading(): boolean {
    return this.data.value.state === 'loading' || !!this.ctx.host.src || this.builder.building;
  }

  /** Before an update: new `data`, a new `src` or another mode start the flow again. */
  willUpdate(changed: PropertyValues): void {
    const { host, state } = this.ctx;
    if (changed.has('data') && host.data !== undefined) {
      this.data.clear();
      state.network = host.data;
      this.rebuild();
    } else if (changed.has('src') && host.src && host.data === undefined) {
      state.network = undefined;
      state.graph = undefined;
      void this.data.load(host.src);
    } else if (this.versionChanged(changed) && host.src && host.data === undefined) {
      // A loaded file is kept only in the version it was loaded for (mode, fictitious entries): load it again.
      state.network = undefined;
      state.graph = undefined;
      void this.data.load(host.src);
    } else if (this.versionChanged(changed) && state.network) {
      this.rebuild();
    }
  }

  /** Another mode, or fictitious entries shown or not: another version of the network. */
  private versionChanged(changed: PropertyValues): boolean {
    return (changed.has('mode') && changed.get('mode') !== undefined) || (changed.has('withFictitious') && changed.get('withFictitious') !== undefined);
  }

  private onLoaded(src: string, network: GiaNetwork, warningCount: number): void {
    this.ctx.state.network = network;
    this.rebuild(() => {
      const graph = this.ctx.state.graph;
      const { title, region } = network.metadata ?? {};
      const counts = { nodeCount: graph?.nodes.length ?? 0, linkCount: graph?.links.length ?? 0 };
      this.ctx.host.dispatchEvent(new GiaLoadEvent({ src, title: String(title ?? ''), region: String(region ?? ''), ...counts, warningCount }));
    });
  }

  private onLoadError(src: string, error: LoadError): void {
    const state = this.ctx.state;
    this.builder.cancel();
    state.network = undefined;
    state.shownNetwork = undefined;
    state.graph = undefined;
    this.ctx.layout.dispose();
    const { reason, message, status, problems } = error;
    this.ctx.host.dispatchEvent(new GiaErrorEvent({ src, reason, message, ...(status !== undefined ? { status } : {}), ...(problems ? { problems } : {}) }));
  }

  /** network + mode → graph → layout; `onBuilt` runs once the graph is in. */
  private rebuild(onBuilt?: () => void): void {
    const state = this.ctx.state;
    const network = state.network;
    if (!network || typeof network !== 'object') {
      this.builder.cancel();
      state.graph = undefined;
      return;
    }
    mark('gia:data-in');
    const dataInAt = performance.now();
    this.ctx.settle.start();
    const options = { keepFictitious: this.ctx.host.withFictitious === true };
    const inTask = this.builder.build(network, this.ctx.mode(), options, (input, graph, sameTask) => {
      this.show(input, graph, sameTask ? dataInAt : undefined);
      onBuilt?.();
    }, this.ctx.lang(), this.parts.viewState.hashReading);
    if (inTask) return;
    state.graph = undefined;
    state.shownNetwork = undefined;
    this.ctx.layout.dispose();
  }

  /** `dataInAt`: when the data came in (performance.now()), for a graph shown in the data's task (the warm-up's deadline). */
  private show(input: GiaNetwork, graph: NetworkGraph, dataInAt?: number): void {
    const { state, host } = this.ctx;
    state.shownNetwork = input;
    state.graph = graph;
    const hash = this.parts.viewState.takePending();
    if (hash) this.parts.viewState.apply(hash, false);
    let layout: LayoutKind = host.layout === 'ave' ? 'ave' : 'force';
    if (hash?.layout) layout = hash.layout;
    if (layout !== host.layout) host.layout = layout;
    if (state.selected && !graph.byId.has(state.selected)) state.selected = undefined;
    if (!state.selected && host.focusId && graph.byId.has(host.focusId)) state.selected = host.focusId;
    if (state.focusedId && !graph.byId.has(state.focusedId)) state.focusedId = undefined;
    // A "Wie mag wat?" chain is professional only, and keeps only the organisations the new graph has.
    const chain = state.chain;
    if (chain && this.ctx.mode() !== 'professional') state.chain = undefined;
    else if (chain && [...chain.organisations].some((id) => !graph.byId.has(id))) {
      state.chain = { ...chain, organisations: new Set([...chain.organisations].filter((id) => graph.byId.has(id))) };
    }
    this.parts.viewport.needsFit = true;
    this.ctx.layout.setGraph(graph, layout, LAYOUT_WIDTH, LAYOUT_HEIGHT, { dataInAt });
  }
}

export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // marks are a convenience only
  }
}
