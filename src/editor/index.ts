/**
 * The editor's pure logic: no DOM, no Lit. Undo/redo state, drafts, change summaries, references,
 * maintenance checks, CSV import/export and templates. `<gia-network-editor>` wires it to the screen.
 */
export * from './pointer.js';
export * from './collections.js';
export * from './reference-fields.js';
export * from './references.js';
export * from './editor-state.js';
export * from './draft-storage.js';
export * from './change-summary.js';
export * from './maintenance-checks.js';
export * from './template.js';
export * from './csv.js';
export * from './csv-import.js';
export * from './csv-export.js';
export * from './csv-preview-task.js';
export * from './schema-field-types.js';
export { SCHEMA_OBJECTS } from './generated/schema-fields.js';
