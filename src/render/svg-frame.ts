/**
 * The fast path for animation frames: while the layout moves, only positions change, so the existing
 * SVG elements are moved directly (no template diffing). Lit renders the structure; after each Lit
 * render the component collects the elements once with `collectFrameElements`.
 */
import type { Id } from '../model/types.js';
import type { Point } from '../layout/create-simulation.js';
import { moveLinkPaths } from './link-paths.js';
import { round } from './svg-geometry.js';

export interface FrameElements {
  nodes: Array<[Id, Element]>;
  labels: Array<[Id, Element]>;
  /** The links' layer: its paths are redrawn with the last links and view state (link-paths.ts). */
  links: Element | null;
}

export function collectFrameElements(root: ParentNode): FrameElements {
  const nodes: Array<[Id, Element]> = [];
  const labels: Array<[Id, Element]> = [];
  for (const element of root.querySelectorAll('g.node[data-id]')) nodes.push([element.getAttribute('data-id')!, element]);
  for (const element of root.querySelectorAll('.node-label[data-label-id]')) labels.push([element.getAttribute('data-label-id')!, element]);
  return { nodes, labels, links: root.querySelector('g.links') };
}

/** Moves the collected elements to `positions`. Returns false when an element has no position (re-render). */
export function moveFrameElements(elements: FrameElements, positions: ReadonlyMap<Id, Point>): boolean {
  for (const [id, element] of elements.nodes) {
    const p = positions.get(id);
    if (!p) return false;
    element.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`);
  }
  for (const [id, element] of elements.labels) {
    const p = positions.get(id);
    if (p) element.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`);
  }
  return elements.links ? moveLinkPaths(elements.links, positions) : true;
}
