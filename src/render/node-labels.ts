/**
 * The nodes' labels, kept by a Lit element directive on their layer (`<g class="labels" ${nodeLabels(…)}>`)
 * as node-marks.ts keeps the nodes: one `<text class="node-label label [faded]" data-label-id transform
 * x y text-anchor>` per node that has a label side at this zoom (label-placement.ts), attributes written
 * only when they changed. The layer is aria-hidden: a node's button already has its whole name as its
 * accessible name, and a shortened label must not become part of it. Font size and halo width are set
 * once on the layer and inherited.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Id } from '../model/types.js';
import type { GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import type { LabelSide } from './label-placement.js';
import type { NodeViewState } from './svg-templates.js';
import { labelOf } from './label-text.js';
import { round } from './svg-geometry.js';
import { placeChildren, SVG_NS, writeAttribute, type WrittenAttributes } from './svg-children.js';

export interface NodeLabelsInput {
  nodes: readonly GraphNode[];
  positions: ReadonlyMap<Id, Point>;
  view: NodeViewState;
}

interface Label {
  element: Element;
  written: WrittenAttributes;
  text: string;
}

/** Where a label's text starts relative to its node centre, and how it is anchored. Pure. */
export function labelOffset(side: LabelSide, r: number, fontSize: number, k: number): [x: number, y: number, anchor: string] {
  const gap = 2 / k;
  switch (side) {
    case 'below':
      return [0, r + gap + fontSize * 0.95, 'middle'];
    case 'above':
      return [0, -r - gap - fontSize * 0.25, 'middle'];
    case 'right':
      return [r + gap * 2, fontSize * 0.35, 'start'];
    default:
      return [-r - gap * 2, fontSize * 0.35, 'end'];
  }
}

class NodeLabelsDirective extends Directive {
  private labels = new Map<Id, Label>();

  render(_input: NodeLabelsInput): unknown {
    return noChange;
  }

  override update(part: ElementPart, [{ nodes, positions, view }]: [NodeLabelsInput]): unknown {
    const layer = part.element;
    const k = view.scale > 0 ? view.scale : 1;
    const fontSize = 12 / k;
    const next = new Map<Id, Label>();
    const elements: Element[] = [];
    for (const node of nodes) {
      const p = positions.get(node.id);
      const side = p && view.labelSide(node);
      if (!p || !side) continue;
      let label = this.labels.get(node.id);
      if (!label) {
        const element = layer.ownerDocument.createElementNS(SVG_NS, 'text');
        element.setAttribute('data-label-id', node.id);
        label = { element, written: new Map(), text: '' };
      }
      const faded = view.emphasis !== undefined && !view.emphasis.has(node.id);
      const [x, y, anchor] = labelOffset(side, view.radius(node), fontSize, k);
      const { element, written } = label;
      writeAttribute(element, written, 'class', faded ? 'node-label label faded' : 'node-label label');
      writeAttribute(element, written, 'transform', `translate(${round(p.x)},${round(p.y)})`);
      writeAttribute(element, written, 'x', String(round(x)));
      writeAttribute(element, written, 'y', String(round(y)));
      writeAttribute(element, written, 'text-anchor', anchor);
      const text = labelOf(node);
      if (label.text !== text) element.textContent = label.text = text;
      next.set(node.id, label);
      elements.push(element);
    }
    placeChildren(layer, elements);
    this.labels = next;
    return noChange;
  }
}

/** Keeps the children of the element it is on as the labels of the nodes that have a side (see the file comment). */
export const nodeLabels = directive(NodeLabelsDirective);
