// gia-netwerkkaart/editor — the editor as an entry point of its own: `<gia-network-editor>` (registers the
// tag, and `<gia-network-map>` for its live preview) and the editor's pure logic (undo/redo state, drafts,
// change summaries, references, maintenance checks, CSV import/export, templates). Kept out of the main
// entry so that a page that only shows the map does not load the editor.
export * from './components/editor/gia-network-editor.js';
export { GiaNetworkEditor as default } from './components/editor/gia-network-editor.component.js';
export * from './editor/index.js';
