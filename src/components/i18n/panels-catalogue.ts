/**
 * Registers the panels' messages (search box, filter panel, help finder, legend, details) with `msg`. Imported for
 * its side effect by src/components/panels/shared/panel-text.ts, so the messages travel with the panels' chunk.
 */
import { registerCatalogue, type Catalogue } from './localize.js';
import panelsNl from './panels.nl.js';
import panelsEn from './panels.en.js';

registerCatalogue('nl', panelsNl as Catalogue);
registerCatalogue('en', panelsEn as Catalogue);
