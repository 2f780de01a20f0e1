/**
 * The nodes' labels, kept by a Lit element directive on their layer (`<g class="labels" ${nodeLabels(…)}>`)
 * as node-marks.ts keeps the nodes: one `<text class="node-label label [faded]" data-label-id transform
 * x y text-anchor>` per node that has a label side at this zoom (label-placement.ts), attributes written
 * only when they changed; a label on two lines holds one `<tspan>` per line. Labels are keyed by node id,
 * so a label is always its node's own, whatever comes and goes. The layer is aria-hidden: a node's button already has its whole name as its
 * accessible name, and a shortened label must not become part of it. Font size and halo width are set
 * once on the layer and inherited.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Id } from '../model/types.js';
import type { GraphNode } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { LINE_HEIGHT, type LabelSide } from './label-placement.js';
import type { NodeViewState } from './svg-templates.js';
import { labelLines } from './label-text.js';
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

/**
 * Where a label's first line starts relative to its node centre, and how it is anchored, for a label of
 * `lineCount` lines (LINE_HEIGHT apart). Pure.
 */
export function labelOffset(side: LabelSide, r: number, fontSize: number, k: number, lineCount = 1): [x: number, y: number, anchor: string] {
  const gap = 2 / k;
  const extra = (lineCount - 1) * fontSize * LINE_HEIGHT;
  switch (side) {
    case 'below':
      return [0, r + gap + fontSize * 0.95, 'middle'];
    case 'above':
      return [0, -r - gap - fontSize * 0.25 - extra, 'middle'];
    case 'right':
      return [r + gap * 2, fontSize * 0.35 - extra / 2, 'start'];
    case 'left':
      return [-r - gap * 2, fontSize * 0.35 - extra / 2, 'end'];
    // Beside the node, hanging down from its centre line or standing on it.
    case 'right-low':
      return [r + gap * 2, fontSize * 0.95, 'start'];
    case 'left-low':
      return [-r - gap * 2, fontSize * 0.95, 'end'];
    case 'right-high':
      return [r + gap * 2, -fontSize * 0.25 - extra, 'start'];
    case 'left-high':
      return [-r - gap * 2, -fontSize * 0.25 - extra, 'end'];
    // At a corner of the node's bounding square.
    case 'below-right':
      return [r + gap / 2, r + gap + fontSize * 0.95, 'start'];
    case 'below-left':
      return [-r - gap / 2, r + gap + fontSize * 0.95, 'end'];
    case 'above-right':
      return [r + gap / 2, -r - gap - fontSize * 0.25 - extra, 'start'];
    default:
      return [-r - gap / 2, -r - gap - fontSize * 0.25 - extra, 'end'];
  }
}

/** Writes the lines of a label: its text for one line, one `<tspan x dy>` per line for more. */
function writeLines(element: Element, lines: readonly string[], x: string, dy: string): void {
  if (lines.length === 1) {
    element.textContent = lines[0]!;
    return;
  }
  element.textContent = '';
  lines.forEach((line, i) => {
    const tspan = element.ownerDocument.createElementNS(SVG_NS, 'tspan');
    tspan.setAttribute('x', x);
    if (i > 0) tspan.setAttribute('dy', dy);
    tspan.textContent = line;
    element.append(tspan);
  });
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
      const lines = labelLines(node);
      const [x, y, anchor] = labelOffset(side, view.radius(node), fontSize, k, lines.length);
      const { element, written } = label;
      writeAttribute(element, written, 'class', faded ? 'node-label label faded' : 'node-label label');
      writeAttribute(element, written, 'transform', `translate(${round(p.x)},${round(p.y)})`);
      writeAttribute(element, written, 'x', String(round(x)));
      writeAttribute(element, written, 'y', String(round(y)));
      writeAttribute(element, written, 'text-anchor', anchor);
      // The tspans carry x and the line step, both in layout units: rewritten when the text or the zoom changed.
      const text = `${lines.join('\n')}|${round(x)}|${round(fontSize * LINE_HEIGHT)}`;
      if (label.text !== text) {
        label.text = text;
        writeLines(element, lines, String(round(x)), String(round(fontSize * LINE_HEIGHT)));
      }
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
