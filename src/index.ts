// gia-netwerkkaart — public entry point of the npm package: the components (registering their tags), the typed
// events and the data and graph types. It is the script-tag entry (bundle.ts) plus what that one leaves to a
// lazy chunk: the panel and list classes, and the contrast pairs of the theme tokens. (Validation and privacy:
// `gia-netwerkkaart/model`.)
export * from './bundle.js';
export { default } from './bundle.js';
export * from './components/panels/details-panel/gia-details-panel.js';
export * from './components/panels/search-box/gia-search-box.js';
export * from './components/panels/filter-panel/gia-filter-panel.js';
export * from './components/panels/help-finder/gia-help-finder.js';
export * from './components/panels/legend/gia-legend.js';
export * from './components/list/gia-network-list.js';
export { CONTRAST_PAIRS } from './components/shared/tokens.js';
