import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { publicView } from '../../model/public-view.js';
import type { GiaNetwork, Id } from '../../model/types.js';
import { deriveGraph } from '../../graph/derive-graph.js';
import type { FilterResult } from '../../graph/filter-graph.js';
import { cleanFilter, emptyFilter, isEmptyFilter, type FilterState } from '../../graph/filter-state.js';
import { findHelp } from '../../graph/find-help.js';
import type { GraphNode, Mode, NetworkGraph } from '../../graph/types.js';
import type { HelpState } from '../../view-state/hash-state.js';
import { GiaSelectEvent } from '../../events/select.js';
import { GiaFilterChangeEvent } from '../../events/filter-change.js';
import { GiaLoadEvent } from '../../events/load.js';
import { GiaErrorEvent } from '../../events/error.js';
import { DataController, type LoadError } from '../shared/data-controller.js';
import '../shared/error-texts.js';
import { msg, type Lang } from '../../i18n/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { GiaElement } from '../shared/gia-element.js';
import { toMode } from '../shared/mode.js';
import { requestEvent, type GiaRequestEvent } from '../shared/request-event.js';
import { QuickExitController } from '../shared/quick-exit-controller.js';
import { urgentStripStyles, urgentStripTemplate } from '../shared/urgent-help-strip.js';
import { urgentHelpChannels, urgentStripExtras } from '../shared/urgent-help-own-lines.js';
import { networkListStyles } from './gia-network-list.styles.js';
import { GROUP_BYS, NO_MEMBERS_KEY, groupNodes, listFilterResult, toGroupBy, type GroupBy, type ListGroup } from './list-groups.js';
import { itemMeta, resultSentence } from './list-text.js';
import { statusText } from '../../render/accessible-name.js';
import '../panels/details-panel/gia-details-panel.js';
import '../panels/search-box/gia-search-box.js';
import '../panels/filter-panel/gia-filter-panel.js';
import '../panels/help-finder/gia-help-finder.js';
import '../panels/powers-panel/gia-powers-panel.js';
import type { ChainChoice } from '../../graph/power-chain.js';

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/**
 * @summary The netwerkkaart as structured HTML: the same network, filters, search, "Ik zoek hulp bij…"
 * and details as `<gia-network-map>`, grouped by specialisme, organisation or AVE phase, with headings,
 * lists and buttons. Works on its own (pages that want no graph) and inside the map (`no-controls`).
 * Prints well.
 *
 * Privacy: in `public` mode (the default) personal data is stripped (`publicView`, the same as the map)
 * before anything is derived or rendered: no contact persons, no confidential addresses, no fictitious
 * entries unless `with-fictitious` is set.
 *
 * @attr with-fictitious - In public mode, keep entries marked fictitious (a demo; they are shown marked).
 *
 * Standalone, the list is the host: it handles the panels' requests itself and fires the public events.
 * With `no-controls` it shows no search, filter, help or details panels; selecting an item fires
 * `gia-request-select` for the surrounding map, which drives the list through `.filter` and `.selected`.
 *
 * Public mode (standalone): the urgent-help strip (112, Veilig Thuis) and quick exit, as in the map.
 *
 * @attr no-quick-exit - Public mode: no quick-exit button and no triple Escape.
 * @attr quick-exit-url - Where quick exit goes (http or https; default `https://nos.nl/`).
 *
 * @event gia-select - The user selected an item or closed the details (standalone only).
 * @event gia-filter-change - The user changed the search or a filter (standalone only).
 * @event gia-load - The network named by `src` was loaded.
 * @event gia-error - The network named by `src` could not be loaded (HTTP status, not JSON, invalid).
 * @event gia-request-select - `{ id }` the user chose an item (with `no-controls`: for the map to handle).
 * @event gia-request-filter - `{ filter }` the user chose "Wis filters" (with `no-controls`: for the map).
 *
 * Professional mode: standalone, the controls offer "Wie mag wat?" (`<gia-powers-panel>`); the organisations of
 * the chosen chain are marked "In de keten". Inside the map, the map sets `.chain`.
 *
 * @csspart base - The wrapper of controls, list and details.
 * @csspart controls - The column with search, help finder and filters.
 * @csspart list - The list section.
 * @csspart group - Every group (heading plus items).
 * @csspart item - Every item button.
 * @csspart details - The wrapper of the details panel.
 * @csspart urgent - Public mode: the urgent-help strip with the quick-exit button.
 * @csspart quick-exit - Public mode: the quick-exit button ("Snel weg").
 *
 * @cssproperty --gia-color-text - Text colour (and every other `--gia-…` theme token, see the README).
 */
