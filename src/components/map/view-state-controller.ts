/**
 * The user's changes to what the map shows (filters and search, the help question, the layout, map or list,
 * pausing the motion): applied to the view state, announced, written to the URL hash (hash-controller.ts) and,
 * for filters, reported with `gia-filter-change`. A view state read from the hash (on connect, on back/forward)
 * is applied without events; the one read on connect waits for the first graph (`takePending`), and the first graph
 * waits for it while its reader (a lazy chunk) is loading (`hashReading`).
 */
import type { ReactiveController } from 'lit';
import type { Id } from '../../model/types.js';
import type { ChainChoice } from '../../graph/power-chain.js';
import type { LayoutKind } from '../../layout/index.js';
import type { HelpState, ViewState } from '../../view-state/hash-state.js';
import { GiaFilterChangeEvent } from '../../events/index.js';
import { cleanFilter, sameFilter, type FilterState } from '../../graph/filter-state.js';
import { HashController } from './hash-controller.js';
import { helpPart } from './lazy-parts.js';
import type { MapContext } from './map-context.js';
import type { MapViewKind } from './map-toolbar.js';

export class ViewStateController implements ReactiveController {
  readonly hash: HashController;
  private pending?: ViewState;
  private reading?: Promise<void>;

  constructor(
    private readonly ctx: MapContext,
    noHash: () => boolean,
    /** Fits the whole network again (a "Wie mag wat?" chain was cleared). */
    private readonly restoreView: () => void = () => undefined,
  ) {
    // Added before this controller: its hash listener is in place when this one reads the hash.
    this.hash = new HashController(ctx.host, { enabled: () => !noHash(), apply: (state) => this.apply(state) });
    ctx.host.addController(this);
  }

  hostConnected(): void {
    this.reading = undefined;
    const hash = this.hash.read();
    if (!(hash instanceof Promise)) {
      if (hash) this.pending = hash;
      return;
    }
    // The hash reader (a lazy chunk) is not in yet: the first graph waits for it (`reading`).
    const reading: Promise<void> = hash.then((state) => {
      if (this.reading !== reading) return;
      this.reading = undefined;
      if (state) this.pending = state;
    });
    this.reading = reading;
  }

  /** While the hash read on connect is still waiting for its reader: resolves once it is read (never rejects). */
  get hashReading(): Promise<void> | undefined {
    return this.reading;
  }

  /** The view state read from the hash on connect, once (the first graph applies it). */
  takePending(): ViewState | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending;
  }

  /** Applies a view state from the hash; `fromHashChange`: back/forward (an absent selection clears it, the layout follows). */
  apply(view: ViewState, fromHashChange = true): void {
    const { state, host } = this.ctx;
    state.filter = cleanFilter(view.filter);
    state.help = view.help;
    state.view = view.view ?? 'map';
    if (view.selected && (!state.graph || state.graph.byId.has(view.selected))) state.selected = view.selected;
    else if (fromHashChange) state.selected = undefined;
    if (fromHashChange && view.layout && view.layout !== host.layout) host.layout = view.layout;
  }

  writeHash(): void {
    const { state, host } = this.ctx;
    this.hash.write({
      ...(state.selected ? { selected: state.selected } : {}),
      ...(host.layout === 'ave' ? { layout: 'ave' as const } : {}),
      ...(state.view === 'list' ? { view: 'list' as const } : {}),
      filter: state.filter,
      ...(state.help ? { help: state.help } : {}),
    });
  }

  setFilter(filter: FilterState, user: boolean): void {
    const state = this.ctx.state;
    const next = cleanFilter(filter);
    if (sameFilter(next, state.filter)) return;
    state.filter = next;
    const result = this.ctx.mapView()?.filter;
    if (user && state.graph && result) {
      this.ctx.host.dispatchEvent(new GiaFilterChangeEvent({ filters: next, visibleCount: result.total, totalCount: state.graph.nodes.length }));
      this.ctx.announcer.announce({ kind: 'filter', result });
      this.writeHash();
    }
  }

  setHelp(help: HelpState | null): void {
    const state = this.ctx.state;
    state.help = help ?? undefined;
    this.writeHash();
    // The help finder announces its own results (one live region per action): the map says nothing here, but
    // loads the matching code so the highlights follow.
    if (state.help && !helpPart.value) void helpPart.load().then(() => this.ctx.host.requestUpdate());
  }

  /**
   * The "Wie mag wat?" chain: its organisations are highlighted and fitted (professional mode only; in public
   * mode nothing is kept). Clearing it fits the whole network again. Not kept in the URL hash.
   */
  setChain(choice: ChainChoice | null, organisations: readonly unknown[]): void {
    const state = this.ctx.state;
    const had = state.chain !== undefined;
    const ids = organisations.filter((id): id is Id => typeof id === 'string');
    state.chain = choice && this.ctx.mode() === 'professional' ? { choice, organisations: new Set(ids) } : undefined;
    if (had && !state.chain) this.restoreView();
  }

  setLayout(layout: LayoutKind): void {
    if (layout === this.ctx.host.layout) return;
    this.ctx.host.layout = layout;
    this.ctx.announcer.announce({ kind: 'layout', layout });
    this.writeHash();
  }

  setView(view: MapViewKind): void {
    if (view === this.ctx.state.view) return;
    this.ctx.state.view = view;
    this.writeHash();
  }

  togglePause(): void {
    const layout = this.ctx.layout;
    const paused = layout.paused;
    if (paused) layout.resume();
    else layout.pause();
    this.ctx.announcer.announce({ kind: 'paused', paused: !paused });
    this.ctx.host.requestUpdate();
  }

  /** `gia-request-filter` from the search box or the filter panel. */
  readonly onRequestFilter = (event: Event): void => {
    event.stopPropagation();
    const filter = (event as CustomEvent<{ filter: FilterState }>).detail?.filter;
    if (filter) this.setFilter(filter, true);
  };

  /** `gia-request-chain` from the "Wie mag wat?" panel. */
  readonly onRequestChain = (event: Event): void => {
    event.stopPropagation();
    const detail = (event as CustomEvent<{ choice?: ChainChoice | null; organisations?: unknown }>).detail;
    this.setChain(detail?.choice ?? null, Array.isArray(detail?.organisations) ? detail.organisations : []);
  };

  /** `gia-request-help` from the help finder or the list. */
  readonly onRequestHelp = (event: Event): void => {
    event.stopPropagation();
    this.setHelp((event as CustomEvent<{ help: HelpState | null }>).detail?.help ?? null);
  };
}
