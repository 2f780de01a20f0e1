import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { GiaNetwork, Id } from '../../model/types.js';
import { deriveGraph, deriveGraphSteps } from '../../graph/derive-graph.js';
import { EMPTY_FILTER, filterGraph, isEmptyFilter, type FilterResult, type FilterState } from '../../graph/filter-graph.js';
import type { HelpResult, findHelp as FindHelp } from '../../graph/find-help.js';
import { estimateNodeCount } from '../../graph/network-size.js';
import { NODE_KINDS, type GraphLink, type GraphNode, type Mode, type NetworkGraph } from '../../graph/types.js';
import type { LayoutKind, Point } from '../../layout/index.js';
import type { HelpState, ViewState } from '../../view-state/hash-state.js';
import { GiaErrorEvent, GiaFilterChangeEvent, GiaLayoutSettleEvent, GiaLoadEvent, GiaSelectEvent } from '../../events/index.js';
import { defsTemplate, drawnLinks, graphLayerTemplate } from '../../render/svg-templates.js';
import { labelOf } from '../../render/label-text.js';
import { placeLabels, type LabelSide } from '../../render/label-placement.js';
import { collectFrameElements, moveFrameElements, type FrameElements } from '../../render/svg-frame.js';
import type { CanvasColors } from '../../render/canvas-renderer.js';
import { CANVAS_THRESHOLD, canvasRenderer, loadCanvasRenderer } from '../../render/canvas-loader.js';
import { MIN_TARGET_RADIUS_PX, nodeAtPoint } from '../../render/node-at-point.js';
import { drawnRadius } from '../../render/node-shapes.js';
import { afterLangLoaded, msg, toLang, type Lang } from '../../i18n/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { addStyles } from '../shared/add-styles.js';
import { lazyModule } from '../../util/lazy-module.js';
import { accessibleName } from './accessible-name.js';
import { DataController, type LoadError } from './data-controller.js';
import { HashController } from './hash-controller.js';
import type { KeyboardController, KeyboardHost } from './keyboard-controller.js';
import { claimsKey } from './keyboard-keys.js';
import { errorPart, fallbacksPart, keyboardPart, type FallbacksModule } from './lazy-parts.js';
import { LazyForcesLayoutController } from './lazy-forces-layout-controller.js';
import { ONE_TASK_NODES } from './layout-controller.js';
import { stripForPublic } from './model-bridge.js';
import { ZoomController } from './zoom-controller.js';
import { PointerInput, type PointerHost } from './pointer-input.js';
import { StageSizeController } from './stage-size-controller.js';
import type { NodeHitIndex } from '../../render/node-hit-index.js';
import { FramePainter } from './frame-painter.js';
import { linkTypeStyles, mapStyles } from './gia-network-map.styles.js';
import { icons } from './toolbar-icons.js';

/**
 * The side panels and the list view (with their catalogues) are a separate chunk in the script-tag bundle:
 * loading starts at once, but the first paint of the map does not wait for it. Until a panel's tag is
 * defined the map renders its own fallback (details, list) or an empty element that upgrades later.
 */
let panels: typeof import('./panels.js') | undefined;
const panelsLoaded: Promise<unknown> = import('./panels.js').then(
  (module) => (panels = module),
  () => undefined,
);

/**
 * "Ik zoek hulp bij…" results are needed only once a help question is set (by the help finder in the panels, or by
 * the URL hash): findHelp is a lazy chunk as well. It is fetched with the panels; until it is in, no highlight.
 */
let findHelp: typeof FindHelp | undefined;
const helpPart = lazyModule(() => import('../../graph/find-help.js'));
function loadFindHelp(): Promise<typeof FindHelp | undefined> {
  return helpPart.load().then((module) => (findHelp = module?.findHelp));
}

/** The fixed layout space: positions do not depend on the viewport, so the same input gives the same layout. */
export const LAYOUT_WIDTH = 1000;
export const LAYOUT_HEIGHT = 700;

type View = 'map' | 'list';