export class GiaNetworkList extends GiaElement {
  static override styles = [themeStyles, networkListStyles, urgentStripStyles];

  /** An already parsed network (wins over `src`). */
  @property({ attribute: false }) data?: GiaNetwork;
  /** URL of a network file to load. */
  @property() src?: string;
  /** `public` (default): personal data is stripped first. `professional`: contact persons are shown. */
  @property({ reflect: true }) mode: Mode = 'public';
  /** Language of the texts: `nl` (default) or `en`. */
  @property({ reflect: true }) override lang = 'nl';

  /** The filter (search query included). Setting it fires no event. */
  @property({ attribute: false }) filter: FilterState = emptyFilter();
  /** The selected node id, or null. Setting it fires no event and does not move focus. */
  @property({ attribute: false }) selected: Id | null = null;
  /** The "Ik zoek hulp bij…" question; matching items are marked. */
  @property({ attribute: false }) help?: HelpState;
  /**
   * The organisations of a "Wie mag wat?" chain to mark (professional mode only; ignored in public mode).
   * Standalone, the list's own "Wie mag wat?" panel sets it. Setting it fires no event.
   */
  @property({ attribute: false }) chain: ReadonlySet<Id> | null = null;
  /** Grouping: `specialism` (default), `organisation` or `phase`. The user can switch it. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'specialism';
  /** Inside the map: no search, filter, help or details panels; the map handles the requests. */
  @property({ type: Boolean, attribute: 'no-controls', reflect: true }) noControls = false;
  /** In public mode, keep entries marked fictitious (demo use). */
  @property({ type: Boolean, attribute: 'with-fictitious', reflect: true }) withFictitious = false;
  /** Public mode: no quick exit. */
  @property({ type: Boolean, attribute: 'no-quick-exit' }) noQuickExit = false;
  /** Where quick exit goes (http or https; default `https://nos.nl/`). */
  @property({ attribute: 'quick-exit-url' }) quickExitUrl?: string;

  @state() private network?: GiaNetwork;
  @state() private graph?: NetworkGraph;
  @state() private prepareError = false;
  /** Standalone: the "Wie mag wat?" choice of the list's own panel. */
  @state() private chainChoice: ChainChoice | null = null;

  private loadedNetwork?: GiaNetwork;
  /** Standalone in public mode: quick exit (inside the map, the map has it). */
  private readonly quickExit = new QuickExitController(this, {
    enabled: () => this.publicStandalone && !this.noQuickExit,
    target: () => this.quickExitUrl,
  });

  private get publicStandalone(): boolean {
    return toMode(this.mode) === 'public' && !this.noControls;
  }
  private pendingLoadEvent?: { src: string; warningCount: number };
  /** Where focus goes back to when the details close. */
  private returnFocus?: HTMLElement;

  private readonly loader = new DataController(this, {
    lang: () => this.language,
    onLoaded: (src, network, warningCount) => {
      this.loadedNetwork = network;
      this.pendingLoadEvent = { src, warningCount };
      this.prepare();
    },
    onError: (src, error) => this.dispatchEvent(new GiaErrorEvent({ src, ...error })),
    // In public mode only the public version of a loaded file is kept.
    publicOnly: () => toMode(this.mode) === 'public',
    publicOptions: () => ({ keepFictitious: this.withFictitious }),
  });

