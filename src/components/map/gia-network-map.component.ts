import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { GiaNetwork, Id } from '../../model/types.js';
import type { Mode, NetworkGraph } from '../../graph/types.js';
import type { LayoutKind, Point } from '../../layout/index.js';
import { GiaLayoutSettleEvent } from '../../events/index.js';
import { drawnLinks } from '../../render/svg-templates.js';
import { canvasRenderer, loadCanvasRenderer } from '../../render/canvas-loader.js';
import { createMapViewModel, type MapView } from '../../render/map-view-model.js';
import { EMPTY_FILTER, cleanFilter } from '../../graph/filter-state.js';
import { msg } from '../../i18n/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { GiaElement } from '../shared/gia-element.js';
import { toMode } from '../shared/mode.js';
import { addStyles } from '../shared/add-styles.js';
import { NarrowController } from '../shared/narrow-controller.js';
import { QuickExitController } from '../shared/quick-exit-controller.js';
import { urgentStripStyles } from '../shared/urgent-help-strip.js';
import { Announcer } from './announcer.js';
import { CanvasController } from './canvas-controller.js';
import type { LoadError } from '../shared/data-controller.js';
import { DataFlowController, mark } from './data-flow-controller.js';
import { FramePathController } from './frame-path-controller.js';
import { KeysController } from './keys-controller.js';
import { avePart, errorPart, helpPart, keyboardPart, labelsPart } from './lazy-parts.js';
import { LazyForcesLayoutController } from './lazy-forces-layout-controller.js';
import type { MapContext } from './map-context.js';
import { createCaptions, graphTemplate, radiusOf } from './map-graph.js';
import { MapInput } from './map-input.js';
import { createMapState } from './map-state.js';
import { ToolbarPart } from './toolbar-part.js';
import { jumpTemplate, UrgentHelpPart } from './public-parts.js';
import { PointerInput } from './pointer-input.js';
import { SelectionController } from './selection-controller.js';
import { SettleTracker } from './settle-tracker.js';
import { SidePanelsController } from './side-panels-controller.js';
import { StageSizeController } from './stage-size-controller.js';
import { ViewStateController } from './view-state-controller.js';
import { ViewportActions } from './viewport-actions.js';
import { ZoomController } from './zoom-controller.js';
import { linkTypeStyles, mapStyles } from './gia-network-map.styles.js';

export { LAYOUT_HEIGHT, LAYOUT_WIDTH } from './data-flow-controller.js';

/** The smallest scale a fit gives on a phone (public mode): nodes and labels stay readable; the user pans. */
const READABLE_SCALE = 1;

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
 * @attr with-fictitious - In public mode, keep entries marked fictitious (a demo; they are shown marked). Left out by default.
 * @attr with-hash - Public mode: keep the view (search, help question, selection, filters) in the URL hash too.
 *   Off by default: in public mode the hash is neither read nor written.
 * @attr no-quick-exit - Public mode: no quick-exit button and no triple Escape.
 * @attr quick-exit-url - Where quick exit goes (http or https; default `https://nos.nl/`).
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
 * @csspart urgent - Public mode: the urgent-help strip (112, Veilig Thuis) with the quick-exit button.
 * @csspart quick-exit - Public mode: the quick-exit button ("Snel weg").
 *
 * @cssproperty [--gia-map-height=560px] - Height of the map area.
 * @cssproperty --gia-color-text - Text colour (see the README for every `--gia-color-…` token).
 */
export class GiaNetworkMap extends GiaElement {
  static override styles = [themeStyles, mapStyles, linkTypeStyles, urgentStripStyles];

