// <gia-network-list>: grouping, filtering, selection, events, privacy, loading and error states.
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/list/gia-network-list.js';
import type { GiaNetworkList } from '../../../../src/components/list/gia-network-list.component.js';
import { EMPTY_FILTER, type FilterState } from '../../../../src/graph/filter-state.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { contactValues, deepActive, deepText, loadDataset, settle, until } from '../../a11y/a11y-fixtures.js';

function filterOf(partial: Partial<FilterState>): FilterState {
  return { ...structuredClone(EMPTY_FILTER), ...partial };
}

async function mountList(props: Partial<GiaNetworkList> & { attrs?: Record<string, string> } = {}): Promise<GiaNetworkList> {
  const element = document.createElement('gia-network-list');
  const { attrs, ...rest } = props;
  for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
  Object.assign(element, rest);
  document.body.append(element);
  await settle(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

function itemButtons(element: HTMLElement): HTMLButtonElement[] {
  return [...root(element).querySelectorAll<HTMLButtonElement>('button[data-id]')];
}

function listedIds(element: HTMLElement): Set<string> {
  return new Set(itemButtons(element).map((b) => b.dataset.id!));
}

function collect<T>(target: EventTarget, name: string): T[] {
  const details: T[] = [];
  target.addEventListener(name, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

describe('<gia-network-list>', () => {
  let network: GiaNetwork;
  let element: GiaNetworkList | undefined;

  beforeEach(async () => {
    network = await loadDataset();
  });
  afterEach(() => {
    element?.remove();
    element = undefined;
  });

  it('lists every node of the public graph in each grouping, under headings', async () => {
    element = await mountList({ data: network });
    const expected = new Set([
      ...network.escalationModel.phases.map((p) => p.id),
      ...(network.specialisms ?? []).map((s) => s.id),
      ...network.organisations.map((o) => o.id),
      ...(network.meetings ?? []).map((m) => m.id),
      ...(network.interventions ?? []).map((i) => i.id),
    ]);
    for (const groupBy of ['specialism', 'organisation', 'phase'] as const) {
      element.groupBy = groupBy;
      await settle(element);
      expect(listedIds(element), groupBy).to.deep.equal(expected);
      const headings = root(element).querySelectorAll('.group > h3');
      expect(headings.length, groupBy).to.be.greaterThan(3);
      expect(root(element).querySelector('h2')?.textContent).to.contain('Netwerk als lijst');
    }
  });

  it('groups by AVE phase in escalation order, with a group for items without a phase', async () => {
    element = await mountList({ data: network, attrs: { 'group-by': 'phase' } });
    const keys = [...root(element).querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.group);
    expect(keys.slice(0, 4)).to.deep.equal(['ave-1', 'ave-2', 'ave-3', 'ave-4']);
    expect(keys.at(-1)).to.equal('rest');
    const ave3 = root(element).querySelector('.group[data-group="ave-3"]')!;
    expect(ave3.querySelector('button[data-id="veilig-thuis-zuid-limburg"]')).to.not.equal(null);
  });

  it('switches grouping with a labelled radio group', async () => {
    element = await mountList({ data: network });
    const radios = [...root(element).querySelectorAll<HTMLInputElement>('fieldset.group-by input[type="radio"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['specialism', 'organisation', 'phase']);
    expect(root(element).querySelector('fieldset.group-by legend')?.textContent).to.contain('Groeperen op');
    radios[1]!.click();
    await settle(element);
    expect(element.groupBy).to.equal('organisation');
    expect(element.getAttribute('group-by')).to.equal('organisation');
    // Organisation groups hold the meetings the organisation is a member of.
    const vt = root(element).querySelector('.group[data-group="veilig-thuis-zuid-limburg"]');
    expect(vt, 'Veilig Thuis group').to.not.equal(null);
  });

  it('shows only what passes .filter and announces the count in a polite live region', async () => {
    element = await mountList({ data: network });
    const status = root(element).querySelector('.status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.match(/Het netwerk heeft \d+ onderdelen/);

    element.filter = filterOf({ kinds: ['organisation'] });
    await settle(element);
    const orgCount = network.organisations.length;
    expect(status.textContent?.trim()).to.equal(`${orgCount} organisaties gevonden.`);
    for (const button of itemButtons(element)) expect(button.dataset.kind).to.equal('organisation');

    element.filter = filterOf({ query: 'veilig thuis' });
    await settle(element);
    expect(status.textContent).to.match(/gevonden/);
    expect(listedIds(element).has('veilig-thuis-zuid-limburg')).to.equal(true);
  });

  it('says so when nothing passes the filter and offers to clear filters', async () => {
    element = await mountList({ data: network });
    const changes = collect<{ filters: FilterState }>(element, 'gia-filter-change');
    element.filter = filterOf({ query: 'zzzz-bestaat-niet' });
    await settle(element);
    expect(root(element).textContent).to.contain('Geen onderdelen gevonden die bij de filters passen.');
    expect(changes, 'no event on a property change').to.have.length(0);
    const clear = root(element).querySelector<HTMLButtonElement>('button.clear')!;
    clear.click();
    await settle(element);
    expect(element.filter.query).to.equal('');
    expect(changes).to.have.length(1);
    expect(itemButtons(element).length).to.be.greaterThan(20);
  });

  it('standalone: a click selects, opens the details, fires gia-select; the property alone fires nothing', async () => {
    element = await mountList({ data: network });
    const selects = collect<{ id: string | null; kind: string | null }>(element, 'gia-select');
    const requests = collect(document, 'gia-request-select');

    element.selected = 'ave-2';
    await settle(element);
    expect(selects, 'no gia-select on a property change').to.have.length(0);

    const button = root(element).querySelector<HTMLButtonElement>('button.item[data-id="veilig-thuis-zuid-limburg"]')!;
    button.focus();
    button.click();
    await settle(element);
    expect(selects).to.deep.equal([{ id: 'veilig-thuis-zuid-limburg', kind: 'organisation', label: 'Veilig Thuis Zuid-Limburg' }]);
    expect(requests, 'the request stays inside the standalone list').to.have.length(0);
    expect(element.selected).to.equal('veilig-thuis-zuid-limburg');
    const panel = root(element).querySelector('gia-details-panel')!;
    expect(panel.nodeId).to.equal('veilig-thuis-zuid-limburg');
    await until(() => deepActive()?.tagName === 'H2', 'focus on the details heading');
    expect(deepActive()?.textContent).to.contain('Veilig Thuis Zuid-Limburg');
    expect(button.getAttribute('aria-current')).to.equal('true');

    // Escape closes the details and gives focus back to the item.
    deepActive()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(element);
    expect(element.selected).to.equal(null);
    expect(selects.at(-1)).to.deep.equal({ id: null, kind: null, label: null });
    expect(root(element).querySelector('gia-details-panel')).to.equal(null);
    await until(() => deepActive() === button, 'focus back on the item');
  });

  it('no-controls: no panels; a click fires gia-request-select for the map and no gia-select', async () => {
    element = await mountList({ data: network, attrs: { 'no-controls': '' } });
    expect(root(element).querySelector('gia-search-box, gia-filter-panel, gia-help-finder, gia-details-panel')).to.equal(null);
    expect(root(element).querySelector('.status')!.hasAttribute('role'), 'the map announces').to.equal(false);
    const selects = collect(element, 'gia-select');
    const requests = collect<{ id: string }>(document, 'gia-request-select');
    root(element).querySelector<HTMLButtonElement>('button.item[data-id="veilig-thuis-zuid-limburg"]')!.click();
    await settle(element);
    expect(requests).to.deep.equal([{ id: 'veilig-thuis-zuid-limburg' }]);
    expect(selects).to.have.length(0);
    // The map drives the selection.
    element.selected = 'veilig-thuis-zuid-limburg';
    await settle(element);
    expect(root(element).querySelector('button.item[data-id="veilig-thuis-zuid-limburg"]')!.getAttribute('aria-current')).to.equal('true');
    expect(root(element).querySelector('gia-details-panel')).to.equal(null);
  });

  it('standalone: includes search, help finder and filters, and handles their requests', async () => {
    element = await mountList({ data: network });
    const searchBox = root(element).querySelector('gia-search-box');
    const filterPanel = root(element).querySelector('gia-filter-panel');
    expect(searchBox).to.not.equal(null);
    expect(root(element).querySelector('gia-help-finder')).to.not.equal(null);
    expect(filterPanel).to.not.equal(null);
    const changes = collect<{ filters: FilterState; visibleCount: number }>(element, 'gia-filter-change');
    filterPanel!.dispatchEvent(
      new CustomEvent('gia-request-filter', { detail: { filter: filterOf({ specialisms: ['mensenhandel'] }) }, bubbles: true, composed: true }),
    );
    await settle(element);
    expect(changes).to.have.length(1);
    expect(changes[0]!.filters.specialisms).to.deep.equal(['mensenhandel']);
    expect(changes[0]!.visibleCount).to.equal(filterPanel!.resultCount);
    const help = root(element).querySelector('gia-help-finder')!;
    help.dispatchEvent(new CustomEvent('gia-request-help', { detail: { help: { specialism: 'mensenhandel' } }, bubbles: true, composed: true }));
    await settle(element);
    expect(root(element).querySelectorAll('.tag.help').length).to.be.greaterThan(0);
  });

  it('public mode renders no contact persons, names, e-mail addresses or phone numbers', async () => {
    const personal = contactValues(network);
    expect(personal.length).to.be.greaterThan(10);
    element = await mountList({ data: network, attrs: { 'group-by': 'organisation' } });
    element.selected = 'gemeente-heerlen';
    await settle(element);
    const text = deepText(element);
    for (const value of personal) expect(text, value).to.not.contain(value);
    expect(root(element).querySelector('[data-kind="contact"]')).to.equal(null);
    // Even with mode switching back from professional.
    element.mode = 'professional';
    await settle(element);
    expect(root(element).querySelector('[data-kind="contact"]')).to.not.equal(null);
    element.mode = 'public';
    await settle(element);
    for (const value of personal) expect(deepText(element), value).to.not.contain(value);
  });

  it('professional mode lists the contact persons under their organisation', async () => {
    element = await mountList({ data: network, mode: 'professional', attrs: { 'group-by': 'organisation' } });
    const heerlen = root(element).querySelector('.group[data-group="gemeente-heerlen"]')!;
    const contact = heerlen.querySelector<HTMLButtonElement>('button[data-id="aanspreekpunt-mensenhandel-heerlen"]');
    expect(contact?.textContent?.trim()).to.equal('Lars Test (fictief)');
  });

  it('speaks English with lang="en"', async () => {
    element = await mountList({ data: network, attrs: { lang: 'en' } });
    expect(root(element).querySelector('h2')?.textContent).to.contain('Network as a list');
    expect(root(element).querySelector('fieldset legend')?.textContent).to.contain('Group by');
    element.filter = filterOf({ kinds: ['meeting'] });
    await settle(element);
    expect(root(element).querySelector('.status')?.textContent).to.match(/^\s*\d+ meetings found\.\s*$/);
  });

  it('loads src, fires gia-load, and shows a clear Dutch error for a missing file', async () => {
    element = document.createElement('gia-network-list');
    const loads = collect<{ nodeCount: number }>(element, 'gia-load');
    element.src = '/data/zuid-limburg.json';
    document.body.append(element);
    await until(() => loads.length === 1, 'gia-load');
    await settle(element);
    expect(loads[0]!.nodeCount).to.equal(listedIds(element).size);
    expect(listedIds(element).has('veilig-thuis-zuid-limburg')).to.equal(true);
    element.remove();

    element = document.createElement('gia-network-list');
    const errors = collect<{ reason: string; status?: number }>(element, 'gia-error');
    element.src = '/data/bestaat-niet.json';
    document.body.append(element);
    await until(() => errors.length === 1, 'gia-error');
    await settle(element);
    expect(errors[0]).to.include({ reason: 'http', status: 404 });
    const alert = root(element).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('niet gevonden');
  });

  it('shows an empty state for no data and never crashes on bad input', async () => {
    element = await mountList({});
    expect(root(element).textContent).to.contain('Er is geen netwerk om te tonen.');
    element.data = { nonsense: true } as unknown as GiaNetwork;
    await settle(element);
    expect(root(element).textContent).to.contain('Er is geen netwerk om te tonen.');
    element.data = network;
    element.groupBy = 'bogus' as never;
    element.filter = { kinds: 'x' } as unknown as FilterState;
    await settle(element);
    expect(element.groupBy).to.equal('specialism');
    expect(itemButtons(element).length).to.be.greaterThan(20);
  });
});

describe('<gia-network-list> focusItem()', () => {
  it('focuses the item of a node (for the map to give focus back) and says when it is not listed', async () => {
    const element = document.createElement('gia-network-list');
    element.data = await loadDataset();
    element.setAttribute('no-controls', '');
    document.body.append(element);
    await settle(element);
    expect(await element.focusItem('veilig-thuis-zuid-limburg')).to.equal(true);
    expect(deepActive()?.dataset.id).to.equal('veilig-thuis-zuid-limburg');
    expect(deepActive()?.classList.contains('item')).to.equal(true);
    expect(await element.focusItem('bestaat-niet')).to.equal(false);
    element.remove();
  });
});

describe('<gia-network-list> print stylesheet', () => {
  it('prints the list and the details without controls', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const element = document.createElement('gia-network-list');
    element.data = await loadDataset();
    element.selected = 'veilig-thuis-zuid-limburg';
    document.body.append(element);
    await settle(element);
    const root = element.shadowRoot!;
    const display = (selector: string) => getComputedStyle(root.querySelector(selector)!).display;
    expect(display('.controls')).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(display('.controls')).to.equal('none');
      expect(display('fieldset.group-by')).to.equal('none');
      expect(display('.list')).to.not.equal('none');
      expect(display('.details')).to.not.equal('none');
      expect(getComputedStyle(root.querySelector('button.item')!).color).to.equal('rgb(0, 0, 0)');
      const panel = root.querySelector('gia-details-panel')!;
      const close = panel.shadowRoot!.querySelector('[part="close"]')!;
      expect(getComputedStyle(close).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      element.remove();
    }
  });
});
