/**
 * The map's links, drawn as one `<path>` per link type (and one more per type for the faded ones while a
 * neighbourhood is emphasised) instead of one `<line>` per link, plus one filled `<path class="arrow">`
 * with every arrow head. A network has about three links per node: one element per link was about 40 % of
 * the map's SVG elements, and creating them and writing their coordinates was the largest single part of
 * the update that draws the map. Dashes restart at each subpath, so a type's dash pattern looks the same
 * as on separate lines.
 *
 * The paths are kept by a Lit element directive on their layer (`<g class="links" ${linkPaths(…)}>`);
 * the frame path (svg-frame.ts) moves them with `moveLinkPaths`, with the last links and view state.
 * A path's `d` is written only when it changed.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Id } from '../model/types.js';
import type { GraphLink } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { linkStyle } from './link-styles.js';
import { round } from './svg-geometry.js';
import { placeChildren, SVG_NS } from './svg-children.js';

/** What a link's look depends on besides its type. */
export interface LinkViewState {
  scale: number;
  emphasis?: ReadonlySet<Id> | undefined;
  radius: (id: Id) => number;
}

export interface LinkPathsInput {
  /** The drawn links (both ends positioned), in drawing order. */
  links: readonly GraphLink[];
  positions: ReadonlyMap<Id, Point>;
  view: LinkViewState;
}

interface PathState {
  element: Element;
  d: string;
}

interface LayerState {
  paths: Map<string, PathState>;
  /** The path keys in the order the layer holds them. */
  order: string[];
  /** The last input, for the frame path. */
  input: LinkPathsInput;
}

const layers = new WeakMap<Element, LayerState>();

/** The arrow head: its length and half width per unit of the line's stroke width, and its gap to the node. */
const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = 3;
const ARROW_GAP = 2;

/**
 * Path data per class (`link type-… [faded]`, `arrow [faded]`), in drawing order: every line, then
 * the arrow heads on top. Undefined when a link end has no position.
 */
export function linkPathData({ links, positions, view }: LinkPathsInput): Map<string, string> | undefined {
  const lines = new Map<string, string>();
  const arrows = new Map<string, string>();
  const emphasis = view.emphasis;
  for (const link of links) {
    const a = positions.get(link.source);
    const b = positions.get(link.target);
    if (!a || !b) return undefined;
    const style = linkStyle(link.type);
    const faded = emphasis !== undefined && !(emphasis.has(link.source) && emphasis.has(link.target));
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const ra = view.radius(link.source);
    const rb = view.radius(link.target) + (style.arrow ? ARROW_GAP : 0);
    const x2 = b.x - ux * rb;
    const y2 = b.y - uy * rb;
    const key = faded ? `link type-${link.type} faded` : `link type-${link.type}`;
    lines.set(key, (lines.get(key) ?? '') + `M${round(a.x + ux * ra)},${round(a.y + uy * ra)}L${round(x2)},${round(y2)}`);
    if (style.arrow) {
      // As an SVG marker sized in stroke widths: the tip just past the line's end, towards the node.
      const w = style.width;
      const tx = x2 + ux * w * 0.6;
      const ty = y2 + uy * w * 0.6;
      const bx = tx - ux * w * ARROW_LENGTH;
      const by = ty - uy * w * ARROW_LENGTH;
      const hx = -uy * w * ARROW_HALF_WIDTH;
      const hy = ux * w * ARROW_HALF_WIDTH;
      const arrowKey = faded ? 'arrow faded' : 'arrow';
      arrows.set(arrowKey, (arrows.get(arrowKey) ?? '') + `M${round(tx)},${round(ty)}L${round(bx + hx)},${round(by + hy)}L${round(bx - hx)},${round(by - hy)}Z`);
    }
  }
  for (const [key, d] of arrows) lines.set(key, d);
  return lines;
}

/** Draws `input` into `layer`: its children become one path per entry of linkPathData. */
export function drawLinkPaths(layer: Element, input: LinkPathsInput): boolean {
  const data = linkPathData(input);
  const state = layers.get(layer) ?? { paths: new Map<string, PathState>(), order: [], input };
  layers.set(layer, state);
  state.input = input;
  if (!data) return false;
  const next = new Map<string, PathState>();
  let reorder = data.size !== state.order.length;
  let i = 0;
  for (const [key, d] of data) {
    if (state.order[i++] !== key) reorder = true;
    let path = state.paths.get(key);
    if (!path) {
      const element = layer.ownerDocument.createElementNS(SVG_NS, 'path');
      element.setAttribute('class', key);
      path = { element, d: '' };
    }
    if (path.d !== d) path.element.setAttribute('d', (path.d = d));
    next.set(key, path);
  }
  if (reorder) {
    placeChildren(layer, [...next.values()].map((path) => path.element));
    state.order = [...next.keys()];
  }
  state.paths = next;
  return true;
}

/** The frame path: the last drawn links and view state at new positions. False when there is nothing to move or a link end has no position. */
export function moveLinkPaths(layer: Element, positions: ReadonlyMap<Id, Point>): boolean {
  const state = layers.get(layer);
  if (!state) return false;
  return drawLinkPaths(layer, { ...state.input, positions });
}

class LinkPathsDirective extends Directive {
  render(_input: LinkPathsInput): unknown {
    return noChange;
  }

  override update(part: ElementPart, [input]: [LinkPathsInput]): unknown {
    drawLinkPaths(part.element, input);
    return noChange;
  }
}

/** Keeps the children of the element it is on as the link paths of `links` (see the file comment). */
export const linkPaths = directive(LinkPathsDirective);
