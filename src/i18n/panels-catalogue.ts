/**
 * Registers the panels' messages (search box, filter panel, help finder, legend, details; with the enum names of
 * enums.*.ts) and the names of the link types (links.*.ts, used by the legend) with `msg`: Dutch at once, English
 * only when English is loaded. Imported for its side effect by src/components/panels/shared/panel-text.ts, so the
 * messages travel with the panels' chunk.
 */
import { registerCatalogue } from './lookup.js';
import panelsNl from './panels.nl.js';
import linksNl from './links.nl.js';

registerCatalogue('nl', { ...linksNl, ...panelsNl });
registerCatalogue('en', () => import('./links.en.js'));
registerCatalogue('en', () => import('./panels.en.js'));
