import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { createMap, frame, loadData, removeAll, requestHelp } from './helpers.js';

type Box = { id: string; left: number; top: number; right: number; bottom: number };

const boxOf = (id: string, r: DOMRect): Box => ({ id, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
/** Boxes that share more than half a pixel both ways. */
const intersect = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The visible labels, captions (lane and group names, the unlinked row's) and node shapes of a settled map, as screen boxes. */
function boxes(map: GiaNetworkMap): { labels: Box[]; captions: Box[]; nodes: Box[] } {
  const root = map.shadowRoot!;
  const labels = [...root.querySelectorAll<SVGTextElement>('.labels .node-label')]
    .map((l) => boxOf(l.getAttribute('data-label-id')!, l.getBoundingClientRect()))
    .filter((b) => b.right > b.left);
  const nodes = [...root.querySelectorAll<SVGGElement>('svg .nodes [data-id]')].map((n) =>
    boxOf(n.getAttribute('data-id')!, n.querySelector('.shape')!.getBoundingClientRect()),
  );
  const captions = [...root.querySelectorAll<SVGTextElement>('.captions .caption')]
    .map((c) => boxOf(c.closest('[data-caption-id]')!.getAttribute('data-caption-id')!, c.getBoundingClientRect()))
    .filter((b) => b.right > b.left);
  return { labels, captions, nodes };
}

const counts: string[] = [];

describe('gia-network-map: labels never overlap labels or nodes', () => {
  afterEach(removeAll);
  after(() => console.log(`labels shown:\n${counts.join('\n')}`));

  // At rest in public mode (both datasets), and in professional mode with a help answer highlighted (the labels
  // of the results are placed first, but also only where they fit).
  const states = [
    ...['zuid-limburg.json', 'rotterdam-rijnmond.json'].map((file) => ({ file, help: undefined })),
    { file: 'rotterdam-rijnmond.json', help: { specialism: 'ouderenmishandeling' } },
    { file: 'zuid-limburg.json', help: { specialism: 'kindermishandeling' } },
  ];
  for (const { file, help } of states) {
    for (const layout of ['force', 'ave'] as const) {
      for (const [width, height] of [
        [1280, 800],
        [375, 740],
      ] as const) {
        it(`${file}, ${layout}, ${width} px${help ? `, professional, help "${help.specialism}"` : ''}`, async () => {
          const network = (await loadData(file))!;
          const map = await createMap(help ? { layout, mode: 'professional' } : { layout }, network);
          map.style.width = `${width}px`;
          map.style.height = `${height}px`;
          await map.settled;
          if (help) await requestHelp(map, help);
          await frame();
          await map.updateComplete;
          const { labels, captions, nodes } = boxes(map);
          const results = map.shadowRoot!.querySelectorAll('svg .nodes .highlighted').length;
          const labelled = labels.filter((l) => map.shadowRoot!.querySelector(`svg .nodes [data-id="${l.id}"].highlighted`)).length;
          counts.push(
            `${file} ${layout} ${width}px${help ? ` help ${help.specialism}: ${labelled} of ${results} results labelled,` : ':'} ${labels.length} labels and ${captions.length} captions for ${nodes.length} nodes`,
          );
          expect(labels.length, 'some labels are shown').to.be.greaterThan(0);
          // The AVE layout of Rotterdam-Rijnmond has track lanes (schema 1.1): their captions are checked too.
          if (layout === 'ave' && file === 'rotterdam-rijnmond.json') {
            expect(captions.filter((c) => c.id.startsWith('lane:')).length, 'lane captions').to.be.greaterThan(2);
          }
          for (const [i, c] of captions.entries()) {
            for (const d of captions.slice(i + 1)) expect(intersect(c, d), `caption ${c.id} × caption ${d.id}`).to.equal(false);
            for (const n of nodes) expect(intersect(c, n), `caption ${c.id} × node ${n.id}`).to.equal(false);
            for (const a of labels) expect(intersect(c, a), `caption ${c.id} × label ${a.id}`).to.equal(false);
          }
          for (const [i, a] of labels.entries()) {
            for (const b of labels.slice(i + 1)) expect(intersect(a, b), `label ${a.id} × label ${b.id}`).to.equal(false);
            for (const n of nodes) if (n.id !== a.id) expect(intersect(a, n), `label ${a.id} × node ${n.id}`).to.equal(false);
            const own = nodes.find((n) => n.id === a.id)!;
            expect(intersect(a, own), `label ${a.id} × its own node`).to.equal(false);
          }
        });
      }
    }
  }
});
