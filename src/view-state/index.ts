export {
  parseViewState,
  MAX_HASH_LENGTH,
  MAX_LIST_ITEMS,
  MAX_QUERY_LENGTH,
  type ViewState,
  type ViewLayout,
  type ViewMode,
  type HelpState,
} from './hash-state.js';
export { serializeViewState } from './serialize-view-state.js';
