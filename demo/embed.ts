// Bare page for an <iframe>: embed.html?src=/data/zuid-limburg.json&mode=public&layout=ave&lang=nl
import '../src/index.js';
import { sourceUrl } from '../src/components/shared/load-network.js';

const params = new URLSearchParams(location.search);
const map = document.querySelector('#map')!;
const src = params.get('src') ?? '/data/zuid-limburg.json';
// Only this origin (judged on the parsed URL): an iframe URL must not make the map fetch from elsewhere.
const safe = sourceUrl(src, location.href, []) ? src : '/data/zuid-limburg.json';
const lang = params.get('lang') === 'en' ? 'en' : 'nl';
document.documentElement.lang = lang;
map.setAttribute('lang', lang);
map.setAttribute('mode', params.get('mode') === 'professional' ? 'professional' : 'public');
if (params.get('layout') === 'ave') map.setAttribute('layout', 'ave');
if (params.get('focus')) map.setAttribute('focus', params.get('focus')!);
map.setAttribute('src', safe);
