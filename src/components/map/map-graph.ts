/**
 * The drawn network on the map's stage: the SVG surface (every visible node and link; on the canvas path
 * only the focused and selected nodes, as the keyboard and assistive-technology proxy, over the canvas),
 * its description, and the "no results" message with its "clear filters" button. The pointer, key and
 * focus events are delegated on the surface (the map finds the node through `data-id`). The surface has
 * `tabindex="-1"`: Chromium makes an `<svg>` with focus listeners a Tab stop of its own, and the graph is one Tab
 * stop (the roving node) in every mode.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Id } from '../../model/types.js';
import type { GraphLink, GraphNode, NetworkGraph } from '../../graph/types.js';
import type { LayoutSimulation, Point } from '../../layout/index.js';
import type { LabelSide } from '../../render/label-placement.js';
import type { MapView } from '../../render/map-view-model.js';
import { drawnRadius } from '../../render/node-shapes.js';
import type { Box, MapCaption } from '../../render/map-captions.js';
import { labelsPart } from './lazy-parts.js';
import { defsTemplate, graphLayerTemplate } from '../../render/svg-templates.js';
import type { nodeLabels } from '../../render/node-labels.js';
import { msg, type Lang } from '../../i18n/localize.js';

/** The pointer handlers on the surface (pointer-input.ts). */
export interface SurfacePointer {
  down: (event: PointerEvent) => void;
  move: (event: PointerEvent) => void;
  up: (event: PointerEvent) => void;
  leave: (event: PointerEvent) => void;
  dblclick: (event: MouseEvent) => void;
}

export interface GraphInput {
  lang: Lang;
  /** Lane and group names (map-captions.ts). */
  captions: readonly MapCaption[];
  graph: NetworkGraph;
  /** The network's title (in the surface's accessible name). */
  title: string | undefined;
  view: MapView;
  /** The links drawn as lines, in order (those with both ends positioned); empty before the stage is measured. */
  links: readonly GraphLink[];
  /** The nodes drawn; empty before the stage is measured or while a new layout is being built. */
  nodes: readonly GraphNode[];
  labels: ReadonlyMap<Id, LabelSide>;
  /** The label layer's directive (the lazy label code, map-labels.ts); undefined until it is in. */
  labelLayer: typeof nodeLabels | undefined;
  positions: ReadonlyMap<Id, Point>;
  transform: { x: number; y: number; k: number };
  hoverId: Id | undefined;
  selected: Id | undefined;
  pinned: ReadonlySet<Id>;
  movingId: Id | undefined;
  pointer: SurfacePointer;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
  onClearFilters: () => void;
}

const linkCounts = new WeakMap<ReadonlySet<Id>, number>();

/** The number of links with both ends visible (once per filter result). */
export function visibleLinkCount(graph: NetworkGraph, visible: ReadonlySet<Id>): number {
  let count = linkCounts.get(visible);
  if (count === undefined) {
    count = graph.links.filter((l) => visible.has(l.source) && visible.has(l.target)).length;
    linkCounts.set(visible, count);
  }
  return count;
}

/** The drawn radius of the node with this id (6 for an unknown id). */
export function radiusOf(graph: NetworkGraph): (id: Id) => number {
  return (id) => {
    const node = graph.byId.get(id);
    return node ? drawnRadius(node) : 6;
  };
}

/**
 * The captions of the drawn map (map-captions.ts), recomputed only when their inputs change (so the label
 * placement, which keeps clear of them, is not redone for nothing): in the AVE layout from its geometry, in the
 * force layout over the row of unlinked nodes.
 */
export function createCaptions(): (
  lang: Lang,
  graph: NetworkGraph,
  sim: LayoutSimulation | undefined,
  nodes: readonly GraphNode[],
  positions: ReadonlyMap<Id, Point>,
  transform: { x: number; k: number },
) => { captions: readonly MapCaption[]; boxes: readonly Box[] } {
  let deps: readonly unknown[] = [];
  let value: { captions: readonly MapCaption[]; boxes: readonly Box[] } = { captions: [], boxes: [] };
  return (lang, graph, sim, nodes, positions, { x, k }) => {
    // The left edge of the view in layout units: lane names stay in view while panning.
    const viewLeft = -x / k;
    const ave = sim?.layout === 'ave';
    const geometry = ave ? sim.bandGeometry() : undefined;
    // The AVE captions do not move with the nodes; the force layout's follows its row.
    // The caption code comes with the lazy label code (map-labels.ts): until it is in, there are no captions.
    const kit = labelsPart.value;
    const next = [kit, lang, graph, ave, geometry, geometry?.groups, ave ? undefined : positions, nodes, k, ave ? viewLeft : undefined];
    if (next.length === deps.length && next.every((d, i) => d === deps[i])) return value;
    deps = next;
    if (!kit) return (value = { captions: [], boxes: [] });
    const row = geometry ? undefined : kit.unlinkedRowCaption(lang, nodes, positions, drawnRadius);
    const captions = geometry ? kit.aveCaptions(lang, geometry, graph.tracks ?? [], k, viewLeft) : row ? [row] : [];
    value = { captions, boxes: captions.map((c) => kit.captionBox(c, k)) };
    return value;
  };
}

export function graphTemplate(input: GraphInput): TemplateResult {
  const { lang, view, title, pointer } = input;
  const { k } = input.transform;
  const empty = view.filter.total === 0;
  // div.pan: the HTML layer that a pan or zoom gesture moves (why not the <svg>: frame-path-controller.ts).
  return html`${view.useCanvas ? html`<canvas aria-hidden="true"></canvas>` : nothing}
    <div class="pan"><svg
      class=${input.hoverId ? 'surface over-node' : 'surface'}
      tabindex="-1"
      role="group"
      aria-roledescription=${msg(lang, 'map.label').toLowerCase()}
      aria-label=${title ? msg(lang, 'map.labelWithTitle', { title }) : msg(lang, 'map.label')}
      aria-describedby="map-description"
      @keydown=${input.onKeyDown}
      @pointerdown=${pointer.down}
      @pointermove=${pointer.move}
      @pointerup=${pointer.up}
      @pointercancel=${pointer.up}
      @pointerleave=${pointer.leave}
      @dblclick=${pointer.dblclick}
      @focusin=${input.onFocusIn}
      @focusout=${input.onFocusOut}
    >
      ${defsTemplate()}
      <g class="viewport">
        ${graphLayerTemplate({
          captions: input.captions,
          nodes: input.nodes,
          links: input.links,
          positions: input.positions,
          node: {
            scale: k,
            selected: input.selected,
            tabStop: view.tabStop,
            emphasis: view.emphasis,
            highlighted: view.highlighted,
            pinned: input.pinned,
            moving: input.movingId,
            names: view.name,
            radius: drawnRadius,
            labelSide: (node) => input.labels.get(node.id),
          },
          link: { emphasis: view.emphasis, receding: view.receding, radius: radiusOf(input.graph) },
          labelLayer: input.labelLayer,
          captionLayer: labelsPart.value?.captionsTemplate,
        })}
      </g>
    </svg></div>
    <p id="map-description" class="visually-hidden">
      ${msg(lang, 'map.totals', { nodes: view.filter.total, links: visibleLinkCount(input.graph, view.filter.visible) })}
      ${msg(lang, 'map.description')}
    </p>
    ${empty
      ? html`<div class="empty-result" role="status">
          <p>${msg(lang, 'filter.noResults')}</p>
          <button type="button" @click=${input.onClearFilters}>${msg(lang, 'filter.clear')}</button>
        </div>`
      : nothing}`;
}
