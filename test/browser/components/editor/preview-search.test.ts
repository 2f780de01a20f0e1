// Issue 18, item 10: the "Zoeken" button of the map in the editor's preview is never clipped: at 1280 × 800,
// 375 × 740 and 320 × 256 (400 % zoom), with and without the 1.4.12 text-spacing override.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../../../src/components/map/gia-network-map.js';
import { mountEditor } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/** The first element matching `selector` in `root` or any shadow root below it. */
function deepFind(root: ParentNode, selector: string): HTMLElement | undefined {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot ? deepFind(el.shadowRoot, selector) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** Adds the text-spacing override to the page and every shadow root below `host`. */
function applyTextSpacing(host: Element): void {
  const add = (root: ShadowRoot | Document) => {
    const style = document.createElement('style');
    style.textContent = SPACING;
    style.dataset.spacing = '';
    (root instanceof Document ? root.head : root).append(style);
  };
  add(document);
  const walk = (el: Element) => {
    if (!el.shadowRoot) return;
    add(el.shadowRoot);
    for (const child of el.shadowRoot.querySelectorAll('*')) walk(child);
  };
  walk(host);
}

/** Waits until the map in the preview has drawn its search box (the first map of a run loads its parts). */
async function searchBoxShown(editor: GiaNetworkEditor): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const map = editor.shadowRoot!.querySelector('gia-network-map');
    const box = map?.shadowRoot ? deepFind(map.shadowRoot, 'gia-search-box') : undefined;
    if (box?.shadowRoot?.querySelector('button[type="submit"]')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** What a user sees of the search button: its box against the search box and the preview, and its own overflow. */
function searchButtonFit(editor: GiaNetworkEditor) {
  const map = editor.shadowRoot!.querySelector('gia-network-map');
  if (!map?.shadowRoot) throw new Error('no map in the preview');
  const searchBox = deepFind(map.shadowRoot, 'gia-search-box');
  const button = searchBox?.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!searchBox || !button) throw new Error('no search button in the preview');
  const b = button.getBoundingClientRect();
  const box = searchBox.getBoundingClientRect();
  const preview = map.getBoundingClientRect();
  return {
    text: button.textContent?.trim(),
    insideBox: b.left >= box.left - 0.5 && b.right <= box.right + 0.5,
    insidePreview: b.left >= preview.left - 0.5 && b.right <= preview.right + 0.5,
    textFits: button.scrollWidth <= button.clientWidth && button.scrollHeight <= button.clientHeight + 1,
    width: b.width,
  };
}

describe('<gia-network-editor>: the preview\'s "Zoeken" button', function () {
  this.timeout(40000);
  let editor: GiaNetworkEditor;
  afterEach(async () => {
    editor?.remove();
    document.head.querySelectorAll('style[data-spacing]').forEach((s) => s.remove());
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [
    [1280, 800],
    [375, 740],
    [320, 256],
  ] as const) {
    for (const spacing of [false, true]) {
      it(`is fully visible at ${width} × ${height}${spacing ? ' with the text-spacing override' : ''}`, async () => {
        await setViewport({ width, height });
        editor = await mountEditor({ preview: true });
        await searchBoxShown(editor);
        if (spacing) applyTextSpacing(editor);
        await frames();
        const fit = searchButtonFit(editor);
        expect(fit.text).to.equal('Zoeken');
        expect(fit.width).to.be.greaterThan(0);
        expect(fit.insideBox, 'inside the search box').to.equal(true);
        expect(fit.insidePreview, 'inside the preview').to.equal(true);
        expect(fit.textFits, 'text not cut').to.equal(true);
      });
    }
  }
});
