/**
 * Registers the list view's messages (list.*) with `msg`. Imported for its side effect by
 * src/components/list/list-text.ts, so the messages travel with the list's chunk.
 */
import { registerCatalogue, type Catalogue } from './localize.js';
import listNl from './list.nl.js';
import listEn from './list.en.js';

registerCatalogue('nl', listNl as Catalogue);
registerCatalogue('en', listEn as Catalogue);
