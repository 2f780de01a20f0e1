// Keyboard-only tasks, done with sendKeys alone (no clicks, no focus() calls after the start):
// 1. professional mode: find the contact person for mensenhandel in Heerlen and reach their e-mail address;
// 2. open Veilig Thuis and walk to every organisation it links to (list: Tab; map: [ and ]).
// Each task runs on the standalone list and on the map.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/list/gia-network-list.js';
import '../../../src/components/map/gia-network-map.js';
import type { GiaNetworkList } from '../../../src/components/list/gia-network-list.component.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { deriveGraph } from '../../../src/graph/derive-graph.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { deepActive, loadDataset, settle, until } from './a11y-fixtures.js';

const CONTACT = 'aanspreekpunt-mensenhandel-heerlen';
const EMAIL = 'mensenhandel@example.org';
const VT = 'veilig-thuis-zuid-limburg';

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

/** Presses Tab until `found` holds for the focused element; returns the number of Tabs. */
async function tabUntil(found: (el: HTMLElement | null) => boolean, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await press('Tab');
    if (found(deepActive())) return i;
  }
  throw new Error(`not reached within ${max} Tabs (focus on ${deepActive()?.outerHTML.slice(0, 120)})`);
}

/** Starts keyboard use from a focusable element just before the component. */
function startBefore(element: HTMLElement): void {
  const start = document.createElement('button');
  start.textContent = 'start';
  start.className = 'kbd-start';
  element.before(start);
  start.focus();
}

/** Types `text` into the search box (reached by Tab), opens the suggestions and chooses the first one. */
async function searchAndChoose(text: string): Promise<void> {
  await tabUntil((el) => el?.getAttribute('role') === 'combobox');
  await sendKeys({ type: text });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await press('ArrowDown');
  await press('Enter');
}

function organisationNeighbours(network: GiaNetwork, mode: 'public' | 'professional'): Set<string> {
  const graph = deriveGraph(network, { mode });
  return new Set([...(graph.neighbours.get(VT) ?? [])].filter((id) => graph.byId.get(id)?.kind === 'organisation'));
}

