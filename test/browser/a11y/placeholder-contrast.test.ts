// WCAG 1.4.3 for text axe does not check: the placeholder of the search box (light and dark).
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/list/gia-network-list.js';
import type { GiaNetworkList } from '../../../src/components/list/gia-network-list.component.js';
import { loadDataset, settle } from './a11y-fixtures.js';

function rgb(value: string): [number, number, number, number] {
  const parts = value.match(/[\d.]+/g)?.map(Number) ?? [];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The first opaque background colour from `el` up through its (shadow) ancestors. */
function backgroundOf(el: Element): [number, number, number, number] {
  let node: Element | null = el;
  while (node) {
    const bg = rgb(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0.99 && getComputedStyle(node).backgroundColor !== 'rgba(0, 0, 0, 0)') return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return [255, 255, 255, 1];
}

describe('placeholder contrast of the search box', () => {
  let list: GiaNetworkList | undefined;
  afterEach(async () => {
    list?.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: placeholder text ≥ 4.5:1 against the field`, async () => {
      await emulateMedia({ colorScheme: scheme });
      list = document.createElement('gia-network-list');
      list.data = await loadDataset();
      document.body.append(list);
      await settle(list);
      const search = list.shadowRoot!.querySelector('gia-search-box')!;
      const input = search.shadowRoot!.querySelector('input')!;
      expect(input.placeholder).to.not.equal('');
      const fg = rgb(getComputedStyle(input, '::placeholder').color);
      const bg = backgroundOf(input);
      // Blend a translucent placeholder colour over the background.
      const a = fg[3];
      const shown: [number, number, number, number] = [0, 1, 2].map((i) => fg[i]! * a + bg[i]! * (1 - a)) as never;
      const [l1, l2] = [luminance(shown), luminance(bg)].sort((x, y) => y - x) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      expect(ratio, `placeholder ${getComputedStyle(input, '::placeholder').color} on rgb(${bg.slice(0, 3).join(',')}): ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
    });
  }
});
