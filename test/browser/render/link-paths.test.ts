// The link paths (src/render/link-paths.ts): one path per link type (and per faded type), the arrow heads
// in one filled path on top, paths kept (not remade) across updates and written only when they change.
import { expect } from '@esm-bundle/chai';
import { render, svg } from 'lit';
import { linkPathData, linkPaths, moveLinkPaths, type LinkPathsInput } from '../../../src/render/link-paths.js';
import type { GraphLink, LinkType } from '../../../src/graph/types.js';

const link = (source: string, target: string, type: LinkType): GraphLink => ({ id: `${source}>${type}>${target}`, source, target, type }) as GraphLink;

const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 0, y: 100 }],
  ['d', { x: 100, y: 100 }],
]);
const view = { scale: 1, radius: () => 10 };

function draw(host: SVGSVGElement, input: Partial<LinkPathsInput> & { links: readonly GraphLink[] }): SVGPathElement[] {
  render(svg`<g class="links" ${linkPaths({ positions, view, ...input })}></g>`, host);
  return [...host.querySelectorAll('path')];
}

describe('linkPaths', () => {
  let host: SVGSVGElement;
  beforeEach(() => {
    host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('draws one path per type, each link a subpath shortened to the node edges, and the arrow heads on top', () => {
    const paths = draw(host, { links: [link('a', 'b', 'refers-to'), link('a', 'c', 'works-at'), link('c', 'd', 'works-at')] });
    expect(paths.map((p) => p.getAttribute('class'))).to.deep.equal(['link type-refers-to', 'link type-works-at', 'arrow']);
    // refers-to has an arrow: the line stops 2 units earlier, the head's tip 0.6 stroke widths past it.
    expect(paths[0]!.getAttribute('d')).to.equal('M10,0L88,0');
    expect(paths[1]!.getAttribute('d')).to.equal('M0,10L0,90M10,100L90,100');
    // Stroke width 1.6: tip at 88 + 0.96, base 9.6 back, half width 4.8.
    expect(paths[2]!.getAttribute('d')).to.equal('M89,0L79.4,4.8L79.4,-4.8Z');
  });

  it('puts links outside the emphasis in faded paths of their own, and keeps the elements across updates', () => {
    const ab = link('a', 'b', 'works-at');
    const cd = link('c', 'd', 'works-at');
    const [first] = draw(host, { links: [ab, cd] });
    const faded = draw(host, { links: [ab, cd], view: { ...view, emphasis: new Set(['a', 'b']) } });
    expect(faded.map((p) => p.getAttribute('class'))).to.deep.equal(['link type-works-at', 'link type-works-at faded']);
    expect(faded[0]).to.equal(first);
    expect(faded[0]!.getAttribute('d')).to.equal('M10,0L90,0');
    expect(faded[1]!.getAttribute('d')).to.equal('M10,100L90,100');
    const again = draw(host, { links: [ab, cd] });
    expect(again.length).to.equal(1);
    expect(again[0]).to.equal(first);
  });

  it('writes d only when it changed, and the frame path moves the last links to new positions', () => {
    const links = [link('a', 'b', 'works-at')];
    const [path] = draw(host, { links });
    let writes = 0;
    const original = path!.setAttribute.bind(path);
    path!.setAttribute = (name: string, value: string) => {
      writes++;
      original(name, value);
    };
    draw(host, { links });
    expect(writes).to.equal(0);
    const layer = host.querySelector('g.links')!;
    expect(moveLinkPaths(layer, new Map([...positions, ['b', { x: 200, y: 0 }]]))).to.equal(true);
    expect(writes).to.equal(1);
    expect(path!.getAttribute('d')).to.equal('M10,0L190,0');
    // A link end without a position: nothing to draw it at (the host re-renders).
    expect(moveLinkPaths(layer, new Map([['a', { x: 0, y: 0 }]]))).to.equal(false);
  });

  it('has no data for links with an end that has no position', () => {
    expect(linkPathData({ links: [link('a', 'x', 'works-at')], positions, view })).to.equal(undefined);
    expect(linkPathData({ links: [], positions, view })?.size).to.equal(0);
  });
});
