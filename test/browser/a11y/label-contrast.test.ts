// WCAG 1.4.3 for the map's SVG labels, which axe does not check: with a node focused (hover/focus emphasis:
// the other labels step back), every visible label keeps 4.5:1 against the map's background, in light and
// dark. The colour is the label's computed fill, blended over the background with its effective opacity
// (its own opacity times that of every ancestor up to the svg).
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/map/gia-network-map.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { loadDataset, settle, until } from './a11y-fixtures.js';

type Rgba = [number, number, number, number];

function rgba(value: string): Rgba {
  const parts = value.match(/[\d.]+/g)?.map(Number) ?? [];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The product of the opacity of `el` and its ancestors up to (and with) the svg. */
function effectiveOpacity(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    opacity *= Number(style.opacity) * (node === el ? rgba(style.fill)[3] * Number(style.fillOpacity) : 1);
    if (node.tagName.toLowerCase() === 'svg') break;
  }
  return opacity;
}

/** Whether the label is drawn at all (not display:none / visibility:hidden, not empty). */
function visible(el: SVGTextElement): boolean {
  const style = getComputedStyle(el);
  if (style.visibility !== 'visible' || style.display === 'none' || !el.textContent?.trim()) return false;
  for (let node: Element | null = el; node; node = node.parentElement) if (getComputedStyle(node).display === 'none') return false;
  return true;
}

describe('contrast of the SVG labels in the emphasised state (1.4.3)', function () {
  this.timeout(20000);
  let map: GiaNetworkMap | undefined;
  afterEach(async () => {
    map?.remove();
    map = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: every visible label ≥ 4.5:1 with a node focused`, async () => {
      await emulateMedia({ colorScheme: scheme });
      map = document.createElement('gia-network-map');
      map.setAttribute('no-hash', '');
      map.style.width = '1000px';
      map.data = await loadDataset();
      document.body.append(map);
      await map.ready;
      await map.settled;
      await settle(map);
      const root = map.shadowRoot!;
      const node = root.querySelector<SVGGElement>('svg [data-id="veilig-thuis-zuid-limburg"]')!;
      node.focus();
      // A key press as well: it gives the page the keyboard focus (after another test file's key presses a bare
      // focus() may not fire focus events) and moves to a neighbour, as a keyboard user does.
      await sendKeys({ press: 'ArrowRight' });
      await settle(map);
      await until(() => root.querySelectorAll('.node-label.faded').length > 0, 'de-emphasised labels');
      // Let the 150 ms opacity transitions (if any) end before reading computed styles.
      await new Promise((resolve) => setTimeout(resolve, 250));
      const background = rgba(getComputedStyle(map).backgroundColor);
      const labels = [...root.querySelectorAll<SVGTextElement>('svg text.node-label')].filter(visible);
      expect(labels.length, 'labels drawn').to.be.greaterThan(10);
      const failures: string[] = [];
      for (const label of labels) {
        const fill = rgba(getComputedStyle(label).fill);
        const a = effectiveOpacity(label);
        const shown: Rgba = [0, 1, 2].map((i) => fill[i]! * a + background[i]! * (1 - a)) as Rgba;
        const ratio = contrast(shown, background);
        if (ratio < 4.5) failures.push(`${label.textContent?.trim()} (${label.getAttribute('class')}): ${ratio.toFixed(2)}:1`);
      }
      expect(failures, `${failures.length} of ${labels.length} labels below 4.5:1`).to.deep.equal([]);
    });
  }
});
