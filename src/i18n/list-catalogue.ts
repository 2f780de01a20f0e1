/**
 * Registers the list view's messages (list.*) with `msg`: Dutch at once, English only when English is loaded.
 * Imported for its side effect by src/components/list/list-text.ts, so the messages travel with the list's chunk.
 */
import { registerCatalogue } from './lookup.js';
import listNl from './list.nl.js';

registerCatalogue('nl', listNl);
registerCatalogue('en', () => import('./list.en.js'));
