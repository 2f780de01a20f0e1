// Issue 15, "a readable map": in the AVE layout the has-specialism links ran from the phase columns and the lanes
// down to the specialisms grouped below, and the funds links up from the gemeenten grouped below, and crossed the
// whole map. They are drawn only for the nodes in view (hovered, focused, selected, highlighted); the force layout
// still draws them all, and the details still list a node's specialisms.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, frame, loadPublicData, nodeElement, removeAll } from './helpers.js';

const ORGANISATION = 'veilig-thuis-rotterdam-rijnmond';

async function settledMap(layout: 'ave' | 'force'): Promise<GiaNetworkMap> {
  const map = await createMap({ layout }, (await loadPublicData('rotterdam-rijnmond.json'))!);
  map.style.height = '800px';
  await map.ready;
  await map.settled;
  await frame();
  await map.updateComplete;
  return map;
}

const QUIET = ['has-specialism', 'funds'];

/** The has-specialism and funds lines a user sees: in the DOM, displayed, not transparent, with a length. */
function shownSpecialismLines(map: GiaNetworkMap): SVGPathElement[] {
  return [...map.shadowRoot!.querySelectorAll<SVGPathElement>('path.link.type-has-specialism, path.link.type-funds')].filter((line) => {
    const style = getComputedStyle(line);
    const box = line.getBBox();
    return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && Number(style.strokeOpacity) > 0 && box.width + box.height > 0;
  });
}

/** The has-specialism and funds links of the graph with an end at `id` (all of them without `id`). */
function specialismLinks(map: GiaNetworkMap, id?: string) {
  return map.currentGraph!.links.filter((l) => QUIET.includes(l.type) && (id === undefined || l.source === id || l.target === id));
}

describe('gia-network-map: the specialism links in the AVE layout', () => {
  afterEach(removeAll);

  it('Rotterdam-Rijnmond, AVE: none at rest; those of an organisation once it has the keyboard focus and is chosen', async function () {
    this.timeout(20000);
    const map = await settledMap('ave');
    const root = map.shadowRoot!;
    expect(specialismLinks(map).length, 'the file links organisations to specialisms').to.be.greaterThan(20);
    expect(root.querySelectorAll('path.link').length, 'the other links are drawn').to.be.greaterThan(50);
    expect(shownSpecialismLines(map)).to.have.length(0);

    const own = specialismLinks(map, ORGANISATION);
    expect(own.map((l) => l.type), 'Veilig Thuis has specialisms and funders').to.include.members(QUIET);
    nodeElement(map, ORGANISATION)!.focus();
    await map.updateComplete;
    expect(shownSpecialismLines(map), 'focused').to.have.length(own.length);
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(map.selectedId).to.equal(ORGANISATION);
    const lines = shownSpecialismLines(map);
    expect(lines, 'chosen').to.have.length(own.length);
    expect(lines.every((line) => !line.classList.contains('faded')), 'at full strength').to.equal(true);
    // Each line starts or ends at the organisation (the layout's position, the line's end points).
    const at = map.positions.get(ORGANISATION)!;
    for (const line of lines) {
      const ends = (line.getAttribute('d') ?? '').slice(1).split('L').map((point) => point.split(',').map(Number));
      const nearest = Math.min(...ends.map(([x, y]) => Math.hypot(x! - at.x, y! - at.y)));
      expect(nearest, 'at the organisation').to.be.lessThan(30);
    }
    // The details still say which specialisms it has.
    const names = own
      .filter((l) => l.type === 'has-specialism')
      .map((l) => map.currentGraph!.byId.get(l.source === ORGANISATION ? l.target : l.source)!.label);
    const panel = root.querySelector('gia-details-panel') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    await panel!.updateComplete;
    const details = panel!.shadowRoot!.textContent ?? '';
    for (const name of names) expect(details, name).to.contain(name);

    // Another node chosen: the first one's lines go.
    map.selectedId = 'ave-1';
    (root.activeElement as HTMLElement | null)?.blur();
    await map.updateComplete;
    expect(shownSpecialismLines(map)).to.have.length(0);
  });

  it('Rotterdam-Rijnmond, AVE: lines between the groups below and the phases or lanes are light at rest, not those of the chosen node', async function () {
    this.timeout(20000);
    const map = await settledMap('ave');
    const root = map.shadowRoot!;
    const graph = map.currentGraph!;
    const below = (id: string) => {
      const node = graph.byId.get(id)!;
      return node.kind !== 'phase' && node.phases.length === 0 && !(node.tracks?.length ?? 0);
    };
    const lines = [...root.querySelectorAll<SVGPathElement>('path.link')];
    const idOf = (line: SVGPathElement) => {
      // A line is drawn from its source to its target: find the link whose ends are nearest.
      const [[x1, y1], [x2, y2]] = (line.getAttribute('d') ?? '').slice(1).split('L').map((p) => p.split(',').map(Number)) as [number[], number[]];
      let best: { id: string; d: number } | undefined;
      for (const link of graph.links) {
        const a = map.positions.get(link.source);
        const b = map.positions.get(link.target);
        if (!a || !b) continue;
        const d = Math.hypot(a.x - x1!, a.y - y1!) + Math.hypot(b.x - x2!, b.y - y2!);
        if (!best || d < best.d) best = { id: link.id, d };
      }
      return graph.links.find((l) => l.id === best!.id)!;
    };
    const crossing = lines.filter((line) => {
      const link = idOf(line);
      return below(link.source) !== below(link.target);
    });
    expect(crossing.length, 'lines from the groups below up to the phases and lanes').to.be.greaterThan(10);
    const light = (line: SVGPathElement) => Number(getComputedStyle(line).opacity) < 0.5;
    expect(crossing.filter(light).length, 'all light at rest').to.equal(crossing.length);
    const inside = lines.filter((line) => !crossing.includes(line));
    expect(inside.some(light), 'the lines within the phases and lanes, or within the groups below, are not').to.equal(false);

    // A gemeente of the groups below, chosen: its lines are at full strength.
    const gemeente = 'gemeente-rotterdam';
    expect(below(gemeente)).to.equal(true);
    map.selectedId = gemeente;
    await map.updateComplete;
    const own = [...root.querySelectorAll<SVGPathElement>('path.link')].filter((line) => {
      const link = idOf(line);
      return link.source === gemeente || link.target === gemeente;
    });
    expect(own.length).to.be.greaterThan(0);
    expect(own.filter(light)).to.have.length(0);
  });

  it('Rotterdam-Rijnmond, force layout: all specialism and funds links are drawn at rest, none light', async function () {
    this.timeout(20000);
    const map = await settledMap('force');
    expect(shownSpecialismLines(map)).to.have.length(specialismLinks(map).length);
    const lines = [...map.shadowRoot!.querySelectorAll<SVGPathElement>('path.link')];
    expect(lines.filter((line) => Number(getComputedStyle(line).opacity) < 0.5)).to.have.length(0);
  });
});
