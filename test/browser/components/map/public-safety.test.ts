// Public mode (issue 15 items 1, 2, 4): the urgent-help strip with tel: links, quick exit (click and 3 × Escape,
// before and after the data, in the error state; location.replace through an injectable navigation), nothing the
// visitor looked for in the URL or storage, no text from a crafted hash, and the phone layout at 320 px.
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../../src/components/list/gia-network-list.js';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { DEFAULT_QUICK_EXIT_URL, quickExitNavigation } from '../../../../src/components/shared/quick-exit-controller.js';
import { emptyFilter } from '../../../../src/graph/filter-state.js';
import { requestEvent } from '../../../../src/components/shared/request-event.js';
import { createMap, deepMarkup, frame, loadData, loadPublicData, nextEvent, removeAll } from './helpers.js';

const realReplace = quickExitNavigation.replace;
let visited: string[] = [];

function root(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

/** The tel: links always in view (not those under "Meer hulplijnen"). */
function telLinks(element: HTMLElement): string[] {
  return [...root(element).querySelectorAll<HTMLAnchorElement>('.urgent-lines > ul a[href^="tel:"]')].map((a) => a.getAttribute('href')!);
}

async function pressEscape(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Escape' });
}

/** A map that never gets data (loading or "no data"): the strip and quick exit must work already. */
async function mapWithoutData(attributes: Record<string, string> = {}): Promise<GiaNetworkMap> {
  const map = await createMap(attributes);
  await map.updateComplete;
  return map;
}

describe('gia-network-map: public safety', () => {
  beforeEach(() => {
    visited = [];
    quickExitNavigation.replace = (url: string) => void visited.push(url);
  });
  afterEach(async () => {
    quickExitNavigation.replace = realReplace;
    removeAll();
    for (const list of document.querySelectorAll('gia-network-list')) list.remove();
    history.replaceState(history.state, '', location.pathname + location.search);
    await setViewport({ width: 1280, height: 800 });
  });

  it('leaves with location.replace by default (Back does not return)', () => {
    expect(realReplace.toString()).to.contain('location.replace');
  });

  it('shows the urgent strip with tel:112 and tel:08002000 before the data is in', async () => {
    const map = await mapWithoutData();
    expect(telLinks(map)).to.deep.equal(['tel:112', 'tel:08002000']);
    const text = root(map).querySelector('.urgent')!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Acuut gevaar? Bel 112');
    expect(text).to.contain('Veilig Thuis');
    expect(text).to.contain('Anoniem');
  });

  it("with data: the file's own lines, 112 and Veilig Thuis in view, the others (Centrum Seksueel Geweld) one tap away", async () => {
    // The published file (drawn in the task that hands it over); a file with personal values is checked first.
    const network = (await loadPublicData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.updateComplete;
    expect(telLinks(map)).to.deep.equal(['tel:112', 'tel:08002000']);
    const more = root(map).querySelector<HTMLDetailsElement>('.urgent details.more')!;
    expect(more.open).to.equal(false);
    const hrefs = [...more.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:08000188');
    // The notes of those lines (their free, hours and audience) come with the lazy chunk that reads them.
    expect(more.textContent).to.contain('voor slachtoffers');
    expect(more.querySelector('summary')!.textContent).to.contain('Meer hulplijnen');
    expect(hrefs.every((href) => /^(tel:\+?[0-9]+|https:\/\/)/.test(href ?? ''))).to.equal(true);
    // A file without urgentHelp still shows 112 and Veilig Thuis.
    removeAll();
    delete (network as { urgentHelp?: unknown }).urgentHelp;
    const bare = await createMap({}, network);
    await bare.updateComplete;
    expect(telLinks(bare)).to.deep.equal(['tel:112', 'tel:08002000']);
    expect(root(bare).querySelector('.urgent details.more')).to.equal(null);
  });

  it('quick exit before the data: one click, and 3 × Escape (2 are not enough)', async () => {
    const map = await mapWithoutData();
    root(map).querySelector<HTMLButtonElement>('.quick-exit')!.click();
    expect(visited).to.deep.equal([DEFAULT_QUICK_EXIT_URL]);
    visited = [];
    await pressEscape(2);
    expect(visited).to.deep.equal([]);
    await pressEscape(1);
    expect(visited).to.deep.equal([DEFAULT_QUICK_EXIT_URL]);
  });

  it('quick exit after the data, with Escape pressed in the search box, to the page-given target', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({ 'quick-exit-url': 'https://example.org/weer' }, network);
    await map.ready;
    expect(telLinks(map)).to.deep.equal(['tel:112', 'tel:08002000']);
    const input = root(map).querySelector('gia-search-box')!.shadowRoot!.querySelector('input')!;
    input.focus();
    await pressEscape(3);
    expect(visited).to.deep.equal(['https://example.org/weer']);
    visited = [];
    root(map).querySelector<HTMLButtonElement>('.quick-exit')!.click();
    expect(visited).to.deep.equal(['https://example.org/weer']);
  });

  it('quick exit in the error state', async () => {
    const map = await createMap({ src: '/data/does-not-exist.json' });
    await nextEvent(map, 'gia-error');
    await map.updateComplete;
    expect(root(map).querySelector('[part="error"]')).to.exist;
    expect(telLinks(map)).to.deep.equal(['tel:112', 'tel:08002000']);
    await pressEscape(3);
    expect(visited).to.deep.equal([DEFAULT_QUICK_EXIT_URL]);
  });

  it('a target that is not http(s) falls back to the default', async () => {
    const map = await mapWithoutData({ 'quick-exit-url': 'javascript:alert(1)' });
    root(map).querySelector<HTMLButtonElement>('.quick-exit')!.click();
    expect(visited).to.deep.equal([DEFAULT_QUICK_EXIT_URL]);
  });

  it('no-quick-exit and professional mode: no button and 3 × Escape stays', async () => {
    const off = await mapWithoutData({ 'no-quick-exit': '' });
    expect(root(off).querySelector('.quick-exit')).to.equal(null);
    expect(telLinks(off)).to.have.length(2);
    const professional = await mapWithoutData({ mode: 'professional' });
    expect(root(professional).querySelector('.urgent')).to.equal(null);
    await pressEscape(3);
    expect(visited).to.deep.equal([]);
  });

  it('the standalone list has the strip and quick exit too; inside the map only the map has them', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const list = document.createElement('gia-network-list');
    list.data = network;
    document.body.append(list);
    await list.updateComplete;
    expect(telLinks(list)).to.deep.equal(['tel:112', 'tel:08002000']);
    root(list).querySelector<HTMLButtonElement>('.quick-exit')!.click();
    expect(visited).to.deep.equal([DEFAULT_QUICK_EXIT_URL]);
    list.setAttribute('no-controls', '');
    await list.updateComplete;
    expect(root(list).querySelector('.urgent')).to.equal(null);
  });

  it('public mode writes no search or help terms to the URL, history or storage', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const historyLength = history.length;
    const storage = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    // No no-hash: the default of a page that embeds the map.
    const map = document.createElement('gia-network-map');
    map.data = network;
    document.body.append(map);
    await map.ready;
    const query = 'mensenhandel';
    const search = root(map).querySelector('gia-search-box')!.shadowRoot!;
    const input = search.querySelector('input')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    search.querySelector('form')!.requestSubmit();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('gia-search-box')!.filter?.query).to.equal(query);
    const specialism = network.specialisms!.find((s) => s.id.includes('mensenhandel'))!.id;
    root(map).querySelector('gia-help-finder')!.dispatchEvent(requestEvent('gia-request-help', { help: { specialism } }));
    await map.updateComplete;
    map.selectedId = network.organisations[0]!.id;
    await map.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(location.href).not.to.contain(query);
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(historyLength);
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).to.equal(storage);
  });

  it('with-hash opts in: the search is kept in the hash as before', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({ 'use-hash': '1' }, network);
    await map.ready;
    root(map).querySelector('gia-search-box')!.dispatchEvent(requestEvent('gia-request-filter', { filter: { ...emptyFilter(), query: 'mensenhandel' } }));
    await map.updateComplete;
    await map.ready;
    await frame();
    expect(location.hash).to.contain('q=mensenhandel');
  });

  it('a crafted #q= link puts no text on the page in public mode', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    history.replaceState(history.state, '', '#q=BEL%20DIT%20NEPNUMMER&help=mensenhandel');
    // As a page embeds it: no no-hash.
    const map = document.createElement('gia-network-map');
    map.data = network;
    document.body.append(map);
    await map.ready;
    expect(deepMarkup(map)).not.to.contain('NEPNUMMER');
    expect(map.shadowRoot!.querySelector('gia-search-box')!.filter?.query ?? '').to.equal('');
    // Professional mode keeps today's deep links.
    removeAll();
    const professional = await createMap({ mode: 'professional', 'use-hash': '1' }, network);
    await professional.ready;
    expect(professional.shadowRoot!.querySelector('gia-search-box')!.filter?.query).to.equal('BEL DIT NEPNUMMER');
  });

  it('at 320 px: no horizontal scroll, the strip comes first, then the help finder, filters folded', async () => {
    await setViewport({ width: 320, height: 740 });
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    map.style.width = '';
    await map.ready;
    await frame();
    const doc = document.documentElement;
    expect(doc.scrollWidth).to.be.at.most(doc.clientWidth);
    const shadow = root(map);
    const first = shadow.querySelector('.base')!.firstElementChild!;
    expect(first.classList.contains('urgent')).to.equal(true);
    const strip = first.getBoundingClientRect();
    expect(strip.top).to.be.at.most(map.getBoundingClientRect().top + 2);
    const finder = shadow.querySelector('gia-help-finder')!.getBoundingClientRect();
    const toolbar = shadow.querySelector('.toolbar')!.getBoundingClientRect();
    const stage = shadow.querySelector('.stage')!.getBoundingClientRect();
    expect(finder.top).to.be.greaterThan(strip.top);
    expect(finder.top).to.be.lessThan(toolbar.top);
    expect(stage.width).to.be.at.least(map.clientWidth - 2);
    const folded = shadow.querySelector('details.folded-filters')!;
    expect((folded as HTMLDetailsElement).open).to.equal(false);
    expect(map.zoomTransform.k).to.be.at.least(1);
    // "Bekijk de kaart" scrolls the toolbar (with the search) to just below the sticky strip, not under it.
    document.body.style.paddingBottom = '2000px';
    shadow.querySelector<HTMLButtonElement>('.jump button')!.click();
    await map.updateComplete;
    await frame();
    const stuck = shadow.querySelector('.urgent')!.getBoundingClientRect();
    const shown = shadow.querySelector('.toolbar')!.getBoundingClientRect();
    expect(stuck.top, 'the strip stays at the top').to.be.within(-1, 1);
    expect(shown.top, 'the toolbar starts below the strip').to.be.within(stuck.bottom, stuck.bottom + 12);
    document.body.style.paddingBottom = '';
    // "Bekijk de lijst" is one tap away.
    const toList = [...shadow.querySelectorAll<HTMLButtonElement>('.jump button')][1]!;
    toList.click();
    await map.updateComplete;
    expect(shadow.querySelector('gia-network-list')).to.exist;
  });
});
