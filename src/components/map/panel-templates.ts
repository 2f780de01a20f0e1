/**
 * How the map composes the side panels and the list view: part of the panels' chunk (panels.ts), since these
 * templates only render once it is in. Until then the map shows its own details and list (map-fallbacks.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GiaNetwork, Id } from '../../model/types.js';
import type { FilterState } from '../../graph/filter-state.js';
import type { Mode, NetworkGraph } from '../../graph/types.js';
import type { LayoutKind } from '../../layout/index.js';
import type { HelpState } from '../../view-state/hash-state.js';
import type { ChainChoice } from '../../graph/power-chain.js';
import { msg, type Lang } from '../../i18n/localize.js';

export interface SideInput {
  network: GiaNetwork | undefined;
  graph: NetworkGraph | undefined;
  lang: Lang;
  mode: Mode;
  legendOpen: boolean;
  /** The map's layout (the legend says what the AVE layout leaves out at rest). */
  layout?: LayoutKind | undefined;
  selected: Id | undefined;
  /** The details offer "move on the map" (the map view is shown). */
  movable: boolean;
  help: HelpState | undefined;
  /** The "Wie mag wat?" choice (professional mode). */
  chain?: ChainChoice | undefined;
  filter: FilterState;
  resultCount: number;
  /** The filter panel comes one task after the rest (see the map's revealSide). */
  withFilters: boolean;
  /** The phone layout of public mode: the filters are folded away (a disclosure). */
  narrow?: boolean;
}

/** The file describes powers or meldcode steps: the "Wie mag wat?" panel has something to offer. */
function hasChains(network: GiaNetwork | undefined): boolean {
  const steps = (network?.meldcode as { steps?: unknown } | undefined)?.steps;
  return (Array.isArray(network?.powers) && network.powers.length > 0) || (Array.isArray(steps) && steps.length > 0);
}

/** The "Wie mag wat?" panel: professional mode only, and only for a file with powers or meldcode steps. */
function powersPanel(input: SideInput): TemplateResult | typeof nothing {
  if (input.mode !== 'professional' || !hasChains(input.network)) return nothing;
  return html`<gia-powers-panel .network=${input.network} .graph=${input.graph} .lang=${input.lang} .choice=${input.chain ?? null}></gia-powers-panel>`;
}

/** The side area: legend (when open), details of the selected node, help finder, "Wie mag wat?" (professional) and filters. */
export function sideTemplate(input: SideInput): TemplateResult {
  const { lang } = input;
  const common = { network: input.network, graph: input.graph, lang, mode: input.mode };
  return html`
    ${input.legendOpen ? html`<gia-legend
          .network=${common.network}
          .graph=${common.graph}
          .lang=${lang}
          .mode=${common.mode}
          .layout=${input.layout ?? 'force'}
        ></gia-legend>` : nothing}
    ${input.selected
      ? html`<gia-details-panel
          .network=${common.network}
          .graph=${common.graph}
          .lang=${lang}
          .mode=${common.mode}
          .nodeId=${input.selected}
          .movable=${input.movable}
        ></gia-details-panel>`
      : nothing}
    <gia-help-finder .network=${common.network} .graph=${common.graph} .lang=${lang} .mode=${common.mode} .help=${input.help}></gia-help-finder>
    ${powersPanel(input)}
    ${input.withFilters ? (input.narrow ? foldedFilters(input, filterPanel(input)) : filterPanel(input)) : nothing}
  `;
}

function filterPanel(input: SideInput): TemplateResult {
  return html`<gia-filter-panel
    .network=${input.network}
    .graph=${input.graph}
    .lang=${input.lang}
    .mode=${input.mode}
    .filter=${input.filter}
    .resultCount=${input.resultCount}
    no-announce
  ></gia-filter-panel>`;
}

/** On a phone the filters are one tap away instead of a long panel. */
function foldedFilters(input: SideInput, panel: TemplateResult): TemplateResult {
  return html`<details class="folded-filters">
    <summary>${msg(input.lang, 'side.filters')}</summary>
    ${panel}
  </details>`;
}

export interface ListInput {
  network: GiaNetwork | undefined;
  /** The network is shown with its fictitious entries (the map's `with-fictitious`). */
  withFictitious?: boolean;
  lang: Lang;
  mode: Mode;
  filter: FilterState;
  help: HelpState | undefined;
  /** The organisations of the "Wie mag wat?" chain (professional mode): marked in the list. */
  chain?: ReadonlySet<Id> | undefined;
  selected: Id | undefined;
  /** The map's handlers of the list's request events. */
  onSelect: (event: Event) => void;
  onFilter: (event: Event) => void;
  onHelp: (event: Event) => void;
}

/** The list view in the map's stage (without its own controls: the map's toolbar and side area serve it). */
export function listTemplate(input: ListInput): TemplateResult {
  return html`<div part="stage" class="stage list-stage"
    @gia-request-select=${input.onSelect}
    @gia-request-filter=${input.onFilter}
    @gia-request-help=${input.onHelp}
  >
    <gia-network-list
      no-controls
      ?with-fictitious=${input.withFictitious === true}
      .data=${input.network}
      mode=${input.mode}
      lang=${input.lang}
      .filter=${input.filter}
      .help=${input.help}
      .chain=${input.chain ?? null}
      .selected=${input.selected ?? null}
    ></gia-network-list>
  </div>`;
}
