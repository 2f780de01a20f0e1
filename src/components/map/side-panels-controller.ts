/**
 * The map's side area and list view, staged so that neither the panels' first render nor their chunk's
 * arrival lands in the task that paints the map:
 * - the panels and the list (panels.ts) are a lazy chunk, fetched at once when this module loads; the help
 *   finder's chunk is fetched with them;
 * - `stage` is 0 until the map has painted (`reveal`), then 1 (search, details, legend, help finder) and
 *   2 (filters), each in a task of its own; `revealed` resolves after stage 2;
 * - until the panels' chunk is in (or when it failed) the map shows its own details and list
 *   (map-fallbacks.ts, a small lazy chunk loaded on first need); a list or side area drawn with those
 *   stand-ins is drawn again, in a task of its own, when the panels arrive.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Id } from '../../model/types.js';
import type { GraphNode } from '../../graph/types.js';
import { msg } from '../../i18n/localize.js';
import { addStyles } from '../shared/add-styles.js';
import { fallbacksPart, helpPart, type FallbacksModule } from './lazy-parts.js';
import type { ListInput, SideInput } from './panel-templates.js';

let panels: typeof import('./panels.js') | undefined;
const panelsLoaded: Promise<unknown> = import('./panels.js').then(
  (module) => (panels = module),
  () => undefined,
);

export interface SidePanelsOptions {
  /** The list view is shown (drawn again when the panels arrive). */
  listShown: () => boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SidePanelsController implements ReactiveController {
  /** How much of the side area (and the toolbar's search box) is rendered: see the module comment. */
  stage = 0;
  /** Resolves once the whole side area is rendered (after the map's first paint). */
  readonly revealed: Promise<void>;
  private revealedResolve!: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: SidePanelsOptions,
  ) {
    this.revealed = new Promise((resolve) => (this.revealedResolve = resolve));
    host.addController(this);
  }

  hostConnected(): void {
    // A task of its own: the chunk's arrival must not add a map update to the task that evaluated it.
    void panelsLoaded.then(() => setTimeout(() => (this.options.listShown() || this.stage > 0) && this.host.requestUpdate(), 0));
    void panelsLoaded.then(() => helpPart.load());
  }

  /** After the map's first paint: stage 1, then 2, one per task once the panels' chunk is in. */
  reveal(): void {
    void panelsLoaded
      .then(nextTask)
      .then(() => {
        this.show(1);
        return this.host.updateComplete;
      })
      .then(nextTask)
      .then(() => {
        this.show(2);
        return this.host.updateComplete;
      })
      .then(() => this.revealedResolve());
  }

  /** Renders at least `stage` (the user chose a node before the side area was shown: the details now). */
  show(stage: number): void {
    if (this.stage >= stage) return;
    this.stage = stage;
    this.host.requestUpdate();
  }

  /** The side area: legend, details, help finder and (from stage 2) filters; the map's own details until the panels are in. */
  side(input: Omit<SideInput, 'withFilters'>, select: (id: Id | null) => void): TemplateResult {
    if (this.stage < 1) return html``;
    if (panels) return panels.sideTemplate({ ...input, withFilters: this.stage >= 2 });
    const graph = input.graph;
    const node = input.selected ? graph?.byId.get(input.selected) : undefined;
    if (!graph || !node) return html``;
    const neighbours = [...(graph.neighbours.get(node.id) ?? [])].map((n) => graph.byId.get(n)!).filter(Boolean);
    return this.fallbacks()?.fallbackDetailsTemplate(input.lang, node, neighbours, select) ?? html``;
  }

  /** The list view; until the panels are in, the map's own list (every visible node as a button). */
  list(input: ListInput, nodes: readonly GraphNode[], select: (id: Id | null) => void): TemplateResult {
    if (panels) return panels.listTemplate(input);
    return (
      this.fallbacks()?.fallbackListTemplate(input.lang, nodes, input.selected, select) ??
      html`<div part="stage" class="stage list-stage" role="status">${msg(input.lang, 'map.loading')}</div>`
    );
  }

  /** The map's own list and details (loaded on first need; the map updates when they are in). */
  private fallbacks(): FallbacksModule | undefined {
    const chunk = fallbacksPart.value;
    if (!chunk) {
      void fallbacksPart.load().then((loaded) => loaded && this.host.requestUpdate());
      return undefined;
    }
    if (this.host.renderRoot instanceof ShadowRoot) addStyles(this.host.renderRoot, chunk.fallbackStyles);
    return chunk;
  }
}
