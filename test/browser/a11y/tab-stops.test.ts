// WCAG 2.4.3 / 2.1.1: the graph is exactly one Tab stop in every mode (SVG, canvas, after a re-render, after
// switching layout), and Tab and Shift+Tab both enter it on the remembered node. Walks the whole component
// with real key presses, from a button before it to a button after it and back.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/map/gia-network-map.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { createSyntheticNetwork } from '../../../src/graph/synthetic-network.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { deepActive, loadDataset, settle } from './a11y-fixtures.js';

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** What a focused element inside the graph is: the id of its node, `svg` for the surface itself. */
function graphStop(el: Element | null): string | undefined {
  if (!el) return undefined;
  if (el.tagName.toLowerCase() === 'svg' && el.classList.contains('surface')) return 'svg';
  const svg = (el as SVGElement).ownerSVGElement;
  if (svg?.classList.contains('surface')) return el.getAttribute('data-id') ?? `svg child ${el.tagName}`;
  return undefined;
}

/** Presses Tab (or Shift+Tab) from `from` until focus reaches `to`; returns the graph stops on the way. */
async function walk(from: HTMLElement, to: HTMLElement, backwards: boolean): Promise<string[]> {
  from.focus();
  const stops: string[] = [];
  for (let i = 0; i < 400; i++) {
    if (backwards) await shiftTab();
    else await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active === to) return stops;
    const stop = graphStop(active);
    if (stop) stops.push(stop);
  }
  throw new Error(`focus did not reach the ${backwards ? 'start' : 'end'} (on ${deepActive()?.outerHTML.slice(0, 100)})`);
}

describe('the graph is one Tab stop', function () {
  this.timeout(60000);
  let map: GiaNetworkMap | undefined;
  let before: HTMLButtonElement;
  let after: HTMLButtonElement;

  async function mount(data: GiaNetwork): Promise<GiaNetworkMap> {
    before = document.createElement('button');
    before.textContent = 'voor';
    after = document.createElement('button');
    after.textContent = 'na';
    map = document.createElement('gia-network-map');
    map.setAttribute('no-hash', '');
    // The synthetic network is marked fictitious: a public map shows it only when asked to.
    map.setAttribute('with-fictitious', '');
    map.style.width = '1000px';
    map.data = data;
    document.body.append(before, map, after);
    await map.ready;
    await map.settled;
    await settle(map);
    return map;
  }

  /** Focuses a node, moves one arrow key on (the remembered node), and returns its id. */
  async function remember(m: GiaNetworkMap): Promise<string> {
    m.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await settle(m);
    const id = graphStop(deepActive());
    expect(id, 'a node has focus').to.be.a('string').and.not.equal('svg');
    return id!;
  }

  async function expectOneStop(m: GiaNetworkMap, id: string): Promise<void> {
    expect(await walk(before, after, false), 'Tab').to.deep.equal([id]);
    expect(await walk(after, before, true), 'Shift+Tab').to.deep.equal([id]);
    await settle(m);
  }

  afterEach(() => {
    map?.remove();
    before?.remove();
    after?.remove();
    map = undefined;
  });

  it('SVG: one stop, on the remembered node, with Tab and Shift+Tab; also after a re-render', async () => {
    const m = await mount(await loadDataset());
    const id = await remember(m);
    await expectOneStop(m, id);
    // A re-render (a property change that redraws the graph).
    m.lang = 'en';
    await settle(m);
    await expectOneStop(m, id);
  });

  it('SVG: one stop after switching to the AVE layout and back', async () => {
    const m = await mount(await loadDataset());
    const id = await remember(m);
    m.layout = 'ave';
    await m.settled;
    await settle(m);
    await expectOneStop(m, id);
    m.layout = 'force';
    await m.settled;
    await settle(m);
    await expectOneStop(m, id);
  });

  it('canvas (large network): one stop, on the remembered node', async () => {
    const m = await mount(createSyntheticNetwork(700));
    expect(m.shadowRoot!.querySelector('canvas'), 'canvas path').to.not.equal(null);
    const id = await remember(m);
    await expectOneStop(m, id);
  });

  it('the surface itself takes no Tab stop (tabindex -1), and an arrow key from it goes to the remembered node', async () => {
    const m = await mount(await loadDataset());
    const id = await remember(m);
    const svg = m.shadowRoot!.querySelector<SVGSVGElement>('svg.surface')!;
    expect(svg.getAttribute('tabindex')).to.equal('-1');
    // A press on the background can focus the surface: the first arrow key starts from the remembered node.
    svg.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(m);
    const now = graphStop(deepActive());
    expect(now).to.be.a('string').and.not.equal('svg');
    const p = m.positions.get(id)!;
    expect(m.positions.get(now!)!.x, 'left of the remembered node').to.be.at.most(p.x);
  });
});
