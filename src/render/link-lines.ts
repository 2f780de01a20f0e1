/**
 * The map's link lines, kept by a Lit element directive on their layer (`<g class="links" ${linkLines(…)}>`)
 * instead of one template instance per link. A network has about three links per node, so links are most
 * of the map's elements. Each line is a clone of a prebuilt one of its type (class and arrow set) with one
 * attribute of its own, its path data; afterwards only what changed is written.
 *
 * A line is `<path class="link type-… [faded | receding]" d="Mx1,y1Lx2,y2" [marker-end]>`, in the order of `links`.
 * The frame path (svg-frame.ts) moves them between updates. Measured on Rotterdam-Rijnmond (256 links),
 * alternating builds: the first painted frame came about 15 ms sooner than with `<line>` elements (made
 * with `createElementNS` and class, marker and four coordinates each).
 *
 * Not one `<path>` with all links of a type: that was as quick to first paint, but panning slowed from
 * about 58 to 47 fps (p95 frame 16.8 → 33.4 ms), because a dashed path of many segments is rasterised far
 * more slowly than a dashed path of one segment, which is drawn as a line.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Id } from '../model/types.js';
import type { GraphLink } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { linkStyle } from './link-styles.js';
import { linkPathData } from './svg-geometry.js';
import { placeChildren, SVG_NS } from './svg-children.js';

interface LineState {
  element: Element;
  /** What the last update wrote (an attribute is written only when it changes, as a Lit attribute part does). */
  className: string;
  d: string;
}

/** A link of each type, to clone: its class and arrow are set once. */
const prototypes = new WeakMap<Document, Map<string, Element>>();

function createLine(document: Document, type: GraphLink['type']): Element {
  let byType = prototypes.get(document);
  if (!byType) prototypes.set(document, (byType = new Map<string, Element>()));
  let prototype = byType.get(type);
  if (!prototype) {
    prototype = document.createElementNS(SVG_NS, 'path');
    prototype.setAttribute('class', `link type-${type}`);
    if (linkStyle(type).arrow) prototype.setAttribute('marker-end', 'url(#gia-arrow)');
    byType.set(type, prototype);
  }
  return prototype.cloneNode(false) as Element;
}

/** What a link's look depends on besides its type. */
export interface LinkViewState {
  emphasis?: ReadonlySet<Id> | undefined;
  /** Links drawn light while there is no emphasis (map-view-model.ts `receding`). */
  receding?: ReadonlySet<string> | undefined;
  radius: (id: Id) => number;
}

export interface LinkLinesInput {
  /** The drawn links (both ends positioned), in drawing order. */
  links: readonly GraphLink[];
  positions: ReadonlyMap<Id, Point>;
  view: LinkViewState;
}

class LinkLinesDirective extends Directive {
  private lines = new Map<Id, LineState>();
  /** The ids in the order the layer holds them. */
  private order: Id[] = [];

  render(_input: LinkLinesInput): unknown {
    return noChange;
  }

  override update(part: ElementPart, [{ links, positions, view }]: [LinkLinesInput]): unknown {
    const layer = part.element;
    const next = new Map<Id, LineState>();
    let reorder = links.length !== this.order.length;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (this.order[i] !== link.id) reorder = true;
      let line = this.lines.get(link.id);
      // A link's type (and so its arrow) never changes under the same id.
      line ??= { element: createLine(layer.ownerDocument, link.type), className: `link type-${link.type}`, d: '' };
      next.set(link.id, line);
      const faded = view.emphasis && !(view.emphasis.has(link.source) && view.emphasis.has(link.target));
      const receding = !view.emphasis && view.receding?.has(link.id);
      const className = faded ? `link type-${link.type} faded` : receding ? `link type-${link.type} receding` : `link type-${link.type}`;
      if (line.className !== className) line.element.setAttribute('class', (line.className = className));
      const arrow = linkStyle(link.type).arrow;
      const d = linkPathData(positions.get(link.source)!, positions.get(link.target)!, view.radius(link.source), view.radius(link.target), arrow);
      if (line.d !== d) line.element.setAttribute('d', (line.d = d));
    }
    if (reorder) {
      placeChildren(layer, links.map((link) => next.get(link.id)!.element));
      this.order = links.map((link) => link.id);
    }
    this.lines = next;
    return noChange;
  }
}

/** Keeps the children of the element it is on as one line (a one-segment `<path>`) per link, in the order of `links` (see the file comment). */
export const linkLines = directive(LinkLinesDirective);
