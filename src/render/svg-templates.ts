/**
 * The map's SVG graph layer: (graph, positions, view state) → a Lit `svg` fragment of the captions and three
 * layers (links, nodes, labels), each kept by an element directive (link-lines.ts, node-marks.ts,
 * node-labels.ts; the labels' directive comes with the lazy label code, map-labels.ts, and is passed in). No
 * event listeners here: the component delegates pointer and key events on the
 * container and finds the node through `data-id`.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Id } from '../model/types.js';
import type { GraphLink, GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { linkLines, type LinkViewState } from './link-lines.js';
import { nodeMarks } from './node-marks.js';
import type { nodeLabels } from './node-labels.js';
import type { LabelSide } from './label-placement.js';
import type { MapCaption } from './map-captions.js';

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
  /** The captions' template (caption-layer.ts, with the lazy label code); without it no captions are drawn. */
  captionLayer?: ((captions: readonly MapCaption[], k: number) => SVGTemplateResult) | undefined;
}

/** The links that are drawn, in drawing order: those with both ends positioned. */
export function drawnLinks(links: readonly GraphLink[], positions: ReadonlyMap<Id, Point>): GraphLink[] {
  return links.filter((l) => positions.has(l.source) && positions.has(l.target));
}

/** The shared `<defs>`: the arrow head. */
export function defsTemplate(): SVGTemplateResult {
  return svg`<defs><marker id="gia-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10Z" class="arrow"></path></marker></defs>`;
}

/** Links first (under; see link-lines.ts), then nodes, then their labels; only items with a position are drawn. */
export function graphLayerTemplate(input: GraphLayerInput): SVGTemplateResult {
  const { positions } = input;
  const k = input.node.scale > 0 ? input.node.scale : 1;
  const nodes = input.nodes.filter((n) => positions.has(n.id));
  return svg`${input.captionLayer?.(input.captions ?? [], k) ?? nothing}<g class="links" ${linkLines({ links: input.links, positions, view: input.link })}></g><g class="nodes" ${nodeMarks({
    nodes,
    positions,
    view: input.node,
  })}></g><g class="labels" aria-hidden="true" font-size=${12 / k} stroke-width=${3 / k} ${input.labelLayer?.({ nodes, positions, view: input.node })}></g>`;
}
