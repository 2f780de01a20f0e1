// Dutch texts of the map's error view (a file that cannot be loaded or is invalid): registered by the error
// chunk (components/map/map-error.ts), which the data controller loads before it reports a load error, so a
// Dutch first paint does not carry them. The English texts are in map.en.ts, itself a lazy chunk.
import type { MessageParams } from './lookup.js';

const n = (p: MessageParams): number => Number(p.count ?? 0);

export default {
  'error.title': 'De netwerkkaart kan niet worden getoond',
  'error.http': 'Het bestand {src} kon niet worden geladen (HTTP-status {status}).',
  'error.http404': 'Het bestand {src} is niet gevonden (HTTP-status 404).',
  'error.network': 'Het bestand {src} kon niet worden opgehaald. Controleer het adres en de verbinding.',
  'error.parse': 'Het bestand {src} is geen geldig JSON-bestand.',
  'error.validation': (p: MessageParams) =>
    `Het bestand ${p.src} voldoet niet aan het GIA-netwerkschema (${n(p)} ${n(p) === 1 ? 'probleem' : 'problemen'}).`,
  'error.firstProblems': 'Eerste problemen:',
  'error.more': (p: MessageParams) => `… en nog ${n(p)} ${n(p) === 1 ? 'probleem' : 'problemen'}.`,
};
