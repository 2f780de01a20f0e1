// The node and label directives (src/render/node-marks.ts, node-labels.ts): one button per positioned
// node with its shape and icon, kept across updates by id, written only when something changed, moved
// only when out of place (the focused node keeps focus while others come and go).
import { expect } from '@esm-bundle/chai';
import { render, svg } from 'lit';
import { nodeMarks } from '../../../src/render/node-marks.js';
import { nodeLabels } from '../../../src/render/node-labels.js';
import { nodeShapePath } from '../../../src/render/node-shapes.js';
import type { NodeViewState } from '../../../src/render/svg-templates.js';
import type { GraphNode, NodeKind } from '../../../src/graph/types.js';

const node = (id: string, kind: NodeKind, label = id): GraphNode =>
  ({ id, kind, label, phases: [], specialisms: [], municipalities: [], searchText: id, degree: 1, fictitious: false });

const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['p', { x: 0, y: 100 }],
]);

const baseView: NodeViewState = {
  scale: 1,
  tabStop: 'a',
  names: (n) => `naam ${n.label}`,
  radius: () => 10,
  labelSide: () => 'below',
};

function draw(host: SVGSVGElement, nodes: GraphNode[], view: Partial<NodeViewState> = {}, at = positions): void {
  const v = { ...baseView, ...view };
  render(svg`<g class="nodes" ${nodeMarks({ nodes, positions: at, view: v })}></g><g class="labels" ${nodeLabels({ nodes, positions: at, view: v })}></g>`, host);
}

const buttons = (host: SVGSVGElement) => [...host.querySelectorAll<SVGGElement>('g.nodes > g')];

describe('nodeMarks and nodeLabels', () => {
  let host: SVGSVGElement;
  beforeEach(() => {
    host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('draws a button per positioned node with its shape and icon (phases: their number), and a label', () => {
    draw(host, [node('a', 'organisation'), node('p', 'phase', 'AVE 3'), node('x', 'meeting')]);
    const [a, p] = buttons(host);
    expect(buttons(host).length, 'x has no position').to.equal(2);
    expect(a!.getAttribute('class')).to.equal('node kind-organisation');
    expect(a!.getAttribute('role')).to.equal('button');
    expect(a!.getAttribute('tabindex')).to.equal('0');
    expect(a!.getAttribute('aria-label')).to.equal('naam a');
    expect(a!.getAttribute('transform')).to.equal('translate(0,0)');
    expect([...a!.children].map((c) => c.getAttribute('class'))).to.deep.equal(['shape', 'icon', 'focus-ring']);
    expect(a!.querySelector('.shape')!.getAttribute('d')).to.equal(nodeShapePath('organisation', 10));
    expect(p!.getAttribute('tabindex')).to.equal('-1');
    expect(p!.querySelector('.phase-number')!.textContent).to.equal('3');
    expect(p!.querySelector('.focus-ring'), 'only the tab stop, selected and moving nodes have a ring').to.equal(null);
    const labels = [...host.querySelectorAll('g.labels > text')];
    expect(labels.map((l) => l.textContent)).to.deep.equal(['a', 'AVE 3']);
    expect(labels[0]!.getAttribute('data-label-id')).to.equal('a');
    expect(labels[0]!.getAttribute('text-anchor')).to.equal('middle');
  });

  it('keeps the elements, writes only what changed, and marks selection, fading and pinning', () => {
    const nodes = [node('a', 'organisation'), node('b', 'contact')];
    draw(host, nodes);
    const [a, b] = buttons(host);
    let writes = 0;
    for (const element of [a!, b!]) {
      const original = element.setAttribute.bind(element);
      element.setAttribute = (name: string, value: string) => {
        writes++;
        original(name, value);
      };
    }
    draw(host, nodes);
    expect(writes).to.equal(0);
    draw(host, nodes, { selected: 'b', emphasis: new Set(['b']), pinned: new Set(['b']) });
    expect(buttons(host).every((e, i) => e === [a, b][i])).to.equal(true);
    expect(a!.getAttribute('class')).to.equal('node kind-organisation faded');
    expect(b!.getAttribute('class')).to.equal('node kind-contact selected pinned');
    expect(b!.getAttribute('aria-current')).to.equal('true');
    expect(b!.querySelector('.focus-ring')).to.not.equal(null);
    draw(host, nodes);
    expect(b!.hasAttribute('aria-current')).to.equal(false);
    expect(b!.querySelector('.focus-ring')).to.equal(null);
    expect(host.querySelector('[data-label-id="a"]')!.getAttribute('class')).to.equal('node-label label');
  });

  it('keeps focus on the focused node while nodes before it come and go, and follows a new order', () => {
    const a = node('a', 'organisation');
    const b = node('b', 'meeting');
    const p = node('p', 'phase', 'AVE 1');
    draw(host, [a, b]);
    const focused = buttons(host)[1]!;
    focused.focus();
    expect(document.activeElement === focused).to.equal(true);
    draw(host, [p, b], { tabStop: 'b' });
    draw(host, [b], { tabStop: 'b' });
    expect(buttons(host).length).to.equal(1);
    expect(buttons(host)[0] === focused).to.equal(true);
    expect(document.activeElement === focused).to.equal(true);
    draw(host, [p, b, a], { tabStop: 'b' });
    expect(buttons(host).map((e) => e.dataset.id)).to.deep.equal(['p', 'b', 'a']);
    expect(document.activeElement === focused).to.equal(true);
    expect([...host.querySelectorAll('g.labels > text')].map((l) => l.getAttribute('data-label-id'))).to.deep.equal(['p', 'b', 'a']);
  });

  it('gives a node whose kind changed under the same id a new element, and leaves out labels without a side', () => {
    draw(host, [node('a', 'organisation')]);
    const first = buttons(host)[0];
    draw(host, [node('a', 'specialism')], { labelSide: () => undefined });
    expect(buttons(host)[0] !== first).to.equal(true);
    expect(buttons(host)[0]!.getAttribute('data-kind')).to.equal('specialism');
    expect(host.querySelectorAll('g.labels > text').length).to.equal(0);
  });
});
