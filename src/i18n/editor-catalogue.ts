/**
 * Registers the editor's messages (editor.*) with `msg`. Imported for its side effect by every editor module
 * that looks up editor.* keys, so the map's bundle, which never imports the editor, does not carry them.
 */
import { registerCatalogue, type Catalogue } from './localize.js';
import editorNl from './editor.nl.js';
import editorEn from './editor.en.js';

registerCatalogue('nl', editorNl as Catalogue);
registerCatalogue('en', editorEn as Catalogue);
