/**
 * Message lookup for every component: the one lookup of ./lookup.ts (one `Lang`, `msg`, `loadLang`, …) plus the
 * map's built-in catalogue. map.* (the map component, keyboard help, shared words such as kind.*, filter.clear,
 * state.*) is registered here; the others are registered by the modules that use them, so each lands in the bundle
 * chunk that needs it: panels.* and the enum names (./panels-catalogue.ts), list.* (./list-catalogue.ts), editor.*
 * (./editor-catalogue.ts), the model's messages (./model-catalogue.ts) and the CLI's (./cli-catalogue.ts).
 * Lookup order: the requested language, then Dutch (`nl` is the fallback language, never English), then the key
 * itself, so a missing message shows up as its key instead of breaking the UI.
 *
 * English catalogues load only when English is asked for: `loadLang('en')` fetches every English catalogue
 * registered so far (the map's is a chunk of its own in the script-tag bundle, so a Dutch first paint does not
 * carry it); a component that renders English text awaits them before it updates (`afterLangLoaded` in its
 * `scheduleUpdate`). Until they are in, keys fall back to Dutch; asking for an English message starts the load.
 */
import mapNl from './map.nl.js';
import { registerCatalogue } from './lookup.js';

export {
  LANGS,
  afterLangLoaded,
  hasMsg,
  isLangLoaded,
  loadLang,
  msg,
  registerCatalogue,
  toLang,
  type Catalogue,
  type CatalogueLoader,
  type Lang,
  type Message,
  type MessageParams,
} from './lookup.js';

registerCatalogue('nl', mapNl);
registerCatalogue('en', () => import('./map.en.js'));
