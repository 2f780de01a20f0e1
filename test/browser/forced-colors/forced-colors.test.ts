// Forced colours (Windows high contrast): with `forced-colors: active` emulated (CDP, see the
// `emulate-forced-colors` command in web-test-runner.config.mjs) the map's nodes, links and labels, the
// list's items and the focus indicators of both stay visible: painted in system colours that differ from
// the Canvas background, never transparent; a focused element shows its outline or focus ring.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/list/gia-network-list.js';
import { createMap, loadData, nodeElements, removeAll } from '../components/map/helpers.js';
import { deepActive, settle } from '../a11y/a11y-fixtures.js';

const TRANSPARENT = new Set(['', 'none', 'transparent', 'rgba(0, 0, 0, 0)']);

/** The used rgb() of each system colour keyword under the current emulation. */
function systemColours(): Record<string, string> {
  const probe = document.createElement('div');
  document.body.append(probe);
  const out: Record<string, string> = {};
  for (const name of ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'LinkText', 'ButtonText', 'ButtonFace', 'ButtonBorder', 'GrayText', 'VisitedText']) {
    probe.style.color = name;
    out[name] = getComputedStyle(probe).color;
  }
  probe.remove();
  return out;
}

/** Asserts `colour` is opaque, a system colour, and not the Canvas (background) colour. */
function expectVisibleSystemColour(colour: string, system: Record<string, string>, what: string): void {
  expect(TRANSPARENT.has(colour), `${what}: ${colour} is transparent`).to.equal(false);
  expect(Object.values(system), `${what}: ${colour} is a system colour`).to.include(colour);
  expect(colour, `${what}: differs from Canvas`).to.not.equal(system.Canvas);
}

function expectOutline(element: Element, system: Record<string, string>, what: string): void {
  const style = getComputedStyle(element);
  expect(style.outlineStyle, `${what}: outline-style`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `${what}: outline-width`).to.be.at.least(2);
  expectVisibleSystemColour(style.outlineColor, system, `${what}: outline-color`);
}

/** Shift+Tab then Tab: the focused element ends up focused by keyboard (so :focus-visible applies). */
async function backAndForth(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ press: 'Tab' });
}

describe('forced colours (emulated forced-colors: active)', () => {
  let system: Record<string, string>;

  before(async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    system = systemColours();
  });
  after(async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
  });
  afterEach(() => {
    removeAll();
    for (const list of document.querySelectorAll('gia-network-list')) list.remove();
  });

  it('the emulation is on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(system.Canvas).to.not.equal(system.CanvasText);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`map (${theme}): every node shape, label and link is painted in a visible system colour`, async () => {
      const map = await createMap({ theme, mode: 'professional' }, (await loadData('zuid-limburg.json'))!);
      await map.ready;
      const root = map.shadowRoot!;
      const nodes = nodeElements(map);
      expect(nodes.length).to.be.greaterThan(10);
      for (const node of nodes) {
        const shape = node.querySelector('.shape')!;
        const style = getComputedStyle(shape);
        // The outline of the shape must stand out against the background; its fill may be Canvas.
        expectVisibleSystemColour(style.stroke, system, `${node.dataset.id} shape stroke`);
        expect(parseFloat(style.strokeWidth), `${node.dataset.id} stroke width`).to.be.greaterThan(0);
        expect(Number(getComputedStyle(node).opacity), `${node.dataset.id} opacity`).to.equal(1);
        const mark = node.querySelector('.icon, .phase-number');
        if (mark) expectVisibleSystemColour(getComputedStyle(mark).fill, system, `${node.dataset.id} icon`);
      }
      const links = [...root.querySelectorAll<SVGElement>('.link')];
      expect(links.length).to.be.greaterThan(10);
      for (const link of links) expectVisibleSystemColour(getComputedStyle(link).stroke, system, `link ${link.getAttribute("class")}`);
      const labels = [...root.querySelectorAll<SVGElement>('.label')];
      expect(labels.length).to.be.greaterThan(0);
      for (const label of labels.slice(0, 20)) expectVisibleSystemColour(getComputedStyle(label).fill, system, `label ${label.textContent}`);
    });
  }

  it('map: the focused node shows its focus ring, a focused toolbar button its outline', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    const root = map.shadowRoot!;
    const tabStop = root.querySelector<SVGGElement>('.node[tabindex="0"]')!;
    expect(tabStop, 'roving tab stop').to.not.equal(null);
    tabStop.focus();
    await settle(map);
    // Focus again after the panels have rendered (they render after the map's first frame), then read at once.
    const focused = root.querySelector<SVGGElement>('.node[tabindex="0"]')!;
    focused.focus();
    expect(focused.matches(':focus'), 'the node has focus').to.equal(true);
    const ring = getComputedStyle(focused.querySelector('.focus-ring')!);
    expectVisibleSystemColour(ring.stroke, system, 'focus ring stroke');
    expect(parseFloat(ring.strokeWidth), 'focus ring width').to.be.greaterThan(0);
    // Keyboard focus on toolbar buttons, pressed (forced-color-adjust: none) and not pressed.
    const pressed = root.querySelector<HTMLButtonElement>('.toolbar button[aria-pressed="true"]');
    const plain = root.querySelector<HTMLButtonElement>('.toolbar button:not([aria-pressed="true"])');
    for (const button of [pressed, plain]) {
      expect(button, 'toolbar button').to.not.equal(null);
      button!.focus();
      await backAndForth();
      expect(deepActive(), button!.textContent.trim()).to.equal(button);
      expectOutline(button!, system, `focused button "${button!.textContent.trim()}"`);
    }
  });

  it('list: items are link-coloured system text; the focused item shows an outline', async () => {
    const list = document.createElement('gia-network-list');
    list.data = (await loadData('zuid-limburg.json'))!;
    list.setAttribute('no-controls', '');
    document.body.append(list);
    await settle(list);
    const items = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.item')];
    expect(items.length).to.be.greaterThan(10);
    for (const item of items) {
      expectVisibleSystemColour(getComputedStyle(item).color, system, `item ${item.dataset.id}`);
      expect(Number(getComputedStyle(item).opacity)).to.equal(1);
    }
    for (const heading of list.shadowRoot!.querySelectorAll('.group > h3')) {
      expectVisibleSystemColour(getComputedStyle(heading).color, system, `heading ${heading.textContent?.trim()}`);
    }
    // Keyboard focus (focus-visible) on the first item.
    items[0]!.focus();
    await backAndForth();
    const active = deepActive();
    expect(active?.tagName).to.equal('BUTTON');
    expectOutline(active!, system, 'focused list item');
  });
});

describe('forced-colour rules stay inside @media (forced-colors: active)', () => {
  afterEach(removeAll);

  it('without forced colours, links, labels and icons use the theme tokens, not system colours', async () => {
    const map = await createMap({ theme: 'light' }, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    const root = map.shadowRoot!;
    const token = (name: string) => {
      const probe = document.createElement('span');
      probe.style.color = `var(--_gia-${name})`;
      root.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    expect(getComputedStyle(root.querySelector('.link')!).stroke).to.equal(token('color-link-line'));
    expect(getComputedStyle(root.querySelector('.label')!).fill).to.equal(token('color-text'));
    expect(getComputedStyle(root.querySelector('.node .icon')!).fill).to.equal(token('color-background'));
  });
});
