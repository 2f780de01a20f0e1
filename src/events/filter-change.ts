/**
 * `gia-filter-change`: the user changed a filter or the search query (filter panel, search box, "Filters wissen").
 * Not fired when filters are restored from the URL hash.
 */
import type { FilterState } from '../graph/filter-state.js';

export interface GiaFilterChangeDetail {
  /** The complete filter state after the change (empty arrays mean no filter on that facet). */
  readonly filters: FilterState;
  /** Nodes that remain visible. */
  readonly visibleCount: number;
  /** All nodes in the graph for the current mode. */
  readonly totalCount: number;
}

export class GiaFilterChangeEvent extends Event {
  readonly detail: GiaFilterChangeDetail;

  constructor(detail: GiaFilterChangeDetail) {
    super('gia-filter-change', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gia-filter-change': GiaFilterChangeEvent;
  }
}
