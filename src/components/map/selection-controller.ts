/**
 * Selection and focus on the map: selecting a node (by the user: `gia-select`, an announcement, the URL hash,
 * focus to the details; by a property: nothing fired), clearing it (focus back on the node, or in the list view
 * on what had focus before), the graph's roving focus (focus in and out of the surface), Escape in the side
 * area, and the panels' request events for selecting, closing and moving a node.
 */
import type { Id } from '../../model/types.js';
import { GiaSelectEvent } from '../../events/index.js';
import { fallbacksPart } from './lazy-parts.js';
import type { MapContext } from './map-context.js';
import type { SidePanelsController } from './side-panels-controller.js';
import type { ViewStateController } from './view-state-controller.js';
import type { ViewportActions } from './viewport-actions.js';

export interface SelectOptions {
  /** A user action (fires `gia-select`, announces, writes the hash, moves focus); false for a property. */
  user: boolean;
  /** Focus the details' heading (default: when the user selects a node). */
  focusDetails?: boolean;
}

export class SelectionController {
  /**
   * Where the user came from when the details opened (a help-finder result, the search field, a list item):
   * it gets focus back on close. Undefined when they came from the graph (the node gets it back).
   */
  private returnFocus?: HTMLElement | SVGElement;

  constructor(
    private readonly ctx: MapContext,
    private readonly parts: { side: SidePanelsController; viewport: ViewportActions; viewState: ViewStateController },
  ) {}

  select(id: Id | null, options: SelectOptions): void {
    const state = this.ctx.state;
    const graph = state.graph;
    const next = id && graph?.byId.has(id) ? id : undefined;
    if (id && graph && !next) return;
    const previous = state.selected;
    if (next === previous) {
      if (options.focusDetails && next) void this.focusDetails();
      return;
    }
    state.selected = next ?? (id && !graph ? id : undefined);
    if (next) state.focusedId = next;
    if (options.user && next) this.rememberOrigin(!previous);
    if (!options.user) return;
    const node = next ? graph?.byId.get(next) : undefined;
    this.ctx.host.dispatchEvent(new GiaSelectEvent({ id: next ?? null, kind: node?.kind ?? null, label: node?.label ?? null }));
    if (node) this.ctx.announcer.announce({ kind: 'selected', name: node.label });
    this.parts.viewState.writeHash();
    if (next && options.focusDetails !== false) void this.focusDetails();
    if (!next && previous) {
      const back = this.returnFocus;
      this.returnFocus = undefined;
      if (back?.isConnected && !inGraph(back)) back.focus();
      else if (state.view === 'map') void this.focusNode(previous);
    }
  }

  /**
   * Remembers where focus is as the place to return to on close; a choice made inside the details (a related
   * node) keeps the place the details were first opened from.
   */
  private rememberOrigin(opening: boolean): void {
    const active = deepActiveElement();
    if (!opening && active && inDetails(active)) return;
    this.returnFocus = active && !inGraph(active) ? active : undefined;
  }

  /** Moves focus to the node's element (it becomes the graph's tab stop) and scrolls it into view. */
  async focusNode(id: Id): Promise<void> {
    const host = this.ctx.host;
    this.ctx.state.focusedId = id;
    this.parts.viewport.ensureVisible(id);
    await host.updateComplete;
    const element = host.renderRoot.querySelector<SVGGElement>(`[data-id="${cssEscape(id)}"]`);
    element?.focus({ preventScroll: true });
    const stage = host.renderRoot.querySelector('.stage');
    if (stage) {
      const rect = stage.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) stage.scrollIntoView({ block: 'nearest' });
    }
  }

  private async focusDetails(): Promise<void> {
    const root = this.ctx.host.renderRoot;
    // The user chose a node before the side area was shown: show (at least) the details now.
    this.parts.side.show(1);
    await this.ctx.host.updateComplete;
    const panel = root.querySelector('gia-details-panel') as (HTMLElement & { focusHeading?: () => Promise<void> }) | null;
    if (panel?.focusHeading) await panel.focusHeading();
    else {
      // The map's own details (a small lazy chunk) may still be on their way.
      if (!fallbacksPart.value && (await fallbacksPart.load())) await this.ctx.host.updateComplete;
      root.querySelector<HTMLElement>('.fallback-details h2')?.focus();
    }
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as Element | null;
    const id = target?.getAttribute?.('data-id');
    // Only a node's focus changes what is drawn (emphasis, labels): focus on the surface itself (a press on
    // the background) must not cost a full update.
    if (!id) return;
    this.ctx.state.graphFocused = true;
    this.ctx.state.focusedId = id;
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.ctx.surface()?.contains(next)) {
      this.ctx.state.graphFocused = false;
      this.ctx.state.movingId = undefined;
    }
  };

  /** Escape in the side area closes the details. */
  readonly onSideKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.ctx.state.selected && !event.defaultPrevented) {
      event.preventDefault();
      this.select(null, { user: true });
    }
  };

  /** `gia-request-select` from the search box, the list or the details. */
  readonly onRequestSelect = (event: Event): void => {
    event.stopPropagation();
    const id = (event as CustomEvent<{ id: Id | null }>).detail?.id ?? null;
    this.select(id, { user: true });
    if (id && this.ctx.state.view === 'map') this.parts.viewport.ensureVisible(id);
  };

  /** `gia-request-close` from the details. */
  readonly onRequestClose = (event: Event): void => {
    event.stopPropagation();
    this.select(null, { user: true });
  };

  /** "Verplaats op de kaart" in the details (WCAG 2.5.7): the node goes where the user clicks next, or moves by arrow keys. */
  readonly onRequestMove = (event: Event): void => {
    event.stopPropagation();
    const id = (event as CustomEvent<{ id: Id }>).detail?.id;
    const state = this.ctx.state;
    if (typeof id !== 'string' || state.view !== 'map' || !this.ctx.layout.positions.has(id)) return;
    state.movingId = id;
    state.focusedId = id;
    void this.focusNode(id);
    this.ctx.announcer.announce({ kind: 'move', key: 'map.moveOnPointer', name: state.graph?.byId.get(id)?.label ?? id });
  };
}

/** The focused element, looking inside (nested) shadow roots. */
function deepActiveElement(): HTMLElement | SVGElement | undefined {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active && active !== document.body ? active : undefined;
}

/** Whether the element is on the graph's surface (a node or the surface itself). */
function inGraph(element: Element): boolean {
  return element.closest('svg.surface') !== null;
}

/** Whether the element is inside the details (the details panel or the map's own fallback details). */
function inDetails(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node.localName === 'gia-details-panel' || node.classList.contains('fallback-details')) return true;
  }
  return false;
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}