describe('keyboard-only tasks', function () {
  this.timeout(30000);
  let element: HTMLElement | undefined;
  let network: GiaNetwork;

  beforeEach(async () => {
    network = await loadDataset();
  });
  afterEach(() => {
    element?.remove();
    element = undefined;
    for (const start of document.querySelectorAll('.kbd-start')) start.remove();
  });

  describe('on the standalone list', () => {
    async function mountList(mode: 'public' | 'professional'): Promise<GiaNetworkList> {
      const list = document.createElement('gia-network-list');
      list.data = network;
      list.mode = mode;
      document.body.append(list);
      await settle(list);
      startBefore(list);
      element = list;
      return list;
    }

    it('professional: finds the mensenhandel contact for Heerlen and reaches the e-mail address', async () => {
      const list = await mountList('professional');
      await searchAndChoose('mensenhandel heerlen');
      await until(() => list.selected === CONTACT, 'the contact selected');
      await until(() => deepActive()?.tagName === 'H2', 'focus on the details heading');
      expect(deepActive()!.textContent).to.contain('Lars Test (fictief)');
      const tabs = await tabUntil((el) => el?.tagName === 'A' && el.getAttribute('href') === `mailto:${EMAIL}`, 10);
      expect(deepActive()!.textContent).to.contain(EMAIL);
      expect(tabs).to.be.at.most(4);
    });

    it('opens Veilig Thuis and Tabs to every organisation it links to', async () => {
      const list = await mountList('public');
      await searchAndChoose('Veilig Thuis Zuid-Limburg');
      await until(() => list.selected === VT, 'Veilig Thuis selected');
      await until(() => deepActive()?.tagName === 'H2', 'focus on the details heading');
      const expected = organisationNeighbours(network, 'public');
      expect(expected.size).to.be.greaterThan(3);
      const reached = new Set<string>();
      const panel = list.shadowRoot!.querySelector('gia-details-panel')!;
      // Tab through the details panel until focus leaves it.
      for (let i = 0; i < 120; i++) {
        await press('Tab');
        const active = deepActive();
        if (!active || !panel.shadowRoot!.contains(active)) break;
        if (active.dataset.id) reached.add(active.dataset.id);
      }
      const missing = [...expected].filter((id) => !reached.has(id));
      expect(missing, `organisations not reachable from the details: ${missing.join(', ')}`).to.deep.equal([]);
      // Enter on one of them opens it.
      const target = [...expected][0]!;
      await tabUntil((el) => el?.dataset.id === target && panel.shadowRoot!.contains(el), 200).catch(async () => {
        // Focus left the panel; Shift+Tab back in.
        for (let i = 0; i < 120 && deepActive()?.dataset.id !== target; i++) await shiftTab();
      });
      await press('Enter');
      await until(() => list.selected === target, `${target} selected by Enter`);
    });

    it('Escape closes the details and returns focus to the list item', async () => {
      const list = await mountList('public');
      await tabUntil((el) => el?.dataset.id === VT && el.classList.contains('item'), 200);
      await press('Enter');
      await until(() => deepActive()?.tagName === 'H2', 'focus on the details heading');
      await press('Escape');
      await until(() => list.selected === null, 'details closed');
      await until(() => deepActive()?.dataset.id === VT, 'focus back on the item');
    });
  });

  describe('on the map', () => {
    async function mountMap(mode: 'public' | 'professional'): Promise<GiaNetworkMap> {
      const map = document.createElement('gia-network-map');
      map.setAttribute('no-hash', '');
      map.setAttribute('mode', mode);
      map.style.width = '1000px';
      map.data = network;
      document.body.append(map);
      await map.ready;
      await settle(map);
      startBefore(map);
      element = map;
      return map;
    }

    function focusedNodeId(): string | undefined {
      const active = deepActive();
      return active?.getAttribute('role') === 'button' && active.closest('svg') ? (active.dataset.id ?? undefined) : undefined;
    }

    it('professional: finds the mensenhandel contact for Heerlen and reaches the e-mail address', async () => {
      const map = await mountMap('professional');
      await searchAndChoose('mensenhandel heerlen');
      await until(() => map.shadowRoot!.querySelector('gia-details-panel')?.nodeId === CONTACT, 'the contact selected');
      await until(() => deepActive()?.tagName === 'H2', 'focus on the details heading');
      const tabs = await tabUntil((el) => el?.tagName === 'A' && el.getAttribute('href') === `mailto:${EMAIL}`, 10);
      expect(tabs).to.be.at.most(4);
    });

    it('opens Veilig Thuis and walks its links with ] until every linked organisation was reached', async () => {
      const map = await mountMap('public');
      await searchAndChoose('Veilig Thuis Zuid-Limburg');
      await until(() => map.shadowRoot!.querySelector('gia-details-panel')?.nodeId === VT, 'Veilig Thuis selected');
      await until(() => deepActive()?.tagName === 'H2', 'focus on the details heading');
      // Escape closes the details and puts focus back where the user came from: the search field. The graph's
      // one Tab stop, a few Tabs on, is the chosen node.
      await press('Escape');
      await until(() => deepActive()?.getAttribute('role') === 'combobox', 'focus back in the search field');
      await tabUntil(() => focusedNodeId() === VT, 30);
      // The node's accessible name says what it is and what matters.
      expect(deepActive()!.getAttribute('aria-label')).to.match(/^Veilig Thuis Zuid-Limburg.*, organisatie, AVE \d( en \d|(, \d)+ en \d)?, \d+ verbindingen/);
      const graph = deriveGraph(network, { mode: 'public' });
      const neighbours = graph.neighbours.get(VT)!;
      const reached = new Set<string>();
      for (let i = 0; i < neighbours.size; i++) {
        await press(']');
        const id = focusedNodeId();
        expect(id, `] number ${i + 1} focuses a node`).to.be.a('string');
        expect(neighbours.has(id!), `${id} is linked to Veilig Thuis`).to.equal(true);
        reached.add(id!);
      }
      const expected = organisationNeighbours(network, 'public');
      const missing = [...expected].filter((id) => !reached.has(id));
      expect(missing, `organisations not reached with ]: ${missing.join(', ')}`).to.deep.equal([]);
      expect(reached.size, 'every link visited once').to.equal(neighbours.size);
      // [ walks back.
      const last = focusedNodeId();
      await press('[');
      expect(focusedNodeId()).to.not.equal(last);
      // Enter selects the focused node and opens its details.
      const target = focusedNodeId()!;
      await press('Enter');
      await until(() => map.shadowRoot!.querySelector('gia-details-panel')?.nodeId === target, 'details of the walked-to node');
    });

    it('list view inside the map: Enter on an item opens the details, Escape returns focus to the item', async () => {
      const map = await mountMap('public');
      await tabUntil((el) => el?.tagName === 'BUTTON' && el.textContent?.trim() === 'Lijst', 40);
      await press('Enter');
      await until(() => map.shadowRoot!.querySelector('gia-network-list') !== null, 'list view');
      await settle(map);
      await tabUntil((el) => el?.dataset.id === VT && el.classList.contains('item'), 200);
      await press('Enter');
      await until(() => map.shadowRoot!.querySelector('gia-details-panel')?.nodeId === VT, 'details of Veilig Thuis');
      await until(() => deepActive()?.tagName === 'H2', 'focus on the details heading');
      await press('Escape');
      await until(() => map.shadowRoot!.querySelector('gia-details-panel')?.nodeId !== VT, 'details closed');
      await until(() => deepActive()?.dataset.id === VT && deepActive()!.classList.contains('item'), 'focus back on the list item');
    });

    it('one tab stop into the graph; arrows, Home and End move focus between nodes; ? opens the keys', async () => {
      const map = await mountMap('public');
      await tabUntil(() => focusedNodeId() !== undefined, 40);
      const first = focusedNodeId();
      await press('ArrowRight');
      const second = focusedNodeId();
      expect(second).to.be.a('string');
      await press('Home');
      const home = focusedNodeId();
      await press('End');
      expect(focusedNodeId()).to.not.equal(home);
      expect([first, second, home].every((id) => typeof id === 'string')).to.equal(true);
      // The next Tab leaves the graph (one tab stop).
      await press('Tab');
      expect(focusedNodeId()).to.equal(undefined);
      await shiftTab();
      expect(focusedNodeId()).to.be.a('string');
      const before = focusedNodeId();
      await press('?');
      await settle(map);
      const text = map.shadowRoot!.textContent ?? '';
      expect(text).to.contain('[ en ]');
      // The key list is a modal dialog with focus inside; Escape closes it and focus returns to the node.
      const dialog = map.shadowRoot!.querySelector('dialog');
      expect(dialog?.open, 'key list open').to.equal(true);
      expect(dialog!.contains(deepActive()), 'focus inside the key list').to.equal(true);
      await press('Escape');
      await settle(map);
      await until(() => focusedNodeId() === before, 'focus back on the node after the key list');
    });
  });
});
