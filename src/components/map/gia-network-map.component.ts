import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { GiaNetwork, Id } from '../../model/types.js';
import { EMPTY_FILTER, type FilterResult, type FilterState } from '../../graph/filter-graph.js';
import { NODE_KINDS, type GraphLink, type GraphNode, type Mode, type NetworkGraph } from '../../graph/types.js';
import type { LayoutKind, Point } from '../../layout/index.js';
import type { HelpState, ViewState } from '../../view-state/hash-state.js';
import { GiaErrorEvent, GiaFilterChangeEvent, GiaLayoutSettleEvent, GiaLoadEvent, GiaSelectEvent } from '../../events/index.js';
import { drawnLinks } from '../../render/svg-templates.js';
import { canvasRenderer, loadCanvasRenderer } from '../../render/canvas-loader.js';
import { MIN_TARGET_RADIUS_PX, nodeAtPoint } from '../../render/node-at-point.js';
import { drawnRadius } from '../../render/node-shapes.js';
import { cleanFilter, createMapViewModel, sameFilter, type MapView } from '../../render/map-view-model.js';
import { afterLangLoaded, msg, toLang, type Lang } from '../../i18n/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { addStyles } from '../shared/add-styles.js';
import { CanvasController } from './canvas-controller.js';
import { FramePathController } from './frame-path-controller.js';
import { DataController, type LoadError } from './data-controller.js';
import { GraphBuildController } from './graph-build-controller.js';
import { HashController } from './hash-controller.js';
import type { KeyboardHost } from './keyboard-controller.js';
import { KeysController } from './keys-controller.js';
import { errorPart, fallbacksPart, helpPart, keyboardPart } from './lazy-parts.js';
import { LazyForcesLayoutController } from './lazy-forces-layout-controller.js';
import { graphTemplate, radiusOf } from './map-graph.js';
import { toolbarTemplate, type MapViewKind } from './map-toolbar.js';
import { PointerInput, type PointerHost } from './pointer-input.js';
import { SettleTracker } from './settle-tracker.js';
import { SidePanelsController } from './side-panels-controller.js';
import { StageSizeController } from './stage-size-controller.js';
import { ZoomController } from './zoom-controller.js';
import { linkTypeStyles, mapStyles } from './gia-network-map.styles.js';

/** The fixed layout space: positions do not depend on the viewport, so the same input gives the same layout. */
export const LAYOUT_WIDTH = 1000;
export const LAYOUT_HEIGHT = 700;

/**
 * @summary The interactive netwerkkaart of the regional network against domestic violence and child abuse:
 * a force-directed or AVE-phase map with search, filters, "Ik zoek hulp bij…", details and a list view, fully
 * operable by keyboard.
 *
 * @attr src - URL of the network file (validated before it is shown).
 * @attr mode - `public` (default: no contact persons, no personal data, no confidential addresses) or `professional`.
 * @attr layout - `force` (default) or `ave`.
 * @attr focus - Id of a node to open on load (property `focusId`).
 * @attr lang - `nl` (default) or `en`.
 * @attr no-hash - Do not keep the view in the URL hash.
 *
 * @event gia-load - The file from `src` is loaded and valid.
 * @event gia-error - The file from `src` could not be loaded or is invalid.
 * @event gia-select - The user selected a node or cleared the selection.
 * @event gia-filter-change - The user changed filters or the search.
 * @event gia-layout-settle - The layout came to rest.
 *
 * @csspart base - The whole component.
 * @csspart toolbar - The toolbar above the map.
 * @csspart stage - The map area.
 * @csspart side - The side area (filters, help finder, details); a sheet below the map under 640 px.
 * @csspart error - The error state.
 *
 * @cssproperty [--gia-map-height=560px] - Height of the map area.
 * @cssproperty --gia-color-text - Text colour (see the README for every `--gia-color-…` token).
 */
export class GiaNetworkMap extends LitElement {
  static override styles = [themeStyles, mapStyles, linkTypeStyles];

  /** URL of the network file. */
  @property({ reflect: true }) src?: string;
  /** An already parsed network (property only). Not validated: the page owns it. */
  @property({ attribute: false }) data?: GiaNetwork;
  /** `public` (default) or `professional`. */
  @property({ reflect: true }) mode: Mode = 'public';
  /** `force` (default) or `ave`. */
  @property({ reflect: true }) layout: LayoutKind = 'force';
  /** Id of a node to open on load (attribute `focus`). */
  @property({ attribute: 'focus' }) focusId?: string;
  /** `nl` (default) or `en`. */
  @property({ reflect: true }) override lang = 'nl';
  /** Do not keep the view in the URL hash. */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;

