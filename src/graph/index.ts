// The graph module: pure derivations from a validated network (no DOM, d3 or Lit).
export * from './types.js';
export { deriveGraph, searchFieldsOf, CONTACT_ROLE_NAMES, type DeriveGraphOptions, type NodeSearchFields } from './derive-graph.js';
export { normalizeText, normalizedWords } from './normalize-text.js';
export {
  filterGraph,
  nodePassesFilter,
  compileQuery,
  matchesQuery,
  type FilterResult,
  type TextQuery,
} from './filter-graph.js';
export {
  EMPTY_FILTER,
  FILTER_FACETS,
  emptyFilter,
  cleanFilter,
  sameFilter,
  isEmptyFilter,
  isNodeKind,
  activeFilterCount,
  type FilterState,
  type FilterFacet,
} from './filter-state.js';
export { searchNodes, scoreNode, type SearchResult, type SearchMatch } from './search.js';
export { urgentHelpChannels, channelHref, type UrgentHelpChannel, type UrgentHelpOptions } from './urgent-help.js';
export { findHelp, type HelpQuery, type HelpResult, type HelpItem, type HelpItemKind, type HelpReason } from './find-help.js';