function sameFilter(a: FilterState, b: FilterState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function cleanFilter(value: Partial<FilterState> | undefined): FilterState {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    specialisms: list(value?.specialisms),
    kinds: list(value?.kinds).filter((k): k is FilterState['kinds'][number] => (NODE_KINDS as readonly string[]).includes(k)),
    phases: list(value?.phases),
    municipalities: list(value?.municipalities),
    query: typeof value?.query === 'string' ? value.query : '',
  };
}

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
  /** A large network is being turned into a graph over the next tasks (see rebuild). */
  @state() private building = false;
  private buildToken = 0;
  /** What the panels and the list get: in public mode the stripped network, so no personal data can reach them. */
  @state() private shownNetwork?: GiaNetwork;
  @state() private filter: FilterState = cleanFilter(EMPTY_FILTER);
  @state() private help?: HelpState;
  @state() private selected?: Id;
  @state() private view: View = 'map';
  @state() private focusedId?: Id;
  @state() private hoverId?: Id;
  @state() private graphFocused = false;
  @state() private movingId?: Id;
  @state() private keysOpen = false;
  @state() private legendOpen = false;
  @state() private announcement = '';
  /**
   * How much of the side area (and the toolbar's search box) is rendered: 0 until the map has painted,
   * then 1 (search, details, legend, help finder) and 2 (filters), each in its own task, so neither the
   * panels' first render nor their chunk's arrival lands in the task that paints the map.
   */
  @state() private sideStage = 0;

  @query('.stage') private stage?: HTMLElement;
  @query('svg.surface') private surface?: SVGSVGElement;
  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('dialog.keys') private keysDialog?: HTMLDialogElement;

  private readonly dataController = new DataController(this, {
    lang: () => this.language,
    onLoaded: (src, network, warningCount) => this.onLoaded(src, network, warningCount),
    onError: (src, error) => this.onLoadError(src, error),
  });
  private readonly layoutController = new LazyForcesLayoutController(this, {
    onSettled: (layout) => this.onSettled(layout),
    reducedMotion: () => this.reducedMotion,
    onFrame: () => this.drawFrame(),
  });
  private readonly zoomController = new ZoomController(this, () => this.drawPan());
  private readonly stageSize = new StageSizeController(this, (first) => {
    if (first || !this.zoomController.userMoved) this.needsFit = true;
  });
  private readonly hashController = new HashController(this, {
    enabled: () => !this.noHash,
    apply: (state) => this.applyViewState(state),
  });
  /** Made when the keyboard chunk is in (see keyboardController()). */
  private keyboard?: KeyboardController;

  private filterResult?: FilterResult;
  /** The SVG elements the frame path moves, collected after each render (see drawFrame). */
  private frameElements?: FrameElements;
  /** The links the last render drew as SVG lines, in order (the frame path pairs them with the lines). */
  private drawnLinks: readonly GraphLink[] = [];
  private framesSinceRender = 0;
  private panTimer?: ReturnType<typeof setTimeout>;
  private visibleCache: { graph?: NetworkGraph; visible?: Set<Id>; nodes: GraphNode[] } = { nodes: [] };
  private nameCache: { graph?: NetworkGraph; lang?: Lang; names: Map<Id, string> } = { names: new Map() };
  private labelCache: { key: string; graph?: NetworkGraph; version: number; sides: Map<Id, LabelSide> } = {
    key: '',
    version: -1,
    sides: new Map(),
  };
  /** Where focus was when the details opened (the list view gets it back on close). */
  private returnFocus?: HTMLElement;
  private helpResult?: HelpResult;
  private filterFor: { graph?: NetworkGraph; filter?: FilterState } = {};
  private helpFor: { graph?: NetworkGraph; help?: HelpState; network?: GiaNetwork; mode?: Mode } = {};
  private linksFor: { graph?: NetworkGraph; visible?: Set<Id>; links: NetworkGraph['links'] } = { links: [] };
  private pendingHash?: ViewState;
  private firstPaintDone = false;
  private canvasColors?: CanvasColors;
  private readonly painter = new FramePainter(() => this.paintCanvas());
  /** Canvas hit testing; made with the canvas renderer's chunk (only the canvas path needs it). */
  private hitIndex?: NodeHitIndex;
  private needsFit = true;
  private layoutStart = 0;
  private motionQuery?: MediaQueryList;
  private readyResolve!: () => void;
  private settledResolve!: () => void;
  private readyPromise: Promise<void> = new Promise((resolve) => (this.readyResolve = resolve));
  private settledPromise: Promise<void> = new Promise((resolve) => (this.settledResolve = resolve));
  private settledFlag = false;

  /**
   * Resolves after the first paint of the map, once its panels are defined and the small lazy chunks that the
   * first user actions need (the keyboard, writing the URL hash) are in.
   */
  get ready(): Promise<void> {
    const chunks = () => Promise.all([keyboardPart.load(), this.hashController.writerLoaded()]);
    return this.readyPromise.then(chunks).then(() => undefined);
  }

  /** Resolves when the current layout has come to rest. */
  get settled(): Promise<void> {
    return this.settledPromise;
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

  private get reducedMotion(): boolean {
    return this.motionQuery?.matches ?? false;
  }

  private get useCanvas(): boolean {
    return (this.filterResult?.total ?? 0) > CANVAS_THRESHOLD;
  }

  // ------------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // A task of its own: the chunk's arrival must not add a map update to the task that evaluated it.
    // The list view and a side area already shown were drawn with stand-ins until the panels' chunk came
    // in: draw them again then (otherwise revealSide() shows the side area after the map's first paint).
    void panelsLoaded.then(() => setTimeout(() => (this.view === 'list' || this.sideStage > 0) && this.requestUpdate(), 0));
    void panelsLoaded.then(loadFindHelp);
    // The AVE and large-graph forces (a lazy chunk): fetched now, while the data loads; a layout that needs
    // them waits for them (see LazyForcesLayoutController).
    this.layoutController.preload();
    // The keyboard controller and the keys dialog (a lazy chunk): fetched now as well; see onGraphKeyDown.
    void keyboardPart.load();
    this.motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    const hash = this.hashController.read();
    if (hash) this.pendingHash = hash;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.panTimer);
    this.painter.cancel();
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
      const layout: LayoutKind = this.layout === 'ave' ? 'ave' : 'force';
      this.startSettle();
      this.layoutController.setLayout(layout);
    }
    if (changed.has('focusId') && this.focusId && this.graph && changed.get('focusId') !== undefined) {
      this.selectNode(this.focusId, { user: false });
    }
    if (this.graph) {
      // Recomputed only when their inputs change (a pan or a layout frame leaves them as they are).
      const f = this.filterFor;
      if (!this.filterResult || f.graph !== this.graph || f.filter !== this.filter) {
        this.filterResult = filterGraph(this.graph, this.filter);
        this.filterFor = { graph: this.graph, filter: this.filter };
        // Start fetching the canvas renderer (a lazy chunk) as soon as the map knows it will need it.
        if (this.useCanvas) void loadCanvasRenderer().catch(() => undefined);
      }
      const h = this.helpFor;
      if (h.graph !== this.graph || h.help !== this.help || h.network !== this.shownNetwork || h.mode !== this.safeMode) {
        if (this.help && this.shownNetwork && !findHelp) {
          // Not in yet: update again when it is (helpFor stays stale, so that update computes the result).
          void loadFindHelp().then((loaded) => loaded && this.requestUpdate());
        } else {
          this.helpResult =
            this.help && this.shownNetwork && findHelp
              ? findHelp(this.shownNetwork, this.graph, { ...this.help, mode: this.safeMode })
              : undefined;
          this.helpFor = { graph: this.graph, help: this.help, network: this.shownNetwork, mode: this.safeMode };
        }
      }
    }
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
    // The elements the frame path moves are collected on the first animation frame after this render (see
    // drawFrame), not in the task that renders: that task comes before the painted frame.
    this.frameElements = undefined;
    this.stageSize.observe(this.stage);
    if (this.surface) this.zoomController.attach(this.surface);
    // Theme colours are read again after a full update (not on every pan frame).
    this.canvasColors = undefined;
    const positions = this.layoutController.positions;
    if (this.graph && positions.size > 0 && this.stageSize.size.width > 0) {
      if (this.useCanvas) this.painter.scheduleIfChanged(this.canvasKey());
      if (!this.firstPaintDone) {
        this.firstPaintDone = true;
        requestAnimationFrame(() => {
          mark('gia:first-paint');
          // The side panels start one frame later: their first render (tens of ms) must not hold up
          // the frame after the map's first one.
          requestAnimationFrame(() => this.revealSide());
        });
      }
    }
  }

  /**
   * After the map's first paint: the side panels, one step per task once their chunk is in; then `ready`
   * (a usable map: tests and pages may look for the panels).
   */
  private revealSide(): void {
    const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    void panelsLoaded
      .then(nextTask)
      .then(() => {
        if (this.sideStage < 1) this.sideStage = 1;
        return this.updateComplete;
      })
      .then(nextTask)
      .then(() => {
        this.sideStage = 2;
        return this.updateComplete;
      })
      .then(() => this.readyResolve());
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
    this.buildToken++;
    this.building = false;
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
   * network + mode → graph → layout. Public mode strips personal data first. A large network (more than
   * ONE_TASK_NODES nodes) is stripped, turned into a graph and shown in tasks of their own, so no
   * main-thread task grows long; meanwhile the loading state shows. `onBuilt` runs once the graph is in.
   */
  private rebuild(onBuilt?: () => void): void {
    const network = this.network;
    const token = ++this.buildToken;
    this.building = false;
    if (!network || typeof network !== 'object') {
      this.graph = undefined;
      return;
    }
    mark('gia:data-in');
    const dataInAt = performance.now();
    this.startSettle();
    const mode = this.safeMode;
    if (estimateNodeCount(network, mode) <= ONE_TASK_NODES || typeof setTimeout !== 'function') {
      const input = mode === 'public' ? stripForPublic(network) : network;
      this.showGraph(input, deriveGraph(input, { mode }), dataInAt);
      onBuilt?.();
      return;
    }
    this.graph = undefined;
    this.shownNetwork = undefined;
    this.layoutController.dispose();
    this.building = true;
    const step = (run: () => void) => setTimeout(() => token === this.buildToken && run(), 0);
    step(() => {
      const input = mode === 'public' ? stripForPublic(network) : network;
      const derive = deriveGraphSteps(input, { mode });
      const next = () =>
        step(() => {
          const result = derive.next();
          if (!result.done) return next();
          step(() => {
            this.building = false;
            this.showGraph(input, result.value);
            onBuilt?.();
          });
        });
      next();
    });
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
    this.layoutStart = now();
    if (this.settledFlag) {
      this.settledFlag = false;
      this.settledPromise = new Promise((resolve) => (this.settledResolve = resolve));
    }
  }

  private onSettled(layout: LayoutKind): void {
    if (this.settledFlag) return;
    this.settledFlag = true;
    mark('gia:settled');
    if (!this.zoomController.userMoved) this.needsFit = true;
    this.requestUpdate();
    this.dispatchEvent(
      new GiaLayoutSettleEvent({ layout, nodeCount: this.graph?.nodes.length ?? 0, durationMs: Math.round(now() - this.layoutStart) }),
    );
    this.settledResolve();
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
    if (this.sideStage < 1) this.sideStage = 1;
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
    if (!this.graph) return;
    const result = filterGraph(this.graph, next);
    this.filterResult = result;
    this.filterFor = { graph: this.graph, filter: next };
    if (user) {
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
      if (!this.help || !this.shownNetwork || !this.graph || !findHelp) return;
      const result = findHelp(this.shownNetwork, this.graph, { ...this.help, mode: this.safeMode });
      this.announce(msg(this.language, 'map.results', { count: result.total }));
    };
    if (findHelp) announceResults();
    else if (this.help) void loadFindHelp().then(announceResults);
  }

  private setLayoutByUser(layout: LayoutKind): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.announce(msg(this.language, 'map.layoutAnnounce', { layout }));
    this.writeHash();
  }

  private setView(view: View): void {
    if (view === this.view) return;
    this.view = view;
    this.writeHash();
  }

  private togglePause(): void {
    if (this.layoutController.paused) {
      this.layoutController.resume();
      this.announce(msg(this.language, 'map.resumed'));
    } else {
      this.layoutController.pause();
      this.announce(msg(this.language, 'map.paused'));
    }
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
    const ids = this.filterResult?.visible;
    const positions = this.layoutController.positions;
    const points = ids && ids.size > 0 ? [...ids].map((id) => positions.get(id)).filter((p): p is Point => !!p) : [...positions.values()];
    this.zoomController.fit(points, this.stageSize.size.width, this.stageSize.size.height, 40, 2, silent);
  }

  private resetView(): void {
    this.zoomController.userMoved = false;
    for (const id of [...this.layoutController.pinned]) this.layoutController.unpin(id);
    this.startSettle();
    this.fitView();
  }

  // ------------------------------------------------------------------------------------------------
  // Keyboard and focus

  private keyboardHost(): KeyboardHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const map = this;
    return {
      get focusedId() {
        return map.tabStop;
      },
      get selectedId() {
        return map.selected;
      },
      get movingId() {
        return map.movingId;
      },
      reachable: () => map.reachablePositions(),
      order: () => map.visibleNodes().map((n) => n.id),
      neighbours: (id) => [...(map.graph?.neighbours.get(id) ?? [])].filter((n) => map.filterResult?.visible.has(n) ?? true),
      focusNode: (id) => void map.focusNodeElement(id),
      select: (id) => map.selectNode(id, { user: true }),
      zoomBy: (factor) => map.zoomController.zoomBy(factor, map.stageSize.size.width, map.stageSize.size.height),
      panBy: (dx, dy) => map.zoomController.panBy(dx, dy),
      fit: () => {
        map.zoomController.userMoved = false;
        map.fitView();
      },
      startMove: (id) => {
        map.movingId = id;
        const node = map.graph?.byId.get(id);
        map.announceMove('map.moveOn', node?.label ?? id);
      },
      endMove: () => {
        const id = map.movingId;
        map.movingId = undefined;
        const node = id ? map.graph?.byId.get(id) : undefined;
        if (node) map.announceMove('map.moveOff', node.label);
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
      openKeys: () => map.openKeys(),
    };
  }

  /** The node holding the graph's single tab stop. */
  private get tabStop(): Id | undefined {
    const visible = this.filterResult?.visible;
    const ok = (id: Id | undefined) => id !== undefined && (visible ? visible.has(id) : true) && this.graph?.byId.has(id);
    if (ok(this.focusedId)) return this.focusedId;
    if (ok(this.selected)) return this.selected;
    return this.visibleNodes()[0]?.id;
  }

  private visibleNodes(): GraphNode[] {
    const visible = this.filterResult?.visible;
    const graph = this.graph;
    if (this.visibleCache.graph !== graph || this.visibleCache.visible !== visible) {
      this.visibleCache = { graph, visible, nodes: (graph?.nodes ?? []).filter((n) => !visible || visible.has(n.id)) };
    }
    return this.visibleCache.nodes;
  }

  private reachablePositions(): Map<Id, Point> {
    const out = new Map<Id, Point>();
    const positions = this.layoutController.positions;
    for (const node of this.visibleNodes()) {
      const p = positions.get(node.id);
      if (p) out.set(node.id, p);
    }
    return out;
  }

  private async focusNodeElement(id: Id): Promise<void> {
    this.focusedId = id;
    const p = this.layoutController.positions.get(id);
    if (p) this.zoomController.ensureVisible(p, this.stageSize.size.width, this.stageSize.size.height);
    await this.updateComplete;
    const element = this.renderRoot.querySelector(`[data-id="${cssEscape(id)}"]`) as SVGGElement | null;
    element?.focus({ preventScroll: true });
    const stage = this.stage;
    if (stage) {
      const rect = stage.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) stage.scrollIntoView({ block: 'nearest' });
    }
  }

  private onGraphKeyDown = (event: KeyboardEvent): void => {
    const keyboard = this.keyboardController();
    if (keyboard) {
      if (keyboard.handle(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    // The keyboard chunk is not in yet: claim the keys the controller will use (no page scroll, no
    // bubbling) and handle them, in order, once it has arrived.
    if (!claimsKey(event, { focusedId: this.tabStop, selectedId: this.selected, movingId: this.movingId })) return;
    event.preventDefault();
    event.stopPropagation();
    void keyboardPart.load().then(() => this.keyboardController()?.handle(event));
  };

  /** The keyboard controller, once its chunk is in (its dialog styles are added then as well). */
  private keyboardController(): KeyboardController | undefined {
    if (this.keyboard) return this.keyboard;
    const chunk = keyboardPart.value;
    if (!chunk) return undefined;
    if (this.renderRoot instanceof ShadowRoot) addStyles(this.renderRoot, chunk.keysDialogStyles);
    return (this.keyboard = new chunk.KeyboardController(this.keyboardHost()));
  }

  private onSideKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selected && !event.defaultPrevented) {
      event.preventDefault();
      this.selectNode(null, { user: true });
    }
  };

  private openKeys(): void {
    // The dialog comes with the keyboard chunk (already in when a key opened it).
    void keyboardPart.load().then((chunk) => {
      if (!chunk || !this.keyboardController()) return;
      this.keysOpen = true;
      void this.updateComplete.then(() => {
        const dialog = this.keysDialog;
        if (dialog && !dialog.open) dialog.showModal?.();
      });
    });
  }

  private closeKeys = (): void => {
    this.keysDialog?.close();
  };

  private onKeysClosed = (): void => {
    this.keysOpen = false;
    const id = this.tabStop;
    if (id && this.view === 'map') void this.focusNodeElement(id);
  };

  // ------------------------------------------------------------------------------------------------
  // Pointer: hover, click to select, drag to pin (pointer-input.ts)

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
    const k = this.zoomController.transform.k;
    // Beside the shape, within the node's target: the same rule for both renderers.
    if (!this.useCanvas) {
      return nodeAtPoint(this.visibleNodes(), this.layoutController.positions, p, (n) => Math.max(drawnRadius(n), MIN_TARGET_RADIUS_PX / k));
    }
    const canvas = canvasRenderer();
    if (!canvas) return undefined;
    // A quadtree of the visible nodes (rebuilt lazily when the positions change): not every node per move.
    this.hitIndex ??= new canvas.NodeHitIndex(drawnRadius);
    return this.hitIndex.find(this.visibleNodes(), this.layoutController.positions, p, MIN_TARGET_RADIUS_PX / k);
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
    if (id && this.view === 'map') {
      const p = this.layoutController.positions.get(id);
      if (p) this.zoomController.ensureVisible(p, this.stageSize.size.width, this.stageSize.size.height);
    }
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

  private onRequestClose = (event: Event): void => {
    event.stopPropagation();
    this.selectNode(null, { user: true });
  };

  // ------------------------------------------------------------------------------------------------
  // Rendering

  /**
   * A pan (same scale) is drawn at once by moving the viewport group (and repainting the canvas); the
   * full update that re-places the labels for the new view follows when the panning pauses.
   */
  private drawPan(): boolean {
    const t = this.zoomController.transform;
    const viewport = this.surface?.querySelector('g.viewport');
    if (!viewport || this.isUpdatePending) return false;
    // Pan and zoom move one group (nodes keep their size until the update below re-scales labels and strokes).
    viewport.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    if (this.useCanvas) this.painter.schedule();
    clearTimeout(this.panTimer);
    this.panTimer = setTimeout(() => this.requestUpdate(), 120);
    return true;
  }

  /**
   * An animation frame of the layout: move the existing elements (or repaint the canvas) without a Lit
   * update; every few frames a full update refreshes label placement. Returns false to ask for an update.
   */
  private drawFrame(): boolean {
    if (this.view !== 'map' || !this.graph) return true;
    if (this.isUpdatePending) return false;
    this.framesSinceRender++;
    if (this.framesSinceRender >= 8) return false;
    // Canvas path: repaint now (this is an animation frame); the DOM proxy follows at the next full update.
    if (this.useCanvas) {
      this.painter.paintNow();
      return true;
    }
    const surface = this.surface;
    if (!surface) return false;
    const elements = (this.frameElements ??= collectFrameElements(surface, this.drawnLinks));
    const graph = this.graph;
    return moveFrameElements(elements, this.layoutController.positions, (id) => {
      const node = graph.byId.get(id);
      return node ? drawnRadius(node) : 6;
    });
  }

  /** What the canvas shows: a repaint is needed only when one of these changed. */
  private canvasKey(): unknown[] {
    const t = this.zoomController.transform;
    const { width, height } = this.stageSize.size;
    return [this.canvas, this.graph, this.layoutController.positions, t.x, t.y, t.k, width, height, this.selected, this.filterResult, this.helpResult];
  }

  /** Paints the canvas (called from an animation frame by the painter); returns what it drew. */
  private paintCanvas(): unknown[] | undefined {
    const canvas = this.canvas;
    const graph = this.graph;
    if (!canvas || !graph || !this.useCanvas || this.view !== 'map') return undefined;
    const key = this.canvasKey();
    const { width, height } = this.stageSize.size;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const renderer = canvasRenderer();
    if (!renderer) {
      // The renderer is a lazy chunk: paint as soon as it is in.
      void loadCanvasRenderer().then(
        () => {
          this.painter.invalidate();
          this.painter.schedule();
        },
        () => undefined,
      );
      return undefined;
    }
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    const visible = this.filterResult?.visible;
    if (this.linksFor.graph !== graph || this.linksFor.visible !== visible) {
      this.linksFor = { graph, visible, links: graph.links.filter((l) => !visible || (visible.has(l.source) && visible.has(l.target))) };
    }
    renderer.drawCanvas(context, {
      nodes: this.visibleNodes(),
      links: this.linksFor.links,
      positions: this.layoutController.positions,
      transform: this.zoomController.transform,
      width,
      height,
      ratio,
      colors: (this.canvasColors ??= renderer.readCanvasColors(this)),
      selected: this.selected,
      highlighted: this.highlighted(),
      moving: this.layoutController.moving,
    });
    return key;
  }

  private highlighted(): Set<Id> | undefined {
    const help = this.helpResult;
    if (!help) return undefined;
    return new Set([...help.contacts, ...help.organisations, ...help.meetings, ...help.interventions].map((i) => i.id));
  }

  private emphasis(): Set<Id> | undefined {
    const center = this.hoverId ?? (this.graphFocused ? this.focusedId : undefined);
    if (!center || !this.graph) return undefined;
    return new Set([center, ...(this.graph.neighbours.get(center) ?? [])]);
  }

  override render(): TemplateResult {
    this.framesSinceRender = 0;
    const lang = this.language;
    const load = this.dataController.value;
    let content: TemplateResult;
    if (load.state === 'error' && !this.graph) content = this.renderError(load.error);
    else content = this.renderMap();
    return html`<div part="base" class="base" lang=${lang}>
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
    return html`${this.renderToolbar()}
      <div class="body">
        ${this.view === 'list' && this.graph ? this.renderList() : this.renderStage()}
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
          ${this.graph ? this.renderSide() : nothing}
        </div>
      </div>
      ${this.keysOpen ? this.renderKeys() : nothing}`;
  }

  private renderToolbar(): TemplateResult {
    const lang = this.language;
    const layout = this.layout === 'ave' ? 'ave' : 'force';
    const paused = this.layoutController.paused;
    const iconButton = (label: string, icon: TemplateResult | ReturnType<typeof svg>, onClick: () => void, pressed?: boolean) =>
      html`<button
        type="button"
        class="icon-button"
        aria-label=${label}
        title=${label}
        aria-pressed=${pressed === undefined ? nothing : String(pressed)}
        @click=${onClick}
      >
        ${icon}
      </button>`;
    const size = () => [this.stageSize.size.width, this.stageSize.size.height] as const;
    return html`<div
      part="toolbar"
      class="toolbar"
      ?inert=${!this.graph}
      role="toolbar"
      aria-label=${msg(lang, 'toolbar.label')}
      @gia-request-select=${this.onRequestSelect}
      @gia-request-filter=${this.onRequestFilter}
    >
      <div class="search">
        ${this.sideStage >= 1
          ? html`<gia-search-box .network=${this.shownNetwork} .graph=${this.graph} .lang=${lang} .mode=${this.safeMode} .filter=${this.filter}></gia-search-box>`
          : nothing}
      </div>
      ${this.view === 'map'
        ? html`<div class="group" role="group" aria-label=${msg(lang, 'toolbar.layout')}>
            <button type="button" aria-pressed=${String(layout === 'force')} @click=${() => this.setLayoutByUser('force')}>
              ${msg(lang, 'toolbar.layout.force')}
            </button>
            <button type="button" aria-pressed=${String(layout === 'ave')} @click=${() => this.setLayoutByUser('ave')}>
              ${msg(lang, 'toolbar.layout.ave')}
            </button>
          </div>`
        : nothing}
      <div class="group" role="group" aria-label=${msg(lang, 'toolbar.view')}>
        <button type="button" aria-pressed=${String(this.view === 'map')} @click=${() => this.setView('map')}>
          ${msg(lang, 'toolbar.view.map')}
        </button>
        <button type="button" aria-pressed=${String(this.view === 'list')} @click=${() => this.setView('list')}>
          ${msg(lang, 'toolbar.view.list')}
        </button>
      </div>
      ${this.view === 'map'
        ? html`<div class="group">
            ${iconButton(msg(lang, 'toolbar.zoomIn'), icons.zoomIn, () => this.zoomController.zoomBy(1.25, ...size()))}
            ${iconButton(msg(lang, 'toolbar.zoomOut'), icons.zoomOut, () => this.zoomController.zoomBy(0.8, ...size()))}
            ${iconButton(msg(lang, 'toolbar.fit'), icons.fit, () => {
              this.zoomController.userMoved = false;
              this.fitView();
            })}
            ${iconButton(msg(lang, 'toolbar.reset'), icons.reset, () => this.resetView())}
            ${iconButton(msg(lang, paused ? 'toolbar.resume' : 'toolbar.pause'), paused ? icons.play : icons.pause, () => this.togglePause(), paused)}
          </div>`
        : nothing}
      <div class="group">
        ${iconButton(msg(lang, 'toolbar.legend'), icons.legend, () => (this.legendOpen = !this.legendOpen), this.legendOpen)}
        ${iconButton(msg(lang, 'toolbar.keys'), icons.keys, () => this.openKeys())}
      </div>
    </div>`;
  }

  private renderStage(): TemplateResult {
    return html`<div part="stage" class="stage">${this.graph ? this.renderGraph(this.graph) : this.renderStageMessage()}</div>`;
  }

  private renderStageMessage(): TemplateResult {
    const loading = this.dataController.value.state === 'loading' || this.src || this.building;
    return loading
      ? html`<div class="state" role="status">${msg(this.language, 'map.loading')}</div>`
      : html`<div class="state">${msg(this.language, 'error.noData')}</div>`;
  }

  /** The drawn network (SVG, or canvas with the focused and selected nodes in the DOM). */
  private renderGraph(graph: NetworkGraph): TemplateResult {
    const lang = this.language;
    const positions = this.layoutController.positions;
    const { x, y, k } = this.zoomController.transform;
    const visible = this.filterResult?.visible;
    const canvas = this.useCanvas;
    const tabStop = this.tabStop;
    if (this.nameCache.graph !== graph || this.nameCache.lang !== lang) this.nameCache = { graph, lang, names: new Map() };
    const cache = this.nameCache.names;
    const names = (node: GraphNode) => {
      let name = cache.get(node.id);
      if (name === undefined) cache.set(node.id, (name = accessibleName(lang, graph, node)));
      return node.id === this.selected ? `${name}, ${msg(lang, 'map.selected')}` : name;
    };
    const nodeRadius = drawnRadius;
    // Until the stage is measured (the first render with a graph) nothing is drawn: see updated().
    // Nor while the layout of a new graph is still being built over the next tasks (no positions yet).
    const measuring = !this.stageSize.known || positions.size === 0;
    const all = measuring ? [] : this.visibleNodes();
    // Canvas path: only the focused and selected nodes are in the DOM (the keyboard/AT proxy).
    const domNodes = canvas ? all.filter((n) => n.id === tabStop || n.id === this.selected) : all;
    // In the AVE layout the columns already show the phases: the in-phase links would only add a fan of lines.
    const ave = this.layout === 'ave';
    const domLinks = canvas || measuring
      ? []
      : graph.links.filter((l) => (!ave || l.type !== 'in-phase') && (!visible || (visible.has(l.source) && visible.has(l.target))));
    const emphasis = canvas ? undefined : this.emphasis();
    // Label placement is redone on every full update (animation frames in between only move elements).
    const first = [this.selected, this.hoverId, this.graphFocused ? tabStop : undefined];
    const labelKey = `${k}|${x}|${y}|${first.join('|')}|${domNodes.length}|${emphasis?.size ?? 0}|${this.layoutController.settled}`;
    if (labelKey !== this.labelCache.key || this.layoutController.version !== this.labelCache.version || this.labelCache.graph !== graph) {
      this.labelCache = {
        key: labelKey,
        graph,
        version: this.layoutController.version,
        sides: placeLabels({
          nodes: domNodes,
          positions,
          scale: k,
          fontSize: 12,
          text: labelOf,
          radius: nodeRadius,
          first,
          preferred: emphasis,
          bounds: { x0: -x + 2, y0: -y + 2, x1: this.stageSize.size.width - x - 2, y1: this.stageSize.size.height - y - 2 },
        }),
      };
    }
    const labelled = this.labelCache.sides;
    const labelSide = (node: GraphNode) => labelled.get(node.id);
    const title = this.network?.metadata?.title;
    const empty = (this.filterResult?.total ?? 0) === 0;
    return html`${canvas ? html`<canvas aria-hidden="true"></canvas>` : nothing}
      <svg
        class=${this.hoverId ? 'surface over-node' : 'surface'}
        role="group"
        aria-roledescription=${msg(lang, 'map.label').toLowerCase()}
        aria-label=${title ? msg(lang, 'map.labelWithTitle', { title }) : msg(lang, 'map.label')}
        aria-describedby="map-description"
        @keydown=${this.onGraphKeyDown}
        @pointerdown=${this.pointer.down}
        @pointermove=${this.pointer.move}
        @pointerup=${this.pointer.up}
        @pointercancel=${this.pointer.up}
        @pointerleave=${this.pointer.leave}
        @dblclick=${this.pointer.dblclick}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        ${defsTemplate()}
        <g class="viewport" transform=${live(`translate(${x},${y}) scale(${k})`)}>
          ${graphLayerTemplate({
            nodes: domNodes,
            links: (this.drawnLinks = drawnLinks(domLinks, positions)),
            positions,
            node: {
              scale: k,
              selected: this.selected,
              tabStop,
              emphasis,
              highlighted: this.highlighted(),
              pinned: this.layoutController.pinned,
              moving: this.movingId,
              names,
              radius: nodeRadius,
              labelSide,
            },
            link: {
              emphasis,
              radius: (id) => {
                const node = graph.byId.get(id);
                return node ? nodeRadius(node) : 6;
              },
            },
          })}
        </g>
      </svg>
      <p id="map-description" class="visually-hidden">${msg(lang, 'map.description')}</p>
      ${empty
        ? html`<div class="empty-result" role="status">
            <p>${msg(lang, 'map.noResults')}</p>
            <button type="button" @click=${() => this.setFilter(cleanFilter(EMPTY_FILTER), true)}>${msg(lang, 'map.clearFilters')}</button>
          </div>`
        : nothing}`;
  }

  private renderList(): TemplateResult {
    const lang = this.language;
    if (panels) {
      return panels.listTemplate({
        network: this.shownNetwork,
        lang,
        mode: this.safeMode,
        filter: this.filter,
        help: this.help,
        selected: this.selected,
        onSelect: this.onRequestSelect,
        onFilter: this.onRequestFilter,
        onHelp: this.onRequestHelp,
      });
    }
    // Until the panels' chunk (with the list) is in: the map's own list, every visible node as a button.
    return (
      this.fallbacks()?.fallbackListTemplate(lang, this.visibleNodes(), this.selected, (id) => this.selectNode(id, { user: true })) ??
      html`<div part="stage" class="stage list-stage" role="status">${msg(lang, 'map.loading')}</div>`
    );
  }

  /** The map's own list and details (a small lazy chunk, loaded on first need; the map updates when it is in). */
  private fallbacks(): FallbacksModule | undefined {
    const chunk = fallbacksPart.value;
    if (!chunk) {
      void fallbacksPart.load().then((loaded) => loaded && this.requestUpdate());
      return undefined;
    }
    if (this.renderRoot instanceof ShadowRoot) addStyles(this.renderRoot, chunk.fallbackStyles);
    return chunk;
  }

  private renderSide(): TemplateResult {
    // Rendered after the map has painted (see revealSide).
    if (this.sideStage < 1) return html``;
    // The panels' chunk is not in (a node chosen before it arrived, or it failed): the map's own details.
    if (!panels) return this.selected ? this.renderFallbackDetails(this.selected) : html``;
    return panels.sideTemplate({
      network: this.shownNetwork,
      graph: this.graph,
      lang: this.language,
      mode: this.safeMode,
      legendOpen: this.legendOpen,
      selected: this.selected,
      movable: this.view === 'map',
      help: this.help,
      filter: this.filter,
      resultCount: this.filterResult?.total ?? 0,
      withFilters: this.sideStage >= 2,
    });
  }

  private renderFallbackDetails(id: Id): TemplateResult {
    const node = this.graph?.byId.get(id);
    if (!node) return html``;
    const neighbours = [...(this.graph?.neighbours.get(id) ?? [])].map((n) => this.graph!.byId.get(n)!).filter(Boolean);
    return this.fallbacks()?.fallbackDetailsTemplate(this.language, node, neighbours, (next) => this.selectNode(next, { user: true })) ?? html``;
  }

  private renderKeys(): TemplateResult | typeof nothing {
    return keyboardPart.value?.keysDialogTemplate(this.language, this.closeKeys, this.onKeysClosed) ?? nothing;
  }
}

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // marks are a convenience only
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
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
