/**
 * The map's SVG graph layer: (graph, positions, view state) → a Lit `svg` fragment of the captions and three
 * layers (links, nodes, labels), each kept by an element directive (link-lines.ts, node-marks.ts,
 * node-labels.ts; the labels' directive comes with the lazy label code, map-labels.ts, and is passed in). No
 * event listeners here: the component delegates pointer and key events on the
 * container and finds the node through `data-id`.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Id } from '../model/types.js';
import type { GraphLink, GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { linkLines, type LinkViewState } from './link-lines.js';
import { nodeMarks } from './node-marks.js';
import type { nodeLabels } from './node-labels.js';
import type { LabelSide } from './label-placement.js';
import { captionFontSize, type MapCaption } from './map-captions.js';
import { round } from './svg-geometry.js';

export interface NodeViewState {
  /** Current zoom scale: labels and strokes are counter-scaled so they stay readable. */
  scale: number;
  selected?: Id | undefined;
  /** The node that holds the roving tab stop (tabindex 0). */
  tabStop?: Id | undefined;
  /** When set, only these nodes are at full strength (hover/focus neighbourhood). */
  emphasis?: ReadonlySet<Id> | undefined;
  /** Search and help results. */
  highlighted?: ReadonlySet<Id> | undefined;
  pinned?: ReadonlySet<Id> | undefined;
  /** The node being moved with the keyboard. */
  moving?: Id | undefined;
  /** Accessible name per node. */
  names: (node: GraphNode) => string;
  /** Radius the node is drawn with. */
  radius: (node: GraphNode) => number;
  /** Where the node's label is drawn at this zoom (undefined: not drawn, it would overlap). */
  labelSide: (node: GraphNode) => LabelSide | undefined;
}

export interface GraphLayerInput {
  /** Lane and group names (map-captions.ts), drawn under the links. */
  captions?: readonly MapCaption[] | undefined;
  nodes: readonly GraphNode[];
  /** Only links with both ends positioned (drawnLinks): the frame path pairs them with the lines by order. */
  links: readonly GraphLink[];
  positions: ReadonlyMap<Id, Point>;
  node: NodeViewState;
  link: LinkViewState;
  /** The label layer's directive (map-labels.ts); without it the layer stays empty. */
  labelLayer?: typeof nodeLabels | undefined;
}

/** The links that are drawn, in drawing order: those with both ends positioned. */
export function drawnLinks(links: readonly GraphLink[], positions: ReadonlyMap<Id, Point>): GraphLink[] {
  return links.filter((l) => positions.has(l.source) && positions.has(l.target));
}

/** The shared `<defs>`: the arrow head. */
export function defsTemplate(): SVGTemplateResult {
  return svg`<defs><marker id="gia-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10Z" class="arrow"></path></marker></defs>`;
}

/**
 * The captions (map-captions.ts): aria-hidden, since each node's accessible name says the same (its track,
 * "nog geen verbinding vastgelegd"); a lane is a light band, the neutral strip has a thin rule above it.
 */
export function captionsTemplate(captions: readonly MapCaption[], k: number): SVGTemplateResult {
  return svg`<g class="captions" aria-hidden="true" font-size=${captionFontSize(k)}>${repeat(
    captions,
    (c) => c.id,
    (c) =>
      svg`<g class=${`caption-item ${c.kind}`} data-caption-id=${c.id}>${c.band
        ? svg`<rect class="caption-band" x=${round(c.band.x0)} y=${round(c.band.y0)} width=${round(c.band.x1 - c.band.x0)} height=${round(c.band.y1 - c.band.y0)}></rect>`
        : nothing}${c.rule
        ? svg`<line class="caption-rule" x1=${round(c.rule.x0)} x2=${round(c.rule.x1)} y1=${round(c.rule.y)} y2=${round(c.rule.y)}></line>`
        : nothing}<text class="caption" x=${round(c.x)} y=${round(c.y)} dy="0.35em" text-anchor=${c.anchor}>${c.text}</text></g>`,
  )}</g>`;
}

/** Links first (under; see link-lines.ts), then nodes, then their labels; only items with a position are drawn. */
export function graphLayerTemplate(input: GraphLayerInput): SVGTemplateResult {
  const { positions } = input;
  const k = input.node.scale > 0 ? input.node.scale : 1;
  const nodes = input.nodes.filter((n) => positions.has(n.id));
  return svg`${captionsTemplate(input.captions ?? [], k)}<g class="links" ${linkLines({ links: input.links, positions, view: input.link })}></g><g class="nodes" ${nodeMarks({
    nodes,
    positions,
    view: input.node,
  })}></g><g class="labels" aria-hidden="true" font-size=${12 / k} stroke-width=${3 / k} ${input.labelLayer?.({ nodes, positions, view: input.node })}></g>`;
}
