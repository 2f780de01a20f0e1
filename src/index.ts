// gia-netwerkkaart — public entry point: the components (registering their tags), the typed events, the
// model API (validation, privacy) and the graph types.
export * from './components/map/gia-network-map.js';
export { GiaNetworkMap as default } from './components/map/gia-network-map.component.js';
export * from './components/panels/details-panel/gia-details-panel.js';
export * from './components/panels/search-box/gia-search-box.js';
export * from './components/panels/filter-panel/gia-filter-panel.js';
export * from './components/panels/help-finder/gia-help-finder.js';
export * from './components/panels/legend/gia-legend.js';
export * from './components/list/gia-network-list.js';
export * from './events/index.js';
export type * from './model/types.js';
export type { FilterState, FilterResult } from './graph/filter-graph.js';
export type { GraphNode, GraphLink, NetworkGraph, NodeKind, LinkType, Mode } from './graph/types.js';
export type { HelpState, ViewState } from './view-state/hash-state.js';
export type { LayoutKind } from './layout/create-simulation.js';
export { TOKENS, CONTRAST_PAIRS } from './components/shared/tokens.js';
