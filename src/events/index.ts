// Typed events of gia-netwerkkaart: all bubble, are composed and fire for user actions (or a load from `src`) only.
export * from './load.js';
export * from './error.js';
export * from './select.js';
export * from './filter-change.js';
export * from './layout-settle.js';
export * from './editor-change.js';
export * from './editor-save.js';