  /** Derives the (privacy-filtered) network and graph from `data` or the loaded file. */
  private prepare(): void {
    const source = this.data ?? this.loadedNetwork;
    this.prepareError = false;
    if (source === undefined || source === null) {
      this.network = undefined;
      this.graph = undefined;
      return;
    }
    const mode = toMode(this.mode);
    try {
      // Public: the public build, with every text that repeats a personal value of the input hidden.
      const options = { keepFictitious: this.withFictitious };
      const network = mode === 'public' ? publicView(source, msg(this.language, 'map.textHidden'), options).network : source;
      this.network = network;
      this.graph = deriveGraph(network, { mode });
    } catch {
      this.network = undefined;
      this.graph = undefined;
      this.prepareError = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groupBy')) {
      const groupBy = toGroupBy(this.groupBy);
      if (groupBy !== this.groupBy) this.groupBy = groupBy;
    }
    const modeChanged = (changed.has('mode') && changed.get('mode') !== undefined) || (changed.has('withFictitious') && changed.get('withFictitious') !== undefined);
    if (changed.has('src') || (modeChanged && this.data === undefined && this.loadedNetwork)) {
      // A loaded file is kept only in the version of the mode it was loaded for: a new mode loads it again.
      if (!changed.has('src')) this.loadedNetwork = undefined;
      if (typeof this.src === 'string' && this.src.trim() !== '') void this.loader.load(this.src);
      else {
        this.loader.clear();
        this.loadedNetwork = undefined;
      }
    }
    if (changed.has('data') || changed.has('mode') || changed.has('src') || changed.has('withFictitious')) this.prepare();
  }

  protected override updated(): void {
    if (this.pendingLoadEvent && this.graph && this.network) {
      const { src, warningCount } = this.pendingLoadEvent;
      this.pendingLoadEvent = undefined;
      const metadata = (this.network.metadata ?? {}) as Partial<GiaNetwork['metadata']>;
      this.dispatchEvent(
        new GiaLoadEvent({
          src,
          title: typeof metadata.title === 'string' ? metadata.title : '',
          region: typeof metadata.region === 'string' ? metadata.region : '',
          nodeCount: this.graph.nodes.length,
          linkCount: this.graph.links.length,
          warningCount,
        }),
      );
    }
  }

  private filterResult(): FilterResult | undefined {
    return this.graph ? listFilterResult(this.graph, cleanFilter(this.filter)) : undefined;
  }

