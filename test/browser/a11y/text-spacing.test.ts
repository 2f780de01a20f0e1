// WCAG 1.4.12 Text spacing: with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and word
// spacing 0.16em forced into every shadow root, no text is cut off (no clipped overflow) and the page does
// not scroll sideways at 320 px.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/list/gia-network-list.js';
import '../../../src/components/map/gia-network-map.js';
import { loadDataset, settle } from './a11y-fixtures.js';

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

function shadowRoots(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walk = (el: Element) => {
    if (el.shadowRoot) {
      roots.push(el.shadowRoot);
      for (const child of el.shadowRoot.querySelectorAll('*')) walk(child);
    }
  };
  walk(root);
  return roots;
}

function applySpacing(root: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  for (const shadow of shadowRoots(root)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}

/** Elements that hide overflowing text: overflow hidden/clip and content larger than the box. */
function clipped(root: Element): string[] {
  const out: string[] = [];
  for (const shadow of shadowRoots(root)) {
    for (const el of shadow.querySelectorAll<HTMLElement>('*')) {
      if (el.classList.contains('visually-hidden') || el instanceof SVGElement || el.closest('svg')) continue;
      const style = getComputedStyle(el);
      const hides = ['hidden', 'clip'];
      if (!hides.includes(style.overflowX) && !hides.includes(style.overflowY)) continue;
      if (!(el.textContent ?? '').trim()) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        out.push(`${shadow.host.tagName.toLowerCase()} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      }
    }
  }
  return out;
}

describe('text spacing (WCAG 1.4.12)', function () {
  this.timeout(30000);
  let element: HTMLElement | undefined;
  afterEach(async () => {
    element?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('the check finds text cut off by a fixed height (sanity)', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<p style="height:1.2em;overflow:hidden;width:100px">Een lange zin die zeker niet in één regel van honderd pixels past.</p>';
    element = host;
    document.body.append(host);
    applySpacing(host);
    expect(clipped(host)).to.have.length(1);
  });

  for (const width of [320, 1280]) {
    it(`the list with details, ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const list = document.createElement('gia-network-list');
      list.data = await loadDataset();
      list.mode = 'professional';
      list.selected = 'veilig-thuis-zuid-limburg';
      element = list;
      document.body.append(list);
      await settle(list);
      applySpacing(list);
      await settle(list);
      expect(clipped(list)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });

    it(`the map with details, ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const map = document.createElement('gia-network-map');
      map.setAttribute('no-hash', '');
      map.setAttribute('focus', 'veilig-thuis-zuid-limburg');
      map.data = await loadDataset();
      element = map;
      document.body.append(map);
      await map.ready;
      await settle(map);
      applySpacing(map);
      await settle(map);
      expect(clipped(map)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });
  }
});
