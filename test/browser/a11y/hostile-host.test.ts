// Inherited host-page styles must not break the map: with a hostile page stylesheet (every element 22 px,
// line-height 3, upper case, centred, indented, bold italic) the search field keeps its width, the "Zoeken"
// button is not clipped and the page does not scroll sideways, at 1280 and 320 px. The comparison is with a
// page that only sets the same root font size: rem (and so the controls' size) is the page's and the user's. The user's own text size
// (rem / browser zoom) and the 1.4.12 text-spacing override keep working (text-spacing.test.ts).
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/map/gia-network-map.js';
import '../../../src/components/list/gia-network-list.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { loadDataset, settle } from './a11y-fixtures.js';

const HOSTILE = `* { font-size: 22px; line-height: 3; text-transform: uppercase; text-align: center; text-indent: 2em;
  font-weight: 700; font-style: italic; white-space: nowrap; }`;

interface Measure {
  input: number;
  button: { clipped: boolean; inside: boolean };
  fontSize: string;
  lineHeight: string;
  transform: string;
}

/** The same root font size as the hostile page (rem is the page's and the user's choice), nothing else. */
const PLAIN = 'html { font-size: 22px; }';

async function measure(width: number, hostile: boolean): Promise<Measure> {
  await setViewport({ width, height: 800 });
  const style = document.createElement('style');
  style.textContent = hostile ? HOSTILE : PLAIN;
  document.head.append(style);
  const map: GiaNetworkMap = document.createElement('gia-network-map');
  map.setAttribute('no-hash', '');
  map.data = await loadDataset();
  document.body.append(map);
  try {
    await map.ready;
    await settle(map);
    const search = map.shadowRoot!.querySelector('gia-search-box')!;
    const input = search.shadowRoot!.querySelector('input')!;
    const button = search.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const rect = button.getBoundingClientRect();
    const computed = getComputedStyle(input);
    const label = getComputedStyle(map.shadowRoot!.querySelector('.toolbar button')!);
    expect(document.documentElement.scrollWidth, `no horizontal scroll at ${width} px`).to.be.at.most(width);
    return {
      input: input.getBoundingClientRect().width,
      button: { clipped: button.scrollWidth > button.clientWidth + 1, inside: rect.right <= width + 0.5 && rect.left >= -0.5 },
      fontSize: computed.fontSize,
      lineHeight: label.lineHeight,
      transform: label.textTransform,
    };
  } finally {
    map.remove();
    style.remove();
  }
}

describe('a hostile host page', function () {
  this.timeout(60000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 320]) {
    it(`${width} px: the search field is not shrunk, "Zoeken" is not clipped, no sideways scroll`, async () => {
      const plain = await measure(width, false);
      const hostile = await measure(width, true);
      expect(hostile.input, 'search field width').to.be.at.least(plain.input - 1);
      expect(hostile.button.clipped, '"Zoeken" clipped').to.equal(false);
      expect(hostile.button.inside, '"Zoeken" inside the viewport').to.equal(true);
      expect(hostile.fontSize, 'the field keeps its own text size').to.equal(plain.fontSize);
      expect(hostile.transform, 'no inherited text-transform').to.equal('none');
      expect(hostile.lineHeight, 'no inherited line height').to.equal(plain.lineHeight);
    });
  }
});

/** The standalone list (and its panels) under the same page rules: the text of an item and of a panel heading. */
async function measureList(width: number, hostile: boolean): Promise<{ item: string; heading: string; transform: string; scroll: number }> {
  await setViewport({ width, height: 800 });
  const style = document.createElement('style');
  style.textContent = hostile ? HOSTILE : PLAIN;
  document.head.append(style);
  const list = document.createElement('gia-network-list');
  list.data = await loadDataset();
  document.body.append(list);
  try {
    for (let i = 0; i < 50 && !list.shadowRoot?.querySelector('button.item'); i++) await new Promise((r) => setTimeout(r, 20));
    const search = list.shadowRoot!.querySelector('gia-search-box');
    for (let i = 0; i < 50 && !search?.shadowRoot?.querySelector('label'); i++) await new Promise((r) => setTimeout(r, 20));
    const item = getComputedStyle(list.shadowRoot!.querySelector('button.item')!);
    const label = getComputedStyle(search!.shadowRoot!.querySelector('label')!);
    return { item: item.fontSize, heading: label.fontSize, transform: item.textTransform, scroll: document.documentElement.scrollWidth };
  } finally {
    list.remove();
    style.remove();
  }
}

describe('a hostile host page around the standalone list', function () {
  this.timeout(60000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 320]) {
    it(`${width} px: items and panels keep their own text size and case, no sideways scroll`, async () => {
      const plain = await measureList(width, false);
      const hostile = await measureList(width, true);
      expect(hostile.item, 'list item text size').to.equal(plain.item);
      expect(hostile.heading, 'search label text size').to.equal(plain.heading);
      expect(hostile.transform, 'no inherited text-transform').to.equal('none');
      expect(plain.scroll, `no horizontal scroll at ${width} px with a 22 px root font`).to.be.at.most(width);
      expect(hostile.scroll, `no horizontal scroll at ${width} px`).to.be.at.most(width);
    });
  }
});
