// gia-netwerkkaart — entry of the script-tag bundle (dist/gia-netwerkkaart.js, scripts/build.mjs).
// The same public surface as src/index.ts minus the panel and list classes: their tags are defined by a
// chunk the map loads by itself (dist/chunks/), so the first paint needs only this file and what it imports.
export * from './components/map/gia-network-map.js';
export { GiaNetworkMap as default } from './components/map/gia-network-map.component.js';
export * from './events/index.js';
export type * from './model/types.js';
export type { FilterState, FilterResult } from './graph/filter-graph.js';
export type { GraphNode, GraphLink, NetworkGraph, NodeKind, LinkType, Mode } from './graph/types.js';
export type { HelpState, ViewState } from './view-state/hash-state.js';
export type { LayoutKind } from './layout/create-simulation.js';
export { TOKENS } from './components/shared/tokens.js';
