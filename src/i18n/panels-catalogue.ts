/**
 * Registers the panels' messages (search box, filter panel, help finder, legend, details) and the names of the link
 * types (links.*.ts, used by the legend) with `msg`. Imported for
 * its side effect by src/components/panels/shared/panel-text.ts, so the messages travel with the panels' chunk.
 */
import { registerCatalogue, type Catalogue } from './localize.js';
import panelsNl from './panels.nl.js';
import panelsEn from './panels.en.js';
import linksNl from './links.nl.js';
import linksEn from './links.en.js';

registerCatalogue('nl', { ...linksNl, ...panelsNl } as Catalogue);
registerCatalogue('en', { ...linksEn, ...panelsEn } as Catalogue);
