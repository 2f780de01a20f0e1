// Demo page: the map with both regions, mode and language toggles, and an event log.
import '../src/index.js';
import type { GiaNetworkMap } from '../src/components/map/gia-network-map.component.js';
import { sourceUrl } from '../src/components/shared/load-network.js';

const map = document.querySelector<GiaNetworkMap>('#map')!;
const region = document.querySelector<HTMLSelectElement>('#region')!;
const mode = document.querySelector<HTMLSelectElement>('#mode')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

const params = new URLSearchParams(location.search);
// Only a file of this origin (the map refuses others too).
const src = params.get('src');
if (src && sourceUrl(src, location.href, [])) region.value = src;
if (params.get('mode') === 'professional') mode.value = 'professional';
if (params.get('lang') === 'en') lang.value = 'en';
map.setAttribute('src', region.value);
map.setAttribute('mode', mode.value);
map.setAttribute('lang', lang.value);
document.documentElement.lang = lang.value;

region.addEventListener('change', () => map.setAttribute('src', region.value));
mode.addEventListener('change', () => map.setAttribute('mode', mode.value));
lang.addEventListener('change', () => {
  map.setAttribute('lang', lang.value);
  document.documentElement.lang = lang.value;
});

function write(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString('nl-NL')}  ${text}`;
  log.prepend(item);
  while (log.children.length > 50) log.lastElementChild?.remove();
}

map.addEventListener('gia-load', (e) => write(`gia-load ${e.detail.region}: ${e.detail.nodeCount} knopen, ${e.detail.linkCount} verbindingen`));
map.addEventListener('gia-error', (e) => write(`gia-error ${e.detail.reason}: ${e.detail.message}`));
map.addEventListener('gia-select', (e) => write(`gia-select ${e.detail.id ?? '(geen)'}`));
map.addEventListener('gia-filter-change', (e) => write(`gia-filter-change ${e.detail.visibleCount}/${e.detail.totalCount} zichtbaar`));
map.addEventListener('gia-layout-settle', (e) => write(`gia-layout-settle ${e.detail.layout} in ${e.detail.durationMs} ms`));