  // Declared in `properties` (not with decorators: the first paint then needs no decorator code).
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    mode: { reflect: true },
    layout: { reflect: true },
    focusId: { attribute: 'focus' },
    lang: { reflect: true },
    noHash: { type: Boolean, attribute: 'no-hash' },
    withFictitious: { type: Boolean, attribute: 'with-fictitious', reflect: true },
    withHash: { type: Boolean, attribute: 'with-hash' },
    noQuickExit: { type: Boolean, attribute: 'no-quick-exit' },
    quickExitUrl: { attribute: 'quick-exit-url' },
  };

  /** URL of the network file. */
  declare src?: string;
  /** An already parsed network (property only). Not validated: the page owns it. */
  declare data?: GiaNetwork;
  /** `public` (default) or `professional`. */
  mode: Mode = 'public';
  /** `force` (default) or `ave`. */
  layout: LayoutKind = 'force';
  /** Id of a node to open on load (attribute `focus`). */
  declare focusId?: string;
  /** `nl` (default) or `en`. */
  override lang = 'nl';
  /** Do not keep the view in the URL hash. */
  noHash = false;
  /** In public mode, keep entries marked fictitious (demo use). */
  withFictitious = false;
  /** Public mode: keep the view in the URL hash too (off: what a visitor looked for stays out of the URL). */
  withHash = false;
  /** Public mode: no quick exit. */
  noQuickExit = false;
  /** Where quick exit goes (http or https; default `https://nos.nl/`). */
  declare quickExitUrl?: string;

  /** The view state (map-state.ts): each field updates the map like a `@state` field. */
  private readonly state = createMapState(this);

  private get stage(): HTMLElement | undefined {
    return this.find<HTMLElement>('.stage');
  }
  private get surface(): SVGSVGElement | undefined {
    return this.find<SVGSVGElement>('svg.surface');
  }
  private get canvasElement(): HTMLCanvasElement | undefined {
    return this.find<HTMLCanvasElement>('canvas');
  }
  /** An element of the shadow tree (none before the first connect, when there is no render root yet). */
  private find<T extends Element>(selector: string): T | undefined {
    return (this.renderRoot as ParentNode | undefined)?.querySelector<T>(selector) ?? undefined;
  }

  private readonly layoutController = new LazyForcesLayoutController(this, {
    onSettled: (layout) => this.onSettled(layout),
    reducedMotion: () => this.motionQuery?.matches ?? false,
    onFrame: (): boolean => this.frames.drawFrame(),
  });
  private readonly zoomController = new ZoomController(
    this,
    (_, gesture): boolean => this.frames.drawPan(gesture),
    (surface) => this.frames.origin(surface),
  );
  private readonly stageSize = new StageSizeController(this, (first) => {
    if (first || !this.zoomController.userMoved) this.viewport.needsFit = true;
  });
  private readonly settle = new SettleTracker();
  private readonly captions = createCaptions();
  /** What the controllers below share. */
  private readonly ctx: MapContext = {
    ...{ host: this, state: this.state, layout: this.layoutController, zoom: this.zoomController, stageSize: this.stageSize },
    ...{ settle: this.settle, announcer: new Announcer(this, () => this.language) },
    lang: () => this.language,
    mode: () => this.safeMode,
    mapView: () => this.mapView(),
    surface: () => this.surface,
  };
  private readonly viewport = new ViewportActions(this.ctx);
  private readonly viewState = new ViewStateController(
    this.ctx,
    () => this.noHash || (this.safeMode === 'public' && !this.withHash),
    () => (this.viewport.needsFit = true),
  );
  private readonly quickExit = new QuickExitController(this, {
    enabled: () => this.safeMode === 'public' && !this.noQuickExit,
    target: () => this.quickExitUrl,
  });
  private readonly narrow = new NarrowController(this, () => this.safeMode === 'public');
  private readonly urgentHelp = new UrgentHelpPart(() => this.requestUpdate());
  private readonly toolbar = new ToolbarPart(this);
  private readonly side = new SidePanelsController(this, { listShown: () => this.state.view === 'list' });
  private readonly selection = new SelectionController(this.ctx, { side: this.side, viewport: this.viewport, viewState: this.viewState });
  private readonly dataFlow = new DataFlowController(this.ctx, { viewState: this.viewState, viewport: this.viewport });
  private readonly canvas = new CanvasController(this, {
    key: () => {
      const { x, y, k } = this.zoomController.transform;
      const { width, height } = this.stageSize.size;
      const view = this.mapView();
      // The drawn links (kept while the same): in the AVE layout they follow the selection and the focus.
      const links = view?.useCanvas ? view.canvasLinks : undefined;
      return [this.canvasElement, this.state.graph, this.layoutController.positions, x, y, k, width, height, this.state.selected, view?.filter, view?.help, links];
    },
    scene: () => {
      const canvas = this.canvasElement;
      const view = this.mapView();
      if (!canvas || !view?.useCanvas || this.state.view !== 'map') return undefined;
      const { positions, moving } = this.layoutController;
      const { width, height } = this.stageSize.size;
      const { nodes, canvasLinks: links, highlighted } = view;
      const transform = this.zoomController.transform;
      const graph = this.state.graph;
      // The captions are drawn in the SVG over the canvas: the canvas labels keep clear of them too.
      const obstacles = graph ? this.captions(this.language, graph, this.layoutController.simulation, nodes, positions, transform).boxes : undefined;
      return { canvas, nodes, links, positions, transform, width, height, selected: this.state.selected, highlighted, moving, obstacles };
    },
  });
  private readonly input = new MapInput(this.ctx, {
    ...{ selection: this.selection, viewport: this.viewport, canvas: this.canvas },
    togglePause: () => this.viewState.togglePause(),
    openKeys: () => this.keys.openDialog(),
    moving: () => this.frames.moving,
  });
  private readonly keys: KeysController = new KeysController(this, this.input.keyboardHost(), () => {
    const id = this.mapView()?.tabStop;
    if (id && this.state.view === 'map') void this.selection.focusNode(id);
  });
  private readonly frames: FramePathController = new FramePathController(this, {
    surface: () => this.surface,
    shown: () => this.state.view === 'map' && !!this.state.graph,
    canvas: () => this.mapView()?.useCanvas ?? false,
    paintCanvas: (now) => (now ? this.canvas.paintNow() : this.canvas.schedule()),
    positions: () => this.layoutController.positions,
    radius: () => radiusOf(this.state.graph!),
    transform: () => this.zoomController.transform,
    held: () => this.zoomController.holding,
  });
  private readonly pointer = new PointerInput(this.input.pointerHost());
  /** (graph, view state) → what is drawn: filter, help result, visible nodes, emphasis, names, labels (one cache). */
  private readonly viewModel = createMapViewModel();

  private firstPaintDone = false;
  /**
   * The labels are drawn from the frame after the map's first paint: placing them and laying out their text is
   * most of what the first frame with nodes would otherwise do besides the nodes and links.
   */
  private labelsShown = false;
  private labelStylesAdded = false;
  private motionQuery?: MediaQueryList;

  /**
   * Resolves after the first paint of the map, once its panels are defined and the small lazy chunks that the
   * first user actions need (the keyboard, writing the URL hash) are in; with a view in the URL hash, after it is read.
   */
  get ready(): Promise<void> {
    const hash = this.viewState.hashReading;
    const chunks = () => Promise.all([keyboardPart.load(), labelsPart.load(), this.toolbar.loaded(), this.viewState.hash.writerLoaded()]);
    // A view in the hash is read (a lazy chunk) before the first graph is drawn.
    if (hash) return hash.then(() => this.side.revealed).then(chunks).then(() => undefined);
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
    return this.state.graph;
  }

  /** The selected node id. Setting it selects without firing `gia-select`. */
  get selectedId(): Id | undefined {
    return this.state.selected;
  }
  set selectedId(id: Id | undefined) {
    this.selection.select(id ?? null, { user: false });
  }

  private get safeMode(): Mode {
    return toMode(this.mode);
  }

  /** What is drawn for the current graph and view state (memoised: cheap to ask on every event or frame). */
  private mapView(): MapView | undefined {
    const { graph, filter, help, chain, shownNetwork: network, selected, focusedId, hoverId, graphFocused } = this.state;
    if (!graph) return undefined;
    const findHelp = helpPart.value?.findHelp;
    const labelKit = labelsPart.value;
    const ave = this.layout === 'ave';
    const state = { filter, help, chain: chain?.organisations, network, mode: this.safeMode, findHelp, labelKit, lang: this.language, ave, aveKit: avePart.value };
    return this.viewModel(graph, { ...state, selected, focusedId, hoverId, graphFocused });
  }

  // ------------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // The AVE and large-graph forces (a lazy chunk): fetched now, while the data loads; a layout that needs
    // them waits for them (see LazyForcesLayoutController). The panels and the keyboard: see their controllers.
    this.layoutController.preload();
    if (!avePart.value) void avePart.load().then((loaded) => loaded && this.layout === 'ave' && this.requestUpdate());
    if (this.safeMode === 'public') this.urgentHelp.preload();
    this.ctx.announcer.preload();
    // The label code (a lazy chunk): in before the data as a rule; a map drawn without it gets its labels when it is in.
    // Before the labels are shown (see labelsShown) an update for them would change nothing: in a map made and
    // given its data in one task, the chunk often comes in before its first frame and would hold it up.
    if (!labelsPart.value) void labelsPart.load().then((loaded) => loaded && this.labelsShown && this.requestUpdate());
    this.motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    this.dataFlow.willUpdate(changed);
    // The label and caption styles come with the label code (a lazy chunk): added before the first render with labels.
    const labelKit = labelsPart.value;
    if (labelKit && !this.labelStylesAdded && this.renderRoot instanceof ShadowRoot) {
      addStyles(this.renderRoot, labelKit.labelStyles);
      this.labelStylesAdded = true;
    }
    if (changed.has('layout') && changed.get('layout') !== undefined) {
      this.settle.start();
      this.layoutController.setLayout(this.layout === 'ave' ? 'ave' : 'force');
      if (this.layout === 'ave' && !avePart.value) void avePart.load().then((loaded) => loaded && this.requestUpdate());
    }
    if (changed.has('focusId') && this.focusId && this.state.graph && changed.get('focusId') !== undefined) {
      this.selection.select(this.focusId, { user: false });
    }
    // Start fetching the canvas renderer (a lazy chunk) as soon as the map knows it will need it.
    if (this.mapView()?.useCanvas && !canvasRenderer()) void loadCanvasRenderer().catch(() => undefined);
    // The help finder is a lazy chunk: with a question set before it is in, update again when it is.
    const { graph, help, shownNetwork } = this.state;
    if (graph && help && shownNetwork && !helpPart.value) void helpPart.load().then((loaded) => loaded && this.requestUpdate());
    this.zoomController.viewport = this.stageSize.size;
    this.viewport.minFitScale = this.safeMode === 'public' && this.narrow.value ? READABLE_SCALE : 0;
    this.viewport.fitIfNeeded(!!graph);
  }

  protected override firstUpdated(): void {
    this.stageSize.observe(this.stage);
  }

  protected override updated(): void {
    // The first render with data has no nodes: the stage is measured at once instead of waiting for the
    // ResizeObserver (a frame later, and a second full render in the task that paints), and the next render
    // draws them fitted.
    if (this.stage && this.state.graph && this.stageSize.measure(this.stage)) return;
    this.stageSize.observe(this.stage);
    if (this.surface) this.zoomController.attach(this.surface);
    if (this.state.graph && this.layoutController.positions.size > 0 && this.stageSize.size.width > 0) {
      if (this.mapView()?.useCanvas) this.canvas.scheduleIfChanged();
      if (!this.firstPaintDone) {
        this.firstPaintDone = true;
        requestAnimationFrame(() => {
          mark('gia:first-paint');
          // The toolbar and the side panels start one frame later: their first render (tens of ms) must not
          // hold up the frame after the map's first one.
          requestAnimationFrame(() => {
            this.labelsShown = true;
            this.requestUpdate();
            this.toolbar.reveal();
            this.side.reveal();
          });
        });
      }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    const load = this.dataFlow.load;
    const content = load.state === 'error' && !this.state.graph ? this.renderError(load.error) : this.renderMap();
    const lang = this.language;
    const urgent =
      this.safeMode === 'public'
        ? this.urgentHelp.template(lang, this.state.shownNetwork, this.noQuickExit ? undefined : this.quickExit.leave)
        : nothing;
    return html`<div part="base" class="base" lang=${lang}>${urgent}${content} ${this.ctx.announcer.template()}</div>`;
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
    const { graph, shownNetwork: network, filter, help, selected, view, legendOpen } = this.state;
    const { selection, viewState, viewport } = this;
    const mode = this.safeMode;
    const chain = mode === 'professional' ? this.state.chain : undefined;
    const select = (id: Id | null) => selection.select(id, { user: true });
    // A map given its data before its first render draws the strip and the stage first (toolbar-part.ts).
    const toolbar = this.toolbar.template({
      ...{ lang, graph, network, mode, filter, view, legendOpen, withSearch: this.side.stage >= 1 },
      ...{ layout: this.layout === 'ave' ? 'ave' : 'force', paused: this.layoutController.paused },
      ...{ onRequestSelect: selection.onRequestSelect, onRequestFilter: viewState.onRequestFilter },
      setLayout: (layout) => viewState.setLayout(layout),
      setView: (next) => viewState.setView(next),
      zoomBy: (factor) => viewport.zoomBy(factor),
      fit: () => viewport.fitByUser(),
      reset: () => viewport.reset(),
      togglePause: () => viewState.togglePause(),
      toggleLegend: () => (this.state.legendOpen = !legendOpen),
      openKeys: () => this.keys.openDialog(),
    }, !!graph && !this.firstPaintDone);
    const handlers = { onSelect: selection.onRequestSelect, onFilter: viewState.onRequestFilter, onHelp: viewState.onRequestHelp };
    const list = () =>
      this.side.list({ network, withFictitious: this.withFictitious, lang, mode, filter, help, chain: chain?.organisations, selected, ...handlers }, this.mapView()?.nodes ?? [], select);
    const resultCount = this.mapView()?.filter.total ?? 0;
    const narrow = mode === 'public' && this.narrow.value;
    const sideInput = { network, graph, lang, mode, legendOpen, layout: this.layout === 'ave' ? ('ave' as const) : ('force' as const), selected, movable: view === 'map', help, chain: chain?.choice, filter, resultCount, narrow };
    const side = () => this.side.side(sideInput, select);
    const sideArea = html`<div
      part="side"
      class="side"
      role="region"
      aria-label=${msg(lang, 'side.label')}
      @keydown=${selection.onSideKeyDown}
      @gia-request-select=${selection.onRequestSelect}
      @gia-request-filter=${viewState.onRequestFilter}
      @gia-request-help=${viewState.onRequestHelp}
      @gia-request-chain=${viewState.onRequestChain}
      @gia-request-close=${selection.onRequestClose}
      @gia-request-move=${selection.onRequestMove}
    >
      ${graph ? side() : nothing}
    </div>`;
    // On a phone (public mode): the help finder first, the map and the list one tap away below it.
    if (narrow) {
      const jump = jumpTemplate(lang, (next) => void this.jumpTo(next));
      return html`<div class="narrow">${jump}${sideArea}${toolbar}<div class="body">${view === 'list' && graph ? list() : this.renderStage()}</div></div>
        ${this.keys.template(lang)}`;
    }
    return html`${toolbar}
      <div class="body">
        ${view === 'list' && graph ? list() : this.renderStage()} ${sideArea}
      </div>
      ${this.keys.template(lang)}`;
  }

  /** The phone layout's "Bekijk de kaart / de lijst": switches the view and brings the toolbar into view. */
  private async jumpTo(view: 'map' | 'list'): Promise<void> {
    this.viewState.setView(view);
    await this.updateComplete;
    const toolbar = this.renderRoot.querySelector<HTMLElement>('.toolbar');
    if (!toolbar) return;
    // Just below the sticky urgent-help strip (public mode, as the phone layout), whose height depends on how its
    // lines wrap (on a phone 3 to 6 lines): no fixed margin in the styles can know it.
    const strip = this.renderRoot.querySelector('.urgent');
    toolbar.style.scrollMarginBlockStart = strip ? `${Math.ceil(strip.getBoundingClientRect().height) + 4}px` : '';
    toolbar.scrollIntoView({ block: 'start' });
  }

  private renderStage(): TemplateResult {
    const graph = this.state.graph;
    const view = this.mapView();
    let content: TemplateResult;
    if (graph && view) content = this.renderGraph(graph, view);
    else if (this.dataFlow.loading) content = html`<div class="state" role="status">${msg(this.language, 'map.loading')}</div>`;
    else content = html`<div class="state">${msg(this.language, 'error.noData')}</div>`;
    return html`<div part="stage" class="stage">${content}</div>`;
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
    const { captions, boxes: obstacles } = measuring
      ? { captions: [], boxes: [] }
      : this.captions(this.language, graph, layout.simulation, view.nodes, positions, transform);
    const labelled = !measuring && this.labelsShown;
    const labels = labelled ? view.labels({ positions, version: layout.version, settled: layout.settled, transform, width, height, obstacles }) : new Map();
    const { hoverId, selected, movingId, network } = this.state;
    return graphTemplate({
      ...{ lang: this.language, graph, view, positions, transform, labels, captions, links: this.frames.links, nodes: measuring ? [] : view.domNodes },
      labelLayer: labelled ? labelsPart.value?.nodeLabels : undefined,
      ...{ title: network?.metadata?.title, hoverId, selected, pinned: layout.pinned, movingId, pointer: this.pointer },
      onKeyDown: this.keys.onKeyDown,
      onFocusIn: this.selection.onFocusIn,
      onFocusOut: this.selection.onFocusOut,
      onClearFilters: () => this.viewState.setFilter(cleanFilter(EMPTY_FILTER), true),
    });
  }

  private onSettled(layout: LayoutKind): void {
    this.settle.finish((durationMs) => {
      mark('gia:settled');
      if (!this.zoomController.userMoved) this.viewport.needsFit = true;
      this.requestUpdate();
      this.dispatchEvent(new GiaLayoutSettleEvent({ layout, nodeCount: this.state.graph?.nodes.length ?? 0, durationMs }));
    });
  }
}
