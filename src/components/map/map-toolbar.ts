/**
 * The map's toolbar: the search box (once the side area is shown), layout (force or AVE) and view (map or
 * list) switches, zoom, fit, reset, pause, legend and the keyboard help. Inert until there is a graph.
 * A lazy chunk of the script-tag bundle with its styles and Dutch texts (toolbar.nl.ts; toolbar-part.ts renders it).
 */
import { css, html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { GiaNetwork } from '../../model/types.js';
import type { FilterState } from '../../graph/filter-state.js';
import type { Mode, NetworkGraph } from '../../graph/types.js';
import type { LayoutKind } from '../../layout/index.js';
import { msg, registerCatalogue, type Lang } from '../../i18n/localize.js';
import toolbarNl from '../../i18n/toolbar.nl.js';
import { icons } from './toolbar-icons.js';

registerCatalogue('nl', toolbarNl);

export type MapViewKind = 'map' | 'list';

export interface ToolbarInput {
  lang: Lang;
  graph: NetworkGraph | undefined;
  /** The network the search box searches (in public mode the stripped one). */
  network: GiaNetwork | undefined;
  mode: Mode;
  filter: FilterState;
  /** The search box is rendered with the side area (after the map's first paint). */
  withSearch: boolean;
  layout: LayoutKind;
  view: MapViewKind;
  paused: boolean;
  legendOpen: boolean;
  /** The map's handlers of the search box's request events. */
  onRequestSelect: (event: Event) => void;
  onRequestFilter: (event: Event) => void;
  setLayout: (layout: LayoutKind) => void;
  setView: (view: MapViewKind) => void;
  zoomBy: (factor: number) => void;
  fit: () => void;
  reset: () => void;
  togglePause: () => void;
  toggleLegend: () => void;
  openKeys: () => void;
}

function iconButton(label: string, icon: TemplateResult | SVGTemplateResult, onClick: () => void, pressed?: boolean): TemplateResult {
  return html`<button
    type="button"
    class="icon-button"
    aria-label=${label}
    title=${label}
    aria-pressed=${pressed === undefined ? nothing : String(pressed)}
    @click=${onClick}
  >
    ${icon}
  </button>`;
}

export function toolbarTemplate(input: ToolbarInput): TemplateResult {
  const { lang, layout, view, paused } = input;
  return html`<div
    part="toolbar"
    class="toolbar"
    ?inert=${!input.graph}
    role="toolbar"
    aria-label=${msg(lang, 'toolbar.label')}
    @gia-request-select=${input.onRequestSelect}
    @gia-request-filter=${input.onRequestFilter}
  >
    <div class="search">
      ${input.withSearch
        ? html`<gia-search-box .network=${input.network} .graph=${input.graph} .lang=${lang} .mode=${input.mode} .filter=${input.filter}></gia-search-box>`
        : nothing}
    </div>
    ${view === 'map'
      ? html`<div class="group" role="group" aria-label=${msg(lang, 'toolbar.layout')}>
          <button type="button" aria-pressed=${String(layout === 'force')} @click=${() => input.setLayout('force')}>
            ${msg(lang, 'toolbar.layout.force')}
          </button>
          <button type="button" aria-pressed=${String(layout === 'ave')} @click=${() => input.setLayout('ave')}>
            ${msg(lang, 'toolbar.layout.ave')}
          </button>
        </div>`
      : nothing}
    <div class="group" role="group" aria-label=${msg(lang, 'toolbar.view')}>
      <button type="button" aria-pressed=${String(view === 'map')} @click=${() => input.setView('map')}>
        ${msg(lang, 'toolbar.view.map')}
      </button>
      <button type="button" aria-pressed=${String(view === 'list')} @click=${() => input.setView('list')}>
        ${msg(lang, 'toolbar.view.list')}
      </button>
    </div>
    ${view === 'map'
      ? html`<div class="group">
          ${iconButton(msg(lang, 'toolbar.zoomIn'), icons.zoomIn, () => input.zoomBy(1.25))}
          ${iconButton(msg(lang, 'toolbar.zoomOut'), icons.zoomOut, () => input.zoomBy(0.8))}
          ${iconButton(msg(lang, 'toolbar.fit'), icons.fit, input.fit)}
          ${iconButton(msg(lang, 'toolbar.reset'), icons.reset, input.reset)}
          ${iconButton(msg(lang, paused ? 'toolbar.resume' : 'toolbar.pause'), paused ? icons.play : icons.pause, input.togglePause, paused)}
        </div>`
      : nothing}
    <div class="group">
      ${iconButton(msg(lang, 'legend.heading'), icons.legend, input.toggleLegend, input.legendOpen)}
      ${iconButton(msg(lang, 'toolbar.keys'), icons.keys, input.openKeys)}
    </div>
  </div>`;
}

/** The controls' styles (the bar itself is styled by the map: it keeps its place before this chunk is in). */
export const toolbarStyles = css`
  /* Before the data is in: the controls show, but cannot be used yet. */
  .toolbar[inert] button {
    opacity: 0.55;
  }
  .toolbar .group {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  .toolbar .search {
    flex: 1 1 14rem;
    min-width: 10rem;
  }
  /* The search box paints the panel background when it stands alone; on the toolbar it shows the
     toolbar's surface (no white box behind its label). */
  .toolbar gia-search-box {
    background: transparent;
  }
  button[aria-pressed='true'] {
    background: var(--_gia-color-accent);
    color: var(--_gia-color-accent-text);
    border-color: var(--_gia-color-accent);
  }
  .icon-button {
    padding: 0.25rem;
    width: 2rem;
    display: inline-grid;
    place-items: center;
  }
  .icon-button svg {
    width: 1.1rem;
    height: 1.1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    /* forced-color-adjust: none keeps the theme's focus colour: use a system colour (outside the button). */
    button[aria-pressed='true']:focus-visible {
      outline-color: CanvasText;
    }
  }
`;
