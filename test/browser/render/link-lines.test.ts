// The link lines directive (src/render/link-lines.ts): one one-segment <path> per link, in order, written only when
// something changed, and lines kept (not remade) across updates.
import { expect } from '@esm-bundle/chai';
import { render, svg } from 'lit';
import { linkLines, type LinkLinesInput } from '../../../src/render/link-lines.js';
import type { GraphLink, LinkType } from '../../../src/graph/types.js';

const link = (source: string, target: string, type: LinkType): GraphLink => ({ id: `${source}>${type}>${target}`, source, target, type });

const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 0, y: 100 }],
]);

function draw(host: SVGSVGElement, input: Partial<LinkLinesInput> & { links: readonly GraphLink[] }): SVGPathElement[] {
  render(svg`<g class="links" ${linkLines({ positions, view: { radius: () => 10 }, ...input })}></g>`, host);
  return [...host.querySelectorAll('path')];
}

describe('linkLines', () => {
  let host: SVGSVGElement;
  beforeEach(() => {
    host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('draws one line per link, in order, shortened to the node edges, with an arrow only for directed types', () => {
    const lines = draw(host, { links: [link('a', 'b', 'refers-to'), link('a', 'c', 'works-at')] });
    expect(lines.map((l) => l.getAttribute('class'))).to.deep.equal(['link type-refers-to', 'link type-works-at']);
    // refers-to has an arrow: the end stops 2 units earlier for the arrow head.
    expect(lines[0]!.getAttribute('d')).to.equal('M10,0L88,0');
    expect(lines[1]!.getAttribute('d')).to.equal('M0,10L0,90');
    expect(lines[0]!.getAttribute('marker-end')).to.equal('url(#gia-arrow)');
    expect(lines[1]!.hasAttribute('marker-end')).to.equal(false);
  });

  it('keeps the same elements across updates, fades links outside the emphasis, and follows a new order', () => {
    const ab = link('a', 'b', 'refers-to');
    const ac = link('a', 'c', 'works-at');
    const bc = link('b', 'c', 'collaborates-with');
    const [first, second] = draw(host, { links: [ab, ac] });
    const faded = draw(host, { links: [ab, ac], view: { radius: () => 10, emphasis: new Set(['a', 'b']) } });
    expect(faded[0]).to.equal(first);
    expect(faded[1]).to.equal(second);
    expect(faded.map((l) => l.classList.contains('faded'))).to.deep.equal([false, true]);
    const reordered = draw(host, { links: [bc, ac] });
    expect(reordered.length).to.equal(2);
    expect(reordered[1]).to.equal(second);
    expect(reordered[0]).to.not.equal(first);
    expect(reordered.map((l) => l.getAttribute('class'))).to.deep.equal(['link type-collaborates-with', 'link type-works-at']);
  });

  it('writes an attribute only when its value changed', () => {
    const links = [link('a', 'b', 'refers-to')];
    const [line] = draw(host, { links });
    let writes = 0;
    const original = line!.setAttribute.bind(line);
    line!.setAttribute = (name: string, value: string) => {
      writes++;
      original(name, value);
    };
    draw(host, { links });
    expect(writes).to.equal(0);
    draw(host, { links, positions: new Map([...positions, ['b', { x: 200, y: 0 }]]) });
    expect(writes).to.equal(1);
    expect(line!.getAttribute('d')).to.equal('M10,0L188,0');
  });
});
