/**
 * The map's nodes, kept by a Lit element directive on their layer (`<g class="nodes" ${nodeMarks(…)}>`)
 * instead of a keyed `repeat` of templates. Each node is a clone of a prebuilt element of its kind (the
 * button `<g>` with its shape and icon or phase number), and afterwards only the attributes
 * that changed are written. Nodes keep their elements across updates (keyed by id), and only a node out
 * of place is moved, so focus stays on the focused node.
 *
 * One node: `<g class="node kind-… [selected faded highlighted pinned moving inferred]" data-id data-kind
 * transform role="button" tabindex aria-label [aria-current]>` with `path.shape`, `path.icon` (phases:
 * `text.phase-number`) and, on the tab stop, the selected and the moving node only, `circle.focus-ring`.
 * The frame path (svg-frame.ts) moves the `<g>`s between updates. The pointer target of a node is no
 * element: the map finds it by position (node-at-point.ts), at least 24 px across at every zoom.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Id } from '../model/types.js';
import type { GraphNode, NodeKind } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import type { NodeViewState } from './svg-templates.js';
import { nodeShapePath } from './node-shapes.js';
import { nodeIconPath } from './node-icons.js';
import { round } from './svg-geometry.js';
import { placeChildren, SVG_NS, writeAttribute, type WrittenAttributes } from './svg-children.js';

export interface NodeMarksInput {
  /** The drawn nodes (positioned), in drawing order. */
  nodes: readonly GraphNode[];
  positions: ReadonlyMap<Id, Point>;
  view: NodeViewState;
}

interface Part {
  element: Element;
  written: WrittenAttributes;
}

interface Mark {
  kind: NodeKind;
  button: Part;
  shape: Part;
  /** The icon path, or the phase number's text. */
  sign: Part;
  ring?: Part | undefined;
}

/** Path data per kind and radius: most nodes share a few radii. */
const paths = new Map<string, string>();

function cachedPath(kind: NodeKind, r: number, icon: boolean): string {
  const key = `${icon ? 'i' : 's'}${kind}${r}`;
  let d = paths.get(key);
  if (d === undefined) {
    if (paths.size > 2000) paths.clear();
    d = icon ? nodeIconPath(kind, r * 0.75) : nodeShapePath(kind, r);
    paths.set(key, d);
  }
  return d;
}

const prototypes = new WeakMap<Document, Map<NodeKind, Element>>();

/** A new, unwritten node of `kind`: a clone of the prototype of its kind. */
function createMark(document: Document, kind: NodeKind): Mark {
  let byKind = prototypes.get(document);
  if (!byKind) prototypes.set(document, (byKind = new Map<NodeKind, Element>()));
  let prototype = byKind.get(kind);
  if (!prototype) {
    prototype = document.createElementNS(SVG_NS, 'g');
    prototype.setAttribute('data-kind', kind);
    prototype.setAttribute('role', 'button');
    const child = (name: string, className: string) => {
      const element = document.createElementNS(SVG_NS, name);
      element.setAttribute('class', className);
      prototype!.append(element);
      return element;
    };
    child('path', 'shape');
    if (kind === 'phase') {
      const text = child('text', 'phase-number');
      text.setAttribute('aria-hidden', 'true');
      text.setAttribute('dy', '0.35em');
    } else child('path', 'icon');
    byKind.set(kind, prototype);
  }
  const element = prototype.cloneNode(true) as Element;
  const [shape, sign] = element.children;
  const part = (e: Element): Part => ({ element: e, written: new Map() });
  return { kind, button: part(element), shape: part(shape!), sign: part(sign!) };
}

/** Writes what changed of `node` at `p` into its mark. */
function writeMark(mark: Mark, node: GraphNode, p: Point, view: NodeViewState): void {
  const r = view.radius(node);
  const k = view.scale > 0 ? view.scale : 1;
  const selected = view.selected === node.id;
  const faded = view.emphasis !== undefined && !view.emphasis.has(node.id);
  let className = `node kind-${node.kind}`;
  if (selected) className += ' selected';
  if (faded) className += ' faded';
  if (view.highlighted?.has(node.id)) className += ' highlighted';
  if (view.pinned?.has(node.id)) className += ' pinned';
  if (view.moving === node.id) className += ' moving';
  // Placed on phases or tracks by the editors' reading, not the source's words (schema 1.1 certainty).
  if (node.placementInferred) className += ' inferred';
  const { element, written } = mark.button;
  writeAttribute(element, written, 'class', className);
  writeAttribute(element, written, 'data-id', node.id);
  writeAttribute(element, written, 'transform', `translate(${round(p.x)},${round(p.y)})`);
  writeAttribute(element, written, 'tabindex', view.tabStop === node.id ? '0' : '-1');
  writeAttribute(element, written, 'aria-label', view.names(node));
  writeAttribute(element, written, 'aria-current', selected ? 'true' : undefined);
  writeAttribute(mark.shape.element, mark.shape.written, 'd', cachedPath(node.kind, r, false));
  if (node.kind === 'phase') {
    writeAttribute(mark.sign.element, mark.sign.written, 'font-size', String(r * 0.9));
    const number = node.label.match(/\d+/)?.[0] ?? '';
    if (mark.sign.element.textContent !== number) mark.sign.element.textContent = number;
  } else writeAttribute(mark.sign.element, mark.sign.written, 'd', cachedPath(node.kind, r, true));
  // Only the node that can hold focus (the tab stop), the selected one and the one being moved can show
  // a ring: the others carry none (fewer elements to create on the first paint).
  const ring = view.tabStop === node.id || selected || view.moving === node.id;
  if (ring) {
    if (!mark.ring) {
      const circle = element.ownerDocument.createElementNS(SVG_NS, 'circle');
      circle.setAttribute('class', 'focus-ring');
      element.append(circle);
      mark.ring = { element: circle, written: new Map() };
    }
    writeAttribute(mark.ring.element, mark.ring.written, 'r', String(r + 4 / k));
    writeAttribute(mark.ring.element, mark.ring.written, 'stroke-width', String(2.5 / k));
  } else if (mark.ring) {
    mark.ring.element.remove();
    mark.ring = undefined;
  }
}

class NodeMarksDirective extends Directive {
  private marks = new Map<Id, Mark>();

  render(_input: NodeMarksInput): unknown {
    return noChange;
  }

  override update(part: ElementPart, [{ nodes, positions, view }]: [NodeMarksInput]): unknown {
    const layer = part.element;
    const next = new Map<Id, Mark>();
    const elements: Element[] = [];
    for (const node of nodes) {
      const p = positions.get(node.id);
      if (!p) continue;
      let mark = this.marks.get(node.id);
      // A node's kind decides its children: a new kind under the same id gets a new element.
      if (!mark || mark.kind !== node.kind) mark = createMark(layer.ownerDocument, node.kind);
      writeMark(mark, node, p, view);
      next.set(node.id, mark);
      elements.push(mark.button.element);
    }
    placeChildren(layer, elements);
    this.marks = next;
    return noChange;
  }
}

/** Keeps the children of the element it is on as one node button per positioned node (see the file comment). */
export const nodeMarks = directive(NodeMarksDirective);
