/**
 * The map's link lines, kept by a Lit element directive on their layer (`<g class="links" ${linkLines(…)}>`)
 * instead of one template instance per link. A network has about three links per node, so links were about
 * half of the template instances the first paint made. Here each line is made with `createElementNS` and a
 * few `setAttribute`s, with no template parts to set up, and afterwards only what changed is written.
 *
 * The lines come out as the templates drew them: `<line class="link type-… [faded]" x1 y1 x2 y2
 * [marker-end]>`, in the order of `links`. The frame path (svg-frame.ts) moves them between updates.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Id } from '../model/types.js';
import type { GraphLink } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { linkStyle } from './link-styles.js';
import { linkEndpoints, round } from './svg-geometry.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface LineState {
  element: Element;
  /** What the last update wrote (an attribute is written only when it changes, as a Lit attribute part does). */
  className: string;
  coords: string;
}

/** What a link's look depends on besides its type. */
export interface LinkViewState {
  scale: number;
  emphasis?: ReadonlySet<Id> | undefined;
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
    links.forEach((link, i) => {
      if (this.order[i] !== link.id) reorder = true;
      const arrow = linkStyle(link.type).arrow;
      let line = this.lines.get(link.id);
      if (!line) {
        // A link's type (and so its arrow) never changes under the same id.
        const element = layer.ownerDocument.createElementNS(SVG_NS, 'line');
        if (arrow) element.setAttribute('marker-end', 'url(#gia-arrow)');
        line = { element, className: '', coords: '' };
      }
      next.set(link.id, line);
      const faded = view.emphasis && !(view.emphasis.has(link.source) && view.emphasis.has(link.target));
      const className = `link type-${link.type}${faded ? ' faded' : ''}`;
      if (line.className !== className) line.element.setAttribute('class', (line.className = className));
      const ends = linkEndpoints(positions.get(link.source)!, positions.get(link.target)!, view.radius(link.source), view.radius(link.target) + (arrow ? 2 : 0)).map(round);
      const coords = ends.join();
      if (line.coords !== coords) {
        line.coords = coords;
        ['x1', 'y1', 'x2', 'y2'].forEach((name, k) => line.element.setAttribute(name, String(ends[k])));
      }
    });
    if (reorder) {
      layer.replaceChildren(...links.map((link) => next.get(link.id)!.element));
      this.order = links.map((link) => link.id);
    }
    this.lines = next;
    return noChange;
  }
}

/** Keeps the children of the element it is on as one `<line>` per link, in the order of `links` (see the file comment). */
export const linkLines = directive(LinkLinesDirective);
