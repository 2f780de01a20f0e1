// WCAG 2.4.3: after opening the details from somewhere, Escape closes them and puts focus back where the
// user came from: a help-finder result, the search field (after a suggestion), a list item (the map's list
// view), or the node on the graph. One test per origin, with real key presses.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/map/gia-network-map.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { deepActive, loadDataset, settle, until } from './a11y-fixtures.js';

const VT = 'veilig-thuis-zuid-limburg';

/** The element with this selector in `root` or any nested shadow root. */
function deepQuery<T extends Element>(root: ParentNode, selector: string): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = deepQuery<T>(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

/** Whether focus is in the details (their heading, after a choice). */
function inDetails(): boolean {
  const active = deepActive();
  return !!active && (active.getRootNode() as ShadowRoot).host?.localName === 'gia-details-panel';
}

describe('Escape returns focus to where the user came from', function () {
  this.timeout(30000);
  let map: GiaNetworkMap | undefined;

  async function mount(mode: 'public' | 'professional' = 'professional'): Promise<GiaNetworkMap> {
    map = document.createElement('gia-network-map');
    map.setAttribute('no-hash', '');
    map.setAttribute('mode', mode);
    map.style.width = '1100px';
    map.data = await loadDataset();
    document.body.append(map);
    await map.ready;
    await map.settled;
    await settle(map);
    return map;
  }

  async function openAndEscape(m: GiaNetworkMap, expectedSelection: string | undefined): Promise<void> {
    await sendKeys({ press: 'Enter' });
    await until(() => m.selectedId !== null && m.selectedId !== undefined, 'a selection');
    if (expectedSelection) expect(m.selectedId).to.equal(expectedSelection);
    await until(inDetails, 'focus on the details');
    await sendKeys({ press: 'Escape' });
    await settle(m);
    expect(m.selectedId ?? null).to.equal(null);
  }

  afterEach(() => {
    map?.remove();
    map = undefined;
  });

  it('a help-finder result', async () => {
    const m = await mount();
    const select = deepQuery<HTMLSelectElement>(m.shadowRoot!, 'gia-help-finder')!.shadowRoot!.querySelector<HTMLSelectElement>('#specialism')!;
    select.focus();
    await sendKeys({ type: 'Mensenhandel' });
    await settle(m);
    const finder = deepQuery<HTMLElement>(m.shadowRoot!, 'gia-help-finder')!;
    const result = finder.shadowRoot!.querySelector<HTMLButtonElement>(`li.item[data-id="trioletafel-mensenhandel"] button.name`)!;
    expect(result, 'a result button').to.exist;
    result.focus();
    await openAndEscape(m, 'trioletafel-mensenhandel');
    expect(deepActive()).to.equal(result);
  });

  it('a search suggestion (focus back in the search field)', async () => {
    const m = await mount();
    const input = deepQuery<HTMLInputElement>(m.shadowRoot!, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Veilig Thuis' });
    await settle(m);
    await sendKeys({ press: 'ArrowDown' });
    await openAndEscape(m, undefined);
    expect(deepActive()).to.equal(input);
  });

  it('a list item in the map’s list view', async () => {
    const m = await mount();
    const listButton = [...m.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent?.trim() === 'Lijst')!;
    listButton.click();
    await settle(m);
    await until(() => deepQuery(m.shadowRoot!, `gia-network-list`) !== null, 'the list');
    const list = deepQuery<HTMLElement>(m.shadowRoot!, 'gia-network-list')!;
    await settle(list);
    const item = list.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${VT}"]`)!;
    expect(item, 'list item').to.exist;
    item.focus();
    await openAndEscape(m, VT);
    expect(deepActive()?.getAttribute('data-id')).to.equal(VT);
  });

  it('a node on the graph (also after walking to a related node inside the details)', async () => {
    const m = await mount();
    const node = m.shadowRoot!.querySelector<SVGGElement>(`svg [data-id="${VT}"]`)!;
    node.focus();
    await openAndEscape(m, VT);
    expect(deepActive()?.getAttribute('data-id')).to.equal(VT);
  });

  it('a help-finder result, after choosing a related node inside the details', async () => {
    const m = await mount();
    const finder = deepQuery<HTMLElement>(m.shadowRoot!, 'gia-help-finder')!;
    finder.shadowRoot!.querySelector<HTMLSelectElement>('#specialism')!.focus();
    await sendKeys({ type: 'Mensenhandel' });
    await settle(m);
    const result = finder.shadowRoot!.querySelector<HTMLButtonElement>(`li.item[data-id="trioletafel-mensenhandel"] button.name`)!;
    result.focus();
    await sendKeys({ press: 'Enter' });
    await until(inDetails, 'focus on the details');
    // Walk to a related node inside the details and choose it.
    const details = deepQuery<HTMLElement>(m.shadowRoot!, 'gia-details-panel')!;
    const related = [...details.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.dataset.id || b.classList.contains('link-button'));
    expect(related, 'a related node in the details').to.exist;
    related!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => m.selectedId !== 'trioletafel-mensenhandel', 'another selection');
    await until(inDetails, 'focus on the details');
    await sendKeys({ press: 'Escape' });
    await settle(m);
    expect(deepActive()).to.equal(result);
  });
});
