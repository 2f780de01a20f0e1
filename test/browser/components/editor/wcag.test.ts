// Issue 18, item 8: WCAG 2.2 AA for the editor at 400 % zoom (320 × 256 CSS px), in dark mode and with the
// 1.4.12 text-spacing override.
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { $, buttonByText, mountEditor, openItem, settle } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

/** WCAG relative luminance contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** True when `el` is (partly) under the sticky toolbar. */
function underToolbar(editor: GiaNetworkEditor, el: Element): boolean {
  const toolbar = $(editor, '.toolbar');
  if (getComputedStyle(toolbar).position !== 'sticky') return false;
  const bar = toolbar.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  return box.top < bar.bottom && box.bottom > bar.top;
}

describe('<gia-network-editor>: WCAG 2.2 AA', function () {
  this.timeout(40000);
  let editor: GiaNetworkEditor;
  afterEach(async () => {
    editor?.remove();
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('at 320 × 256 (400 % zoom) the page does not scroll sideways (1.4.10), with the preview on', async () => {
    await setViewport({ width: 320, height: 256 });
    editor = await mountEditor({ preview: true });
    await openItem(editor, 'Organisaties', 'Politie');
    await new Promise((r) => setTimeout(r, 100));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('at 320 × 256 no focused control is hidden under the toolbar, "Dupliceren" included (2.4.11)', async () => {
    await setViewport({ width: 320, height: 256 });
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Politie');
    const controls = [buttonByText(editor, 'Dupliceren'), ...editor.shadowRoot!.querySelectorAll<HTMLElement>('.form input, .form textarea, .form select')].slice(0, 25);
    for (const control of controls) {
      control.focus();
      await new Promise((r) => requestAnimationFrame(r));
      expect(underToolbar(editor, control), control.getAttribute('data-pointer') ?? control.textContent ?? '').to.equal(false);
    }
  });

  it('at 1280 × 800 a focused field scrolls clear of the sticky toolbar (2.4.11)', async () => {
    await setViewport({ width: 1280, height: 800 });
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Politie');
    const fields = [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.form input, .form textarea, .form select')];
    // From the bottom up, so that each focus scrolls the page upwards towards the toolbar.
    for (const field of fields.reverse().slice(0, 30)) {
      field.focus();
      await new Promise((r) => requestAnimationFrame(r));
      expect(underToolbar(editor, field), field.getAttribute('data-pointer') ?? '').to.equal(false);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: "Verwijderen" and the other buttons have 4.5:1 contrast (1.4.3)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      editor = await mountEditor();
      await openItem(editor, 'Organisaties', 'Politie');
      for (const button of [$(editor, 'button.danger'), $(editor, 'button.secondary'), $(editor, '.toolbar button')]) {
        const style = getComputedStyle(button);
        expect(contrast(style.color, style.backgroundColor), `${button.textContent?.trim()} ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
      }
    });
  }

  it('with the 1.4.12 text-spacing override no name in the list is cut off', async () => {
    editor = await mountEditor();
    buttonByText(editor, /^\s*Organisaties/, 'button.nav-item').click();
    await settle(editor);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
    editor.shadowRoot!.adoptedStyleSheets = [...editor.shadowRoot!.adoptedStyleSheets, sheet];
    await new Promise((r) => requestAnimationFrame(r));
    const labels = [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.entity, .entity *, .nav-item, .nav-item *')];
    expect(labels.length).to.be.greaterThan(10);
    const cut = labels.filter((el) => {
      const style = getComputedStyle(el);
      const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      return hides && el.scrollWidth > el.clientWidth + 1;
    });
    expect(cut.map((el) => el.textContent?.trim())).to.deep.equal([]);
  });
});
