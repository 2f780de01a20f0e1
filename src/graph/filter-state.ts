/**
 * The filter state: one shape for the map, the list, the filter panel, the search box and the URL hash.
 * An empty array means no filter on that facet; `query` is the search text. Pure.
 */
import type { Id } from '../model/types.js';
import { normalizeText } from './normalize-text.js';
import { NODE_KINDS, type NodeKind } from './types.js';

export interface FilterState {
  specialisms: Id[];
  kinds: NodeKind[];
  phases: Id[];
  municipalities: Id[];
  query: string;
}

/** The facets that hold a list of ids (every field but `query`). */
export const FILTER_FACETS = ['specialisms', 'kinds', 'phases', 'municipalities'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** The empty filter (frozen: copy it with `emptyFilter()` or `cleanFilter()` before changing it). */
export const EMPTY_FILTER: Readonly<FilterState> = Object.freeze({
  specialisms: Object.freeze([]) as unknown as Id[],
  kinds: Object.freeze([]) as unknown as NodeKind[],
  phases: Object.freeze([]) as unknown as Id[],
  municipalities: Object.freeze([]) as unknown as Id[],
  query: '',
});

const KNOWN_KINDS: ReadonlySet<string> = new Set(NODE_KINDS);

/** True when `value` is one of the node kinds. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && KNOWN_KINDS.has(value);
}

/** A new, empty filter that may be changed. */
export function emptyFilter(): FilterState {
  return { specialisms: [], kinds: [], phases: [], municipalities: [], query: '' };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * A clean, new filter from any value (a page's property, an event's detail): facets that are not arrays become
 * empty, non-string ids and unknown kinds are left out, a query that is not a string becomes ''. The result
 * shares no array with the input, so it is also the way to copy a filter.
 */
export function cleanFilter(value: Partial<FilterState> | undefined): FilterState {
  return {
    specialisms: strings(value?.specialisms),
    kinds: strings(value?.kinds).filter(isNodeKind),
    phases: strings(value?.phases),
    municipalities: strings(value?.municipalities),
    query: typeof value?.query === 'string' ? value.query : '',
  };
}

/** True when two clean filters are equal: the same ids in the same order, and the same query. */
export function sameFilter(a: FilterState, b: FilterState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when no facet of the filter is set (a query of only spaces or punctuation counts as no query). */
export function isEmptyFilter(filter: Partial<FilterState> | undefined): boolean {
  if (!filter) return true;
  return FILTER_FACETS.every((facet) => (filter[facet]?.length ?? 0) === 0) && normalizeText(filter.query ?? '') === '';
}

/** How many filters are on: one per chosen id, plus one for a search text. */
export function activeFilterCount(filter: FilterState): number {
  return FILTER_FACETS.reduce((sum, facet) => sum + filter[facet].length, 0) + (filter.query.trim() ? 1 : 0);
}