  @state() private network?: GiaNetwork;
  @state() private graph?: NetworkGraph;
  /** What the panels and the list get: in public mode the stripped network, so no personal data can reach them. */
  @state() private shownNetwork?: GiaNetwork;
  @state() private filter: FilterState = cleanFilter(EMPTY_FILTER);
  @state() private help?: HelpState;
  @state() private selected?: Id;
  @state() private view: MapViewKind = 'map';
  @state() private focusedId?: Id;
  @state() private hoverId?: Id;
  @state() private graphFocused = false;
  @state() private movingId?: Id;
  @state() private legendOpen = false;
  @state() private announcement = '';

  @query('.stage') private stage?: HTMLElement;
  @query('svg.surface') private surface?: SVGSVGElement;
  @query('canvas') private canvasElement?: HTMLCanvasElement;

  private readonly dataController = new DataController(this, {
    lang: () => this.language,
    onLoaded: (src, network, warningCount) => this.onLoaded(src, network, warningCount),
    onError: (src, error) => this.onLoadError(src, error),
  });
  private readonly builder = new GraphBuildController(this);
  private readonly layoutController = new LazyForcesLayoutController(this, {
    onSettled: (layout) => this.onSettled(layout),
    reducedMotion: () => this.motionQuery?.matches ?? false,
    onFrame: (): boolean => this.frames.drawFrame(),
  });
  private readonly zoomController = new ZoomController(this, (): boolean => this.frames.drawPan());
  private readonly stageSize = new StageSizeController(this, (first) => {
    if (first || !this.zoomController.userMoved) this.needsFit = true;
  });
  private readonly hashController = new HashController(this, {
    enabled: () => !this.noHash,
    apply: (state) => this.applyViewState(state),
  });
  private readonly side = new SidePanelsController(this, { listShown: () => this.view === 'list' });
  private readonly keys = new KeysController(this, this.keyboardHost(), () => {
    const id = this.mapView()?.tabStop;
    if (id && this.view === 'map') void this.focusNodeElement(id);
  });
  private readonly canvas = new CanvasController(this, {
    key: () => {
      const { x, y, k } = this.zoomController.transform;
      const { width, height } = this.stageSize.size;
      const view = this.mapView();
      return [this.canvasElement, this.graph, this.layoutController.positions, x, y, k, width, height, this.selected, view?.filter, view?.help];
    },
    scene: () => {
      const canvas = this.canvasElement;
      const view = this.mapView();
      if (!canvas || !view?.useCanvas || this.view !== 'map') return undefined;
      const layout = this.layoutController;
      const { width, height } = this.stageSize.size;
      const { nodes, canvasLinks: links, highlighted } = view;
      return { canvas, nodes, links, positions: layout.positions, transform: this.zoomController.transform, width, height, selected: this.selected, highlighted, moving: layout.moving };
    },
  });
  private readonly frames: FramePathController = new FramePathController(this, {
    surface: () => this.surface,
    shown: () => this.view === 'map' && !!this.graph,
    canvas: () => this.mapView()?.useCanvas ?? false,
    paintCanvas: (now) => (now ? this.canvas.paintNow() : this.canvas.schedule()),
    positions: () => this.layoutController.positions,
    radius: () => radiusOf(this.graph!),
    transform: () => this.zoomController.transform,
  });
  private readonly pointer = new PointerInput(this.pointerHost());
  private pointerHost(): PointerHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const map = this;
    return {
    get surface() {
      return map.surface;
    },
    nodeAt: (event) => this.nodeIdAt(event),
    layoutPoint: (event) => this.layoutPoint(event),
    hover: (id) => (this.hoverId = id),
    select: (id) => {
      this.focusedId = id;
      this.selectNode(id, { user: true });
    },
    pin: (id, p) => this.pinNode(id, p),
    unpin: (id) => {
      if (!this.layoutController.pinned.has(id)) return;
      this.startSettle();
      this.layoutController.unpin(id);
    },
    placeMoving: (event) => this.placeMovingNode(event),
    };
  }
  /** (graph, view state) → what is drawn: filter, help result, visible nodes, emphasis, names, labels (one cache). */
  private readonly viewModel = createMapViewModel();

  /** Where focus was when the details opened (the list view gets it back on close). */
  private returnFocus?: HTMLElement;
  private pendingHash?: ViewState;
  private firstPaintDone = false;
  private needsFit = true;
  private motionQuery?: MediaQueryList;
  private readonly settle = new SettleTracker();

  /**
   * Resolves after the first paint of the map, once its panels are defined and the small lazy chunks that the
   * first user actions need (the keyboard, writing the URL hash) are in.
   */
  get ready(): Promise<void> {
    const chunks = () => Promise.all([keyboardPart.load(), this.hashController.writerLoaded()]);
    return this.side.revealed.then(chunks).then(() => undefined);
  }

  /** Resolves when the current layout has come to rest. */
  get settled(): Promise<void> {
    return this.settle.settled;
  }

  /** Current node positions in layout coordinates (a copy), for tests and tools. */
  get positions(): Map<Id, Point> {
    return new Map([...this.layoutController.positions].map(([id, p]) => [id, { x: p.x, y: p.y }]));
  }

  /** The current zoom and pan: screen = layout × k + (x, y). */
  get zoomTransform(): { x: number; y: number; k: number } {
    return { ...this.zoomController.transform };
  }

  /** The graph currently drawn (after privacy filtering for the mode). */
  get currentGraph(): NetworkGraph | undefined {
    return this.graph;
  }

  /** The selected node id. Setting it selects without firing `gia-select`. */
  get selectedId(): Id | undefined {
    return this.selected;
  }
  set selectedId(id: Id | undefined) {
    this.selectNode(id ?? null, { user: false });
  }

  private get language(): Lang {
    return toLang(this.lang);
  }

  private get safeMode(): Mode {
    return this.mode === 'professional' ? 'professional' : 'public';
  }

  /** What is drawn for the current graph and view state (memoised: cheap to ask on every event or frame). */
  private mapView(): MapView | undefined {
    const graph = this.graph;
    if (!graph) return undefined;
    const { filter, help, shownNetwork: network, selected, focusedId, hoverId, graphFocused } = this;
    const findHelp = helpPart.value?.findHelp;
    const state = { filter, help, network, mode: this.safeMode, findHelp, lang: this.language, ave: this.layout === 'ave' };
    return this.viewModel(graph, { ...state, selected, focusedId, hoverId, graphFocused });
  }

  private visibleNodes(): readonly GraphNode[] {
    return this.mapView()?.nodes ?? [];
  }

  // ------------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // The AVE and large-graph forces (a lazy chunk): fetched now, while the data loads; a layout that needs
    // them waits for them (see LazyForcesLayoutController). The panels and the keyboard: see their controllers.
    this.layoutController.preload();
    this.motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    const hash = this.hashController.read();
    if (hash) this.pendingHash = hash;
  }

  /** English texts are a lazy chunk: an update waits for them, so the map never shows Dutch words with lang="en". */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLangLoaded(this.language, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      this.dataController.clear();
      this.network = this.data;
      this.rebuild();
    } else if (changed.has('src') && this.src && this.data === undefined) {
      this.network = undefined;
      this.graph = undefined;
      void this.dataController.load(this.src);
    } else if (changed.has('mode') && changed.get('mode') !== undefined && this.network) {
      this.rebuild();
    }
    if (changed.has('layout') && changed.get('layout') !== undefined) {
      this.startSettle();
      this.layoutController.setLayout(this.layout === 'ave' ? 'ave' : 'force');
    }
    if (changed.has('focusId') && this.focusId && this.graph && changed.get('focusId') !== undefined) {
      this.selectNode(this.focusId, { user: false });
    }
    // Start fetching the canvas renderer (a lazy chunk) as soon as the map knows it will need it.
    if (this.mapView()?.useCanvas && !canvasRenderer()) void loadCanvasRenderer().catch(() => undefined);
    // The help finder is a lazy chunk: with a question set before it is in, update again when it is.
    if (this.graph && this.help && this.shownNetwork && !helpPart.value) void helpPart.load().then((loaded) => loaded && this.requestUpdate());
    this.zoomController.viewport = this.stageSize.size;
    if (this.graph && this.needsFit && this.layoutController.positions.size > 0 && this.stageSize.size.width > 0) {
      this.needsFit = false;
      this.fitView(true);
    }
  }

  protected override firstUpdated(): void {
    this.stageSize.observe(this.stage);
  }

  protected override updated(): void {
    // The first render with data has no nodes: the stage is measured at once instead of waiting for the
    // ResizeObserver (a frame later, and a second full render in the task that paints), and the next render
    // draws them fitted.
    if (this.stage && this.graph && this.stageSize.measure(this.stage)) return;
    this.stageSize.observe(this.stage);
    if (this.surface) this.zoomController.attach(this.surface);
    if (this.graph && this.layoutController.positions.size > 0 && this.stageSize.size.width > 0) {
      if (this.mapView()?.useCanvas) this.canvas.scheduleIfChanged();
      if (!this.firstPaintDone) {
        this.firstPaintDone = true;
        requestAnimationFrame(() => {
          mark('gia:first-paint');
          // The side panels start one frame later: their first render (tens of ms) must not hold up
          // the frame after the map's first one.
          requestAnimationFrame(() => this.side.reveal());
        });
      }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Data

  private onLoaded(src: string, network: GiaNetwork, warningCount: number): void {
    this.network = network;
    this.rebuild(() =>
      this.dispatchEvent(
        new GiaLoadEvent({
          src,
          title: String(network.metadata?.title ?? ''),
          region: String(network.metadata?.region ?? ''),
          nodeCount: this.graph?.nodes.length ?? 0,
          linkCount: this.graph?.links.length ?? 0,
          warningCount,
        }),
      ),
    );
  }

  private onLoadError(src: string, error: LoadError): void {
    this.builder.cancel();
    this.network = undefined;
    this.shownNetwork = undefined;
    this.graph = undefined;
    this.layoutController.dispose();
    this.dispatchEvent(
      new GiaErrorEvent({
        src,
        reason: error.reason,
        message: error.message,
        ...(error.status !== undefined ? { status: error.status } : {}),
        ...(error.problems ? { problems: error.problems } : {}),
      }),
    );
  }

  /**
   * network + mode → graph → layout (graph-build-controller.ts: a large network is built over the next tasks,
   * meanwhile the loading state shows). `onBuilt` runs once the graph is in.
   */
  private rebuild(onBuilt?: () => void): void {
    const network = this.network;
    if (!network || typeof network !== 'object') {
      this.builder.cancel();
      this.graph = undefined;
      return;
    }
    mark('gia:data-in');
    const dataInAt = performance.now();
    this.startSettle();
    const inTask = this.builder.build(network, this.safeMode, (input, graph, sameTask) => {
      this.showGraph(input, graph, sameTask ? dataInAt : undefined);
      onBuilt?.();
    });
    if (inTask) return;
    this.graph = undefined;
    this.shownNetwork = undefined;
    this.layoutController.dispose();
  }

  /** `dataInAt`: when the data came in (performance.now()), for a graph shown in the data's task (the warm-up's deadline). */
  private showGraph(input: GiaNetwork, graph: NetworkGraph, dataInAt?: number): void {
    this.shownNetwork = input;
    this.graph = graph;
    const hash = this.pendingHash;
    this.pendingHash = undefined;
    if (hash) this.applyViewState(hash, false);
    let layout: LayoutKind = this.layout === 'ave' ? 'ave' : 'force';
    if (hash?.layout) layout = hash.layout;
    if (layout !== this.layout) this.layout = layout;
    if (this.selected && !graph.byId.has(this.selected)) this.selected = undefined;
    if (!this.selected && this.focusId && graph.byId.has(this.focusId)) this.selected = this.focusId;
    if (this.focusedId && !graph.byId.has(this.focusedId)) this.focusedId = undefined;
    this.needsFit = true;
    this.layoutController.setGraph(graph, layout, LAYOUT_WIDTH, LAYOUT_HEIGHT, { dataInAt });
  }

  private startSettle(): void {
    this.settle.start();
  }

  private onSettled(layout: LayoutKind): void {
    this.settle.finish((durationMs) => {
      mark('gia:settled');
      if (!this.zoomController.userMoved) this.needsFit = true;
      this.requestUpdate();
      this.dispatchEvent(new GiaLayoutSettleEvent({ layout, nodeCount: this.graph?.nodes.length ?? 0, durationMs }));
    });
  }

  // ------------------------------------------------------------------------------------------------
  // View state (hash)

  private applyViewState(state: ViewState, fromHashChange = true): void {
    this.filter = cleanFilter(state.filter);
    this.help = state.help;
    this.view = state.view ?? 'map';
    if (state.selected && (!this.graph || this.graph.byId.has(state.selected))) this.selected = state.selected;
    else if (fromHashChange) this.selected = undefined;
    if (fromHashChange && state.layout && state.layout !== this.layout) this.layout = state.layout;
  }

  private writeHash(): void {
    this.hashController.write({
      ...(this.selected ? { selected: this.selected } : {}),
      ...(this.layout === 'ave' ? { layout: 'ave' as const } : {}),
      ...(this.view === 'list' ? { view: 'list' as const } : {}),
      filter: this.filter,
      ...(this.help ? { help: this.help } : {}),
    });
  }

  // ------------------------------------------------------------------------------------------------
  // User actions (these fire the public events)

  private selectNode(id: Id | null, options: { user: boolean; focusDetails?: boolean }): void {
    const next = id && this.graph?.byId.has(id) ? id : undefined;
    if (id && this.graph && !next) return;
    const previous = this.selected;
    if (next === previous) {
      if (options.focusDetails && next) void this.focusDetails();
      return;
    }
    this.selected = next ?? (id && !this.graph ? id : undefined);
    if (next) this.focusedId = next;
    if (options.user && next && !previous) this.returnFocus = deepActiveElement();
    if (options.user) {
      const node = next ? this.graph?.byId.get(next) : undefined;
      this.dispatchEvent(new GiaSelectEvent({ id: next ?? null, kind: node?.kind ?? null, label: node?.label ?? null }));
      if (node) this.announce(msg(this.language, 'map.selectedAnnounce', { name: node.label }));
      this.writeHash();
      if (next && options.focusDetails !== false) void this.focusDetails();
      if (!next && previous) {
        const back = this.returnFocus;
        this.returnFocus = undefined;
        if (this.view === 'map') void this.focusNodeElement(previous);
        else if (back?.isConnected) back.focus();
      }
    }
  }

  private async focusDetails(): Promise<void> {
    // The user chose a node before the side area was shown: show (at least) the details now.
    this.side.show(1);
    await this.updateComplete;
    const panel = this.renderRoot.querySelector('gia-details-panel') as (HTMLElement & { focusHeading?: () => Promise<void> }) | null;
    if (panel?.focusHeading) await panel.focusHeading();
    else {
      // The map's own details (a small lazy chunk) may still be on their way.
      if (!fallbacksPart.value && (await fallbacksPart.load())) await this.updateComplete;
      (this.renderRoot.querySelector('.fallback-details h2') as HTMLElement | null)?.focus();
    }
  }

  private setFilter(filter: FilterState, user: boolean): void {
    const next = cleanFilter(filter);
    if (sameFilter(next, this.filter)) return;
    this.filter = next;
    const result = this.mapView()?.filter;
    if (user && this.graph && result) {
      this.dispatchEvent(new GiaFilterChangeEvent({ filters: next, visibleCount: result.total, totalCount: this.graph.nodes.length }));
      this.announce(this.resultText(result));
      this.writeHash();
    }
  }

  private resultText(result: FilterResult): string {
    const lang = this.language;
    const parts = NODE_KINDS.filter((k) => result.counts[k] > 0 && k !== 'phase').map(
      (k) => `${result.counts[k]} ${msg(lang, result.counts[k] === 1 ? `kind.${k}` : `kind.${k}.plural`)}`,
    );
    return msg(lang, 'map.results', { count: result.total, detail: parts.join(', ') });
  }

  private setHelp(help: HelpState | null): void {
    this.help = help ?? undefined;
    this.writeHash();
    const announceResults = (): void => {
      const result = this.help && this.shownNetwork ? this.mapView()?.help : undefined;
      if (result) this.announce(msg(this.language, 'map.results', { count: result.total }));
    };
    if (helpPart.value) announceResults();
    else if (this.help) void helpPart.load().then(announceResults);
  }

  private setLayoutByUser(layout: LayoutKind): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.announce(msg(this.language, 'map.layoutAnnounce', { layout }));
    this.writeHash();
  }

  private setView(view: MapViewKind): void {
    if (view === this.view) return;
    this.view = view;
    this.writeHash();
  }

  private togglePause(): void {
    const layout = this.layoutController;
    const paused = layout.paused;
    if (paused) layout.resume();
    else layout.pause();
    this.announce(msg(this.language, paused ? 'map.resumed' : 'map.paused'));
    this.requestUpdate();
  }

  private announce(text: string): void {
    // Re-set even when equal, so the live region speaks again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private fitView(silent = false): void {
    const ids = this.mapView()?.filter.visible;
    const positions = this.layoutController.positions;
    const points = ids && ids.size > 0 ? [...ids].map((id) => positions.get(id)).filter((p): p is Point => !!p) : [...positions.values()];
    this.zoomController.fit(points, this.stageSize.size.width, this.stageSize.size.height, 40, 2, silent);
  }

  private fitByUser(): void {
    this.zoomController.userMoved = false;
    this.fitView();
  }

  private resetView(): void {
    this.zoomController.userMoved = false;
    for (const id of [...this.layoutController.pinned]) this.layoutController.unpin(id);
    this.startSettle();
    this.fitView();
  }

  private zoomBy(factor: number): void {
    this.zoomController.zoomBy(factor, this.stageSize.size.width, this.stageSize.size.height);
  }

  /** Scrolls the zoom so that the node with this id is on the stage. */
  private ensureVisible(id: Id): void {
    const p = this.layoutController.positions.get(id);
    if (p) this.zoomController.ensureVisible(p, this.stageSize.size.width, this.stageSize.size.height);
  }

  // ------------------------------------------------------------------------------------------------
  // Keyboard, pointer and focus

  private keyboardHost(): KeyboardHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const map = this;
    const moved = (key: string, id: Id) => map.announceMove(key, map.graph?.byId.get(id)?.label ?? id);
    return {
      get focusedId() {
        return map.mapView()?.tabStop;
      },
      get selectedId() {
        return map.selected;
      },
      get movingId() {
        return map.movingId;
      },
      reachable: () => {
        const positions = map.layoutController.positions;
        return new Map(map.visibleNodes().flatMap((n) => (positions.has(n.id) ? [[n.id, positions.get(n.id)!] as const] : [])));
      },
      order: () => map.visibleNodes().map((n) => n.id),
      neighbours: (id) => [...(map.graph?.neighbours.get(id) ?? [])].filter((n) => map.mapView()?.filter.visible.has(n) ?? true),
      focusNode: (id) => void map.focusNodeElement(id),
      select: (id) => map.selectNode(id, { user: true }),
      zoomBy: (factor) => map.zoomBy(factor),
      panBy: (dx, dy) => map.zoomController.panBy(dx, dy),
      fit: () => map.fitByUser(),
      startMove: (id) => {
        map.movingId = id;
        moved('map.moveOn', id);
      },
      endMove: () => {
        const id = map.movingId;
        map.movingId = undefined;
        if (id && map.graph?.byId.has(id)) moved('map.moveOff', id);
      },
      moveBy: (dx, dy) => {
        const id = map.movingId;
        const p = id ? map.layoutController.positions.get(id) : undefined;
        if (!id || !p) return;
        const k = map.zoomController.transform.k;
        const next = { x: p.x + dx / k, y: p.y + dy / k };
        map.pinNode(id, next);
        map.zoomController.ensureVisible(next, map.stageSize.size.width, map.stageSize.size.height);
      },
      togglePause: () => map.togglePause(),
      openKeys: () => map.keys.openDialog(),
    };
  }

  private async focusNodeElement(id: Id): Promise<void> {
    this.focusedId = id;
    this.ensureVisible(id);
    await this.updateComplete;
    const element = this.renderRoot.querySelector(`[data-id="${cssEscape(id)}"]`) as SVGGElement | null;
    element?.focus({ preventScroll: true });
    const stage = this.stage;
    if (stage) {
      const rect = stage.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) stage.scrollIntoView({ block: 'nearest' });
    }
  }

  private onSideKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selected && !event.defaultPrevented) {
      event.preventDefault();
      this.selectNode(null, { user: true });
    }
  };

  /** Pins a node at `p` (a drag, a keyboard move, a click that places a moving node); the layout runs on. */
  private pinNode(id: Id, p: Point): void {
    this.startSettle();
    this.layoutController.pin(id, p.x, p.y);
  }

  /** Where the event's pointer is on the surface, in layout coordinates. */
  private layoutPoint(event: MouseEvent): Point {
    const rect = this.surface!.getBoundingClientRect();
    return this.zoomController.toLayout(event.clientX - rect.left, event.clientY - rect.top);
  }

  /** The node under the pointer: its element, or else the target round it (at least 24 px across on screen). */
  private nodeIdAt(event: MouseEvent): Id | undefined {
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    const g = target?.closest?.('[data-id]');
    if (g) return g.getAttribute('data-id') ?? undefined;
    if (!this.surface) return undefined;
    const p = this.layoutPoint(event);
    const minRadius = MIN_TARGET_RADIUS_PX / this.zoomController.transform.k;
    const nodes = this.visibleNodes();
    const positions = this.layoutController.positions;
    // Beside the shape, within the node's target: the same rule for both renderers.
    if (this.mapView()?.useCanvas) return this.canvas.nodeAt(nodes, positions, p, minRadius);
    return nodeAtPoint(nodes, positions, p, (n) => Math.max(drawnRadius(n), minRadius));
  }

  private onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as Element | null;
    const id = target?.getAttribute?.('data-id');
    // Only a node's focus changes what is drawn (emphasis, labels): focus on the surface itself (a press on
    // the background) must not cost a full update.
    if (!id) return;
    this.graphFocused = true;
    if (id !== this.focusedId) this.focusedId = id;
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.surface?.contains(next)) {
      this.graphFocused = false;
      if (this.movingId) this.movingId = undefined;
    }
  };

  // ------------------------------------------------------------------------------------------------
  // Internal request events from the panels and the list

  private onRequestSelect = (event: Event): void => {
    event.stopPropagation();
    const id = (event as CustomEvent<{ id: Id | null }>).detail?.id ?? null;
    this.selectNode(id, { user: true });
    if (id && this.view === 'map') this.ensureVisible(id);
  };

  private onRequestFilter = (event: Event): void => {
    event.stopPropagation();
    const filter = (event as CustomEvent<{ filter: FilterState }>).detail?.filter;
    if (filter) this.setFilter(filter, true);
  };

  private onRequestHelp = (event: Event): void => {
    event.stopPropagation();
    this.setHelp((event as CustomEvent<{ help: HelpState | null }>).detail?.help ?? null);
  };

  /** "Verplaats op de kaart" in the details (WCAG 2.5.7): the node goes where the user clicks next, or moves by arrow keys. */
  private onRequestMove = (event: Event): void => {
    event.stopPropagation();
    const id = (event as CustomEvent<{ id: Id }>).detail?.id;
    if (typeof id !== 'string' || this.view !== 'map' || !this.layoutController.positions.has(id)) return;
    this.movingId = id;
    this.focusedId = id;
    void this.focusNodeElement(id);
    this.announceMove('map.moveOnPointer', this.graph?.byId.get(id)?.label ?? id);
  };

  private onRequestClose = (event: Event): void => {
    event.stopPropagation();
    this.selectNode(null, { user: true });
  };

  /** Announces a move text: those texts come with the keyboard chunk (normally in long before a node is moved). */
  private announceMove(key: string, name: string): void {
    const say = () => this.announce(msg(this.language, key, { name }));
    if (keyboardPart.value) say();
    else void keyboardPart.load().then(say);
  }

  /** Pins the node being moved at the clicked point of the map and ends the move. */
  private placeMovingNode(event: MouseEvent): boolean {
    const id = this.movingId;
    if (id === undefined || !this.surface) return false;
    this.pinNode(id, this.layoutPoint(event));
    this.movingId = undefined;
    this.announceMove('map.moveOff', this.graph?.byId.get(id)?.label ?? id);
    return true;
  }

  // ------------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    const load = this.dataController.value;
    const content = load.state === 'error' && !this.graph ? this.renderError(load.error) : this.renderMap();
    return html`<div part="base" class="base" lang=${this.language}>
      ${content}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  /** The error view is a lazy chunk, loaded (by the data controller) before an error is reported. */
  private renderError(error: LoadError): TemplateResult {
    const view = errorPart.value;
    if (!view) return html`<div part="error" class="state error" role="alert"><p>${error.message}</p></div>`;
    if (this.renderRoot instanceof ShadowRoot) addStyles(this.renderRoot, view.errorStyles);
    return view.errorTemplate(this.language, error);
  }

  /**
   * The toolbar, the stage and the side. Before there is a graph (loading, or no data yet) the same frame
   * shows with a message on the stage and inert controls: the page does not jump when the data comes,
   * and the stage is already measured, so the first update with data draws the nodes.
   */
  private renderMap(): TemplateResult {
    const lang = this.language;
    const { graph, shownNetwork: network, filter, help, selected, view } = this;
    const mode = this.safeMode;
    const select = (id: Id | null) => this.selectNode(id, { user: true });
    const toolbar = toolbarTemplate({
      ...{ lang, graph, network, mode, filter, view, legendOpen: this.legendOpen, withSearch: this.side.stage >= 1 },
      layout: this.layout === 'ave' ? 'ave' : 'force',
      paused: this.layoutController.paused,
      onRequestSelect: this.onRequestSelect,
      onRequestFilter: this.onRequestFilter,
      setLayout: (layout) => this.setLayoutByUser(layout),
      setView: (next) => this.setView(next),
      zoomBy: (factor) => this.zoomBy(factor),
      fit: () => this.fitByUser(),
      reset: () => this.resetView(),
      togglePause: () => this.togglePause(),
      toggleLegend: () => (this.legendOpen = !this.legendOpen),
      openKeys: () => this.keys.openDialog(),
    });
    const list = () =>
      this.side.list(
        { network, lang, mode, filter, help, selected, onSelect: this.onRequestSelect, onFilter: this.onRequestFilter, onHelp: this.onRequestHelp },
        this.visibleNodes(),
        select,
      );
    const resultCount = this.mapView()?.filter.total ?? 0;
    const side = () =>
      this.side.side({ network, graph, lang, mode, legendOpen: this.legendOpen, selected, movable: view === 'map', help, filter, resultCount }, select);
    return html`${toolbar}
      <div class="body">
        ${view === 'list' && graph ? list() : this.renderStage()}
        <div
          part="side"
          class="side"
          role="region"
          aria-label=${msg(lang, 'side.label')}
          @keydown=${this.onSideKeyDown}
          @gia-request-select=${this.onRequestSelect}
          @gia-request-filter=${this.onRequestFilter}
          @gia-request-help=${this.onRequestHelp}
          @gia-request-close=${this.onRequestClose}
          @gia-request-move=${this.onRequestMove}
        >
          ${graph ? side() : nothing}
        </div>
      </div>
      ${this.keys.template(lang)}`;
  }

  private renderStage(): TemplateResult {
    const graph = this.graph;
    const view = this.mapView();
    return html`<div part="stage" class="stage">${graph && view ? this.renderGraph(graph, view) : this.renderStageMessage()}</div>`;
  }

  private renderStageMessage(): TemplateResult {
    const loading = this.dataController.value.state === 'loading' || this.src || this.builder.building;
    return loading
      ? html`<div class="state" role="status">${msg(this.language, 'map.loading')}</div>`
      : html`<div class="state">${msg(this.language, 'error.noData')}</div>`;
  }

  /** The drawn network (SVG, or canvas with the focused and selected nodes in the DOM). */
  private renderGraph(graph: NetworkGraph, view: MapView): TemplateResult {
    const layout = this.layoutController;
    const positions = layout.positions;
    const transform = this.zoomController.transform;
    const { width, height } = this.stageSize.size;
    // Until the stage is measured (the first render with a graph) nothing is drawn: see updated().
    // Nor while the layout of a new graph is still being built over the next tasks (no positions yet).
    const measuring = !this.stageSize.known || positions.size === 0;
    this.frames.links = measuring ? [] : drawnLinks(view.domLinks, positions);
    // Label placement is redone on every full update (animation frames in between only move elements).
    const labels = measuring ? new Map() : view.labels({ positions, version: layout.version, settled: layout.settled, transform, width, height });
    return graphTemplate({
      ...{ lang: this.language, graph, view, positions, transform, labels, links: this.frames.links, nodes: measuring ? [] : view.domNodes },
      title: this.network?.metadata?.title,
      hoverId: this.hoverId,
      selected: this.selected,
      pinned: layout.pinned,
      movingId: this.movingId,
      pointer: this.pointer,
      onKeyDown: this.keys.onKeyDown,
      onFocusIn: this.onFocusIn,
      onFocusOut: this.onFocusOut,
      onClearFilters: () => this.setFilter(cleanFilter(EMPTY_FILTER), true),
    });
  }
}

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // marks are a convenience only
  }
}

/** The focused element, looking inside (nested) shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active ?? undefined;
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}