  private helpMatches(): ReadonlySet<Id> {
    if (!this.help || !this.network || !this.graph || typeof this.help.specialism !== 'string') return new Set();
    try {
      const result = findHelp(this.network, this.graph, { ...this.help, mode: toMode(this.mode) });
      return new Set([...result.contacts, ...result.organisations, ...result.meetings, ...result.interventions].map((item) => item.id));
    } catch {
      return new Set();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // User actions. Items always fire gia-request-select; standalone, the list handles it itself.

  private requestSelect(event: Event, id: Id): void {
    (event.currentTarget as HTMLElement).dispatchEvent(requestEvent('gia-request-select', { id }));
  }

  private onRequestSelect = (event: Event): void => {
    if (this.noControls) return;
    event.stopPropagation();
    const id = (event as GiaRequestEvent<'gia-request-select'>).detail?.id ?? null;
    if (id !== null && typeof id !== 'string') return;
    this.returnFocus = deepActiveElement() ?? undefined;
    this.selected = id;
    this.fireSelect(id);
    if (id !== null) void this.focusDetails();
  };

  private onRequestClose = (event: Event): void => {
    if (this.noControls) return;
    event.stopPropagation();
    this.closeDetails();
  };

  private onRequestFilter = (event: Event): void => {
    if (this.noControls) return;
    event.stopPropagation();
    const filter = cleanFilter((event as GiaRequestEvent<'gia-request-filter'>).detail?.filter);
    this.filter = filter;
    const result = this.graph ? listFilterResult(this.graph, filter) : undefined;
    this.dispatchEvent(
      new GiaFilterChangeEvent({ filters: cleanFilter(filter), visibleCount: result?.total ?? 0, totalCount: this.graph?.nodes.length ?? 0 }),
    );
  };

  private onRequestHelp = (event: Event): void => {
    if (this.noControls) return;
    event.stopPropagation();
    const help = (event as GiaRequestEvent<'gia-request-help'>).detail?.help;
    this.help = help ?? undefined;
  };

  private onRequestChain = (event: Event): void => {
    if (this.noControls) return;
    event.stopPropagation();
    const detail = (event as GiaRequestEvent<'gia-request-chain'>).detail;
    const choice = detail?.choice ?? null;
    const ids = Array.isArray(detail?.organisations) ? detail.organisations.filter((id): id is Id => typeof id === 'string') : [];
    this.chainChoice = choice;
    this.chain = choice ? new Set(ids) : null;
  };

  /** The marked chain: professional mode only. */
  private get chainShown(): ReadonlySet<Id> {
    return toMode(this.mode) === 'professional' && this.chain instanceof Set ? this.chain : new Set();
  }

  private onDetailsKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.selected === null) return;
    event.preventDefault();
    this.closeDetails();
  };

  private closeDetails(): void {
    const previous = this.selected;
    this.selected = null;
    this.fireSelect(null);
    const returnFocus = this.returnFocus;
    this.returnFocus = undefined;
    void this.updateComplete.then(() => {
      if (returnFocus?.isConnected === true) returnFocus.focus();
      else if (previous) void this.focusItem(previous);
    });
  }

  private fireSelect(id: Id | null): void {
    const node = id === null ? undefined : this.graph?.byId.get(id);
    this.dispatchEvent(new GiaSelectEvent({ id, kind: node?.kind ?? null, label: node?.label ?? null }));
  }

