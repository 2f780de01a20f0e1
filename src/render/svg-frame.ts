/**
 * The fast path for animation frames: while the layout moves, only positions change, so the existing
 * SVG elements are moved directly (no template diffing). Lit renders the structure; after each Lit
 * render the component collects the elements once with `collectFrameElements`.
 */
import type { Id } from '../model/types.js';
import type { Point } from '../layout/create-simulation.js';
import type { GraphLink } from '../graph/types.js';
import { linkStyle } from './link-styles.js';
import { linkPathData, round } from './svg-geometry.js';

export interface FrameElements {
  nodes: Array<[Id, Element]>;
  labels: Array<[Id, Element]>;
  links: Array<{ element: Element; source: Id; target: Id; arrow: boolean }>;
  /** False when the lines in the DOM did not match the drawn links (see collectFrameElements). */
  complete: boolean;
}

/**
 * `drawn`: the links the last render drew, in order (drawnLinks): the n-th `.link` path is the n-th of
 * them. When the counts differ (a render is under way), no link is collected and the next frame
 * re-renders.
 */
export function collectFrameElements(root: ParentNode, drawn: readonly GraphLink[]): FrameElements {
  const nodes: Array<[Id, Element]> = [];
  const labels: Array<[Id, Element]> = [];
  const links: FrameElements['links'] = [];
  for (const element of root.querySelectorAll('g.node[data-id]')) nodes.push([element.getAttribute('data-id')!, element]);
  for (const element of root.querySelectorAll('.node-label[data-label-id]')) labels.push([element.getAttribute('data-label-id')!, element]);
  const lines = root.querySelectorAll('path.link');
  if (lines.length !== drawn.length) return { nodes, labels, links, complete: false };
  lines.forEach((element, i) => {
    const link = drawn[i]!;
    links.push({ element, source: link.source, target: link.target, arrow: linkStyle(link.type).arrow });
  });
  return { nodes, labels, links, complete: true };
}

/** Moves the collected elements to `positions`. Returns false when an element has no position (re-render). */
export function moveFrameElements(elements: FrameElements, positions: ReadonlyMap<Id, Point>, radius: (id: Id) => number): boolean {
  if (!elements.complete) return false;
  for (const [id, element] of elements.nodes) {
    const p = positions.get(id);
    if (!p) return false;
    element.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`);
  }
  for (const [id, element] of elements.labels) {
    const p = positions.get(id);
    if (p) element.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`);
  }
  for (const link of elements.links) {
    const a = positions.get(link.source);
    const b = positions.get(link.target);
    if (!a || !b) return false;
    link.element.setAttribute('d', linkPathData(a, b, radius(link.source), radius(link.target), link.arrow));
  }
  return true;
}
