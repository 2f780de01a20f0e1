/**
 * Pure SVG templates of the map: (graph, positions, view state) → Lit `svg` fragments. No state and
 * no event listeners here: the component delegates pointer and key events on the container and finds
 * the node through `data-id`.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Id } from '../model/types.js';
import type { GraphLink, GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { nodeShapePath } from './node-shapes.js';
import { nodeIconPath } from './node-icons.js';
import { linkLines, type LinkViewState } from './link-lines.js';
import { round } from './svg-geometry.js';
import type { LabelSide } from './label-placement.js';

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

/** Shortens a label for drawing (the accessible name keeps it whole). */
export function shortLabel(label: string, max = 28): string {
  return label.length > max ? label.slice(0, max - 1).trimEnd() + '…' : label;
}

/** The text drawn under a node (organisations use their short name when they have one). */
export function labelOf(node: GraphNode): string {
  return node.kind === 'phase' ? node.label : shortLabel(node.subtitle && node.subtitle.length < node.label.length && node.kind === 'organisation' ? node.subtitle : node.label);
}

/** One node: shape, icon, label. `role="button"` with a roving tabindex (one tab stop for the graph). */
export function nodeTemplate(node: GraphNode, p: Point, view: NodeViewState): SVGTemplateResult {
  const r = view.radius(node);
  const selected = view.selected === node.id;
  const faded = view.emphasis !== undefined && !view.emphasis.has(node.id);
  const classes = [
    'node',
    `kind-${node.kind}`,
    selected ? 'selected' : '',
    faded ? 'faded' : '',
    view.highlighted?.has(node.id) ? 'highlighted' : '',
    view.pinned?.has(node.id) ? 'pinned' : '',
    view.moving === node.id ? 'moving' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const k = view.scale > 0 ? view.scale : 1;
  const phaseNumber = node.kind === 'phase' ? (node.label.match(/\d+/)?.[0] ?? '') : '';
  // Only the node that can hold focus (the tab stop), the selected one and the one being moved can show
  // a ring: the others carry none (fewer elements to create on the first paint).
  const ring = view.tabStop === node.id || selected || view.moving === node.id;
  return svg`<g
    class=${classes}
    data-id=${node.id}
    data-kind=${node.kind}
    transform="translate(${round(p.x)},${round(p.y)})"
    role="button"
    tabindex=${view.tabStop === node.id ? 0 : -1}
    aria-label=${view.names(node)}
    aria-current=${selected ? 'true' : nothing}
  ><circle class="hit" r=${Math.max(r, 12 / k)}></circle
  ><path class="shape" d=${nodeShapePath(node.kind, r)}></path
  >${
    node.kind === 'phase'
      ? svg`<text class="phase-number" aria-hidden="true" dy="0.35em" font-size=${r * 0.9}>${phaseNumber}</text>`
      : svg`<path class="icon" d=${nodeIconPath(node.kind, r * 0.75)}></path>`
  }${ring ? svg`<circle class="focus-ring" r=${r + 4 / k} stroke-width=${2.5 / k}></circle>` : nothing}</g>`;
}

/**
 * The label of a node, in a layer of its own outside the node's button (aria-hidden: the button's
 * accessible name already holds the whole name, and a shortened label must not become part of it).
 */
export function nodeLabelTemplate(node: GraphNode, p: Point, view: NodeViewState): SVGTemplateResult | typeof nothing {
  const side = view.labelSide(node);
  if (!side) return nothing;
  const k = view.scale > 0 ? view.scale : 1;
  const faded = view.emphasis !== undefined && !view.emphasis.has(node.id);
  return labelTemplate(node.id, labelOf(node), side, view.radius(node), 12 / k, k, faded, p);
}

/** Font size and halo width are set once on the labels' layer (see graphLayerTemplate): they inherit. */
function labelTemplate(id: Id, text: string, side: LabelSide, r: number, fontSize: number, k: number, faded: boolean, p: Point): SVGTemplateResult {
  const gap = 2 / k;
  const [x, y, anchor] =
    side === 'below'
      ? [0, r + gap + fontSize * 0.95, 'middle']
      : side === 'above'
        ? [0, -r - gap - fontSize * 0.25, 'middle']
        : side === 'right'
          ? [r + gap * 2, fontSize * 0.35, 'start']
          : [-r - gap * 2, fontSize * 0.35, 'end'];
  return svg`<text
    class="node-label label${faded ? ' faded' : ''}"
    data-label-id=${id}
    transform="translate(${round(p.x)},${round(p.y)})"
    x=${round(x)}
    y=${round(y)}
    text-anchor=${anchor}
  >${text}</text>`;
}


/** The shared `<defs>`: the arrow head. */
export function defsTemplate(): SVGTemplateResult {
  return svg`<defs><marker id="gia-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10Z" class="arrow"></path></marker></defs>`;
}

export interface GraphLayerInput {
  nodes: readonly GraphNode[];
  /** Only links with both ends positioned (drawnLinks): the frame path pairs them with the lines by order. */
  links: readonly GraphLink[];
  positions: ReadonlyMap<Id, Point>;
  node: NodeViewState;
  link: LinkViewState;
}

/** The links that are drawn, in drawing order: those with both ends positioned. */
export function drawnLinks(links: readonly GraphLink[], positions: ReadonlyMap<Id, Point>): GraphLink[] {
  return links.filter((l) => positions.has(l.source) && positions.has(l.target));
}

/** Links first (under; see link-lines.ts), then nodes; only items with a position are drawn. */
export function graphLayerTemplate(input: GraphLayerInput): SVGTemplateResult {
  const { positions } = input;
  return svg`<g class="links" ${linkLines({ links: input.links, positions, view: input.link })}></g><g class="nodes">${repeat(
    input.nodes.filter((n) => positions.has(n.id)),
    (n) => n.id,
    (n) => nodeTemplate(n, positions.get(n.id)!, input.node),
  )}</g><g class="labels" aria-hidden="true" font-size=${12 / labelScale(input)} stroke-width=${3 / labelScale(input)}>${repeat(
    input.nodes.filter((n) => positions.has(n.id)),
    (n) => n.id,
    (n) => nodeLabelTemplate(n, positions.get(n.id)!, input.node),
  )}</g>`;
}

function labelScale(input: GraphLayerInput): number {
  return input.node.scale > 0 ? input.node.scale : 1;
}