  /**
   * Moves keyboard focus to the item (or group heading) of node `id`; returns false when it is not listed.
   * The map calls this in its list view to give focus back after the details close.
   */
  async focusItem(id: Id): Promise<boolean> {
    await this.updateComplete;
    if (typeof id !== 'string') return false;
    const root = this.shadowRoot;
    const button =
      root?.querySelector<HTMLElement>(`button.item[data-id="${CSS.escape(id)}"]`) ??
      root?.querySelector<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`);
    button?.focus();
    return button !== null && button !== undefined;
  }

  private async focusDetails(): Promise<void> {
    await this.updateComplete;
    const panel = this.shadowRoot?.querySelector('gia-details-panel');
    await panel?.focusHeading();
  }

  private clearFilters(event: Event): void {
    (event.currentTarget as HTMLElement).dispatchEvent(requestEvent('gia-request-filter', { filter: emptyFilter() }));
  }

  private changeGroupBy(event: Event): void {
    this.groupBy = toGroupBy((event.target as HTMLInputElement).value);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering.

  override render(): TemplateResult {
    if (!this.publicStandalone) return this.renderContent();
    const lines = urgentHelpChannels(this.network);
    const onQuickExit = this.noQuickExit ? undefined : this.quickExit.leave;
    const strip = urgentStripTemplate({ lang: this.language, lines, onQuickExit, extras: urgentStripExtras });
    return html`${strip}${this.renderContent()}`;
  }

  private renderContent(): TemplateResult {
    const lang = this.language;
    const state = this.loader.value;
    if (!this.data && state.state === 'loading') {
      return html`<div part="base" lang=${lang}><p role="status">${msg(lang, 'list.loading')}</p></div>`;
    }
    if (!this.data && state.state === 'error') return this.renderError(lang, state.error);
    if (this.prepareError) return this.renderError(lang, { reason: 'validation', message: msg(lang, 'list.empty') });
    const graph = this.graph;
    const network = this.network;
    if (!graph || !network || graph.nodes.length === 0) {
      return html`<div part="base" lang=${lang}><p class="empty">${msg(lang, 'list.empty')}</p></div>`;
    }
    const result = this.filterResult()!;
    const withControls = !this.noControls;
    const showDetails = withControls && this.selected !== null && this.selected !== undefined;
    return html`<div
      part="base"
      lang=${lang}
      class="layout ${withControls ? 'with-controls' : ''} ${showDetails ? 'with-details' : ''}"
      @gia-request-select=${this.onRequestSelect}
      @gia-request-close=${this.onRequestClose}
      @gia-request-filter=${this.onRequestFilter}
      @gia-request-help=${this.onRequestHelp}
      @gia-request-chain=${this.onRequestChain}
    >
      ${withControls ? this.renderControls(lang, network, graph, result) : nothing}
      ${this.renderList(lang, network, graph, result)}
      ${showDetails
        ? html`<div class="details" part="details" @keydown=${this.onDetailsKeydown}>
            <gia-details-panel
              .network=${network}
              .graph=${graph}
              .lang=${lang}
              .mode=${toMode(this.mode)}
              .nodeId=${this.selected}
            ></gia-details-panel>
          </div>`
        : nothing}
    </div>`;
  }

  private renderError(lang: Lang, error: LoadError): TemplateResult {
    const problems = error.problems ?? [];
    const more = (error.problemCount ?? problems.length) - problems.length;
    return html`<div part="base" lang=${lang}>
      <div class="error" role="alert">
        <h2>${msg(lang, 'list.errorTitle')}</h2>
        <p>${error.message}</p>
        ${problems.length > 0
          ? html`<p>${msg(lang, 'error.firstProblems')}</p>
              <ul>
                ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
              </ul>
              ${more > 0 ? html`<p>${msg(lang, 'error.more', { count: more })}</p>` : nothing}`
          : nothing}
      </div>
    </div>`;
  }

  private renderControls(lang: Lang, network: GiaNetwork, graph: NetworkGraph, result: FilterResult): TemplateResult {
    const mode = toMode(this.mode);
    const filter = cleanFilter(this.filter);
    return html`<div class="controls" part="controls" role="region" aria-label=${msg(lang, 'list.controls')}>
      <gia-search-box .network=${network} .graph=${graph} .lang=${lang} .mode=${mode} .filter=${filter}></gia-search-box>
      <gia-help-finder .network=${network} .graph=${graph} .lang=${lang} .mode=${mode} .help=${this.help}></gia-help-finder>
      ${mode === 'professional' && (network.powers?.length || network.meldcode?.steps?.length)
        ? html`<gia-powers-panel .network=${network} .graph=${graph} .lang=${lang} .choice=${this.chainChoice}></gia-powers-panel>`
        : nothing}
      <gia-filter-panel
        .network=${network}
        .graph=${graph}
        .lang=${lang}
        .mode=${mode}
        .filter=${filter}
        .resultCount=${result.total}
      ></gia-filter-panel>
    </div>`;
  }

  private renderList(lang: Lang, network: GiaNetwork, graph: NetworkGraph, result: FilterResult): TemplateResult {
    const groupBy = toGroupBy(this.groupBy);
    const filtered = !isEmptyFilter(this.filter);
    const groups = groupNodes(graph, result.visible, groupBy);
    const helpMatches = this.helpMatches();
    const title = typeof network.metadata?.title === 'string' ? network.metadata.title : '';
    return html`<section class="list" part="list" aria-labelledby="list-heading">
      <h2 id="list-heading">${title ? msg(lang, 'list.labelWithTitle', { title }) : msg(lang, 'list.label')}</h2>
      <fieldset class="group-by">
        <legend>${msg(lang, 'list.groupBy')}</legend>
        ${GROUP_BYS.map(
          (value) => html`<label>
            <input type="radio" name="group-by" value=${value} .checked=${value === groupBy} @change=${this.changeGroupBy} />
            ${msg(lang, `list.groupBy.${value}`)}
          </label>`,
        )}
      </fieldset>
      <p class="status" role=${this.noControls ? nothing : 'status'}>${resultSentence(lang, result, filtered)}</p>
      ${result.total === 0
        ? html`<p>${msg(lang, 'filter.noResults')}</p>
            <button type="button" class="clear" @click=${this.clearFilters}>${msg(lang, 'filter.clear')}</button>`
        : groups.map((group) => this.renderGroup(lang, graph, group, groupBy, helpMatches))}
    </section>`;
  }

  private renderGroup(lang: Lang, graph: NetworkGraph, group: ListGroup, groupBy: GroupBy, helpMatches: ReadonlySet<Id>): TemplateResult {
    const heading = group.heading;
    const restKey =
      group.key === NO_MEMBERS_KEY
        ? `list.group.noMembers.${groupBy}`
        : groupBy === 'specialism'
          ? 'list.group.noSpecialism'
          : groupBy === 'phase'
            ? 'list.group.noPhase'
            : 'list.group.noOrganisation';
    const title = heading
      ? group.headingVisible
        ? this.renderButton(heading, 'heading-button', heading.label)
        : heading.label
      : msg(lang, restKey);
    const selectedHeading = heading !== undefined && group.headingVisible && heading.id === this.selected;
    return html`<div class="group" part="group" data-group=${group.key}>
      <h3>
        ${title}${heading?.kind === 'phase' && heading.subtitle ? html` <span class="count">— ${heading.subtitle}</span>` : nothing}
        <span class="count">(${msg(lang, 'list.group.count', { count: group.items.length })})</span>
        ${selectedHeading ? html`<span class="tag selected">${msg(lang, 'state.selected')}</span>` : nothing}
        ${heading && group.headingVisible && this.chainShown.has(heading.id) ? this.chainTag(lang) : nothing}
      </h3>
      ${group.items.length > 0
        ? html`<ul class="items">
            ${group.items.map((node) => this.renderItem(lang, graph, node, helpMatches))}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderButton(node: GraphNode, cls: string, label: string): TemplateResult {
    const current = node.id === this.selected;
    return html`<button
      type="button"
      class=${cls}
      part="item"
      data-id=${node.id}
      data-kind=${node.kind}
      aria-current=${current ? 'true' : nothing}
      @click=${(event: Event) => this.requestSelect(event, node.id)}
    >
      ${label}
    </button>`;
  }

  private chainTag(lang: Lang): TemplateResult {
    return html`<span class="tag chain">${msg(lang, 'list.inChain')}</span>`;
  }

  private renderItem(lang: Lang, graph: NetworkGraph, node: GraphNode, helpMatches: ReadonlySet<Id>): TemplateResult {
    const current = node.id === this.selected;
    return html`<li data-id=${node.id}>
      ${this.renderButton(node, 'item', node.label)}
      ${current ? html`<span class="tag selected">${msg(lang, 'state.selected')}</span>` : nothing}
      ${helpMatches.has(node.id) ? html`<span class="tag help">${msg(lang, 'list.helpMatch')}</span>` : nothing}
      ${this.chainShown.has(node.id) ? this.chainTag(lang) : nothing}
      ${node.fictitious ? html`<span class="tag">${msg(lang, 'state.fictitious')}</span>` : nothing}
      ${node.placementInferred ? html`<span class="tag inferred">${msg(lang, 'state.placementInferred')}</span>` : nothing}
      ${node.status ? html`<span class="tag status">${statusText(lang, node)}</span>` : nothing}
      <span class="meta">${itemMeta(lang, graph, node)}</span>
    </li>`;
  }
}
