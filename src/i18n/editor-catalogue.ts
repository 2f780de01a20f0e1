/**
 * Registers the editor's messages (editor.*), with the enum and link-type names it shares with the panels
 * (enums.*.ts, links.*.ts), with `msg`: Dutch at once, English only when English is loaded. Imported for its side
 * effect by every editor module that looks up editor.* keys, so the map's bundle, which never imports the editor,
 * does not carry them.
 */
import { registerCatalogue } from './lookup.js';
import editorNl from './editor.nl.js';
import enumsNl from './enums.nl.js';
import linksNl from './links.nl.js';

registerCatalogue('nl', { ...linksNl, ...enumsNl, ...editorNl });
registerCatalogue('en', () => import('./links.en.js'));
registerCatalogue('en', () => import('./enums.en.js'));
registerCatalogue('en', () => import('./editor.en.js'));
