/**
 * filterGraph: which nodes the current filter leaves visible. Pure.
 */
import type { Id } from '../model/types.js';
import { normalizeText } from './normalize-text.js';
import { searchFieldsOf } from './derive-graph.js';
import { NODE_KINDS, type GraphNode, type NetworkGraph, type NodeKind } from './types.js';
import { EMPTY_FILTER, type FilterState } from './filter-state.js';

// The filter state has its own module; these stay importable from here.
export type { FilterState } from './filter-state.js';

export interface FilterResult {
  /** Ids of the nodes that pass the filter. */
  visible: Set<Id>;
  /** Number of visible nodes per kind. */
  counts: Record<NodeKind, number>;
  /** Number of visible nodes (the sum of `counts`); `graph.nodes.length` is the total before filtering. */
  total: number;
}

/**
 * A compiled text query: every word must occur in the text (case and accents folded). When that
 * fails, the query without spaces is tried against the text without spaces, so "ouderen mishandeling"
 * finds "Ouderenmishandeling" and "veiligthuis" finds "Veilig Thuis".
 */
export interface TextQuery {
  /** Normalised query words. */
  words: string[];
  /** The normalised query without spaces. */
  compact: string;
}

export function compileQuery(query: unknown): TextQuery {
  const normalized = normalizeText(query);
  return { words: normalized === '' ? [] : normalized.split(' '), compact: normalized.replace(/ /g, '') };
}

/** True when `text` (already normalised) matches the compiled query. An empty query matches everything. */
export function matchesQuery(text: string, query: TextQuery): boolean {
  if (query.words.length === 0) return true;
  if (query.words.every((word) => text.includes(word))) return true;
  return query.words.length > 1 && text.replace(/ /g, '').includes(query.compact);
}

/** The kinds a topic search finds through their specialisms: organisations, overleggen and aanbod. */
const TOPIC_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['organisation', 'meeting', 'intervention']);

/** True when every query word starts a word of `field`, or the field without spaces starts with the query's. */
function startsWords(field: string, query: TextQuery): boolean {
  const words = field.split(' ');
  return query.words.every((word) => words.some((w) => w.startsWith(word))) || field.replace(/ /g, '').startsWith(query.compact);
}

/**
 * Topic search: the specialisms whose name or one of whose synonyms the query names (every query word
 * starts a word of it; at least three letters, so a short start of a word does not find half the network).
 * The nodes linked to these specialisms match the query too.
 */
export function topicsMatching(graph: NetworkGraph, query: TextQuery): Set<Id> {
  const topics = new Set<Id>();
  if (query.compact.length < 3) return topics;
  for (const node of graph.nodes) {
    if (node.kind !== 'specialism') continue;
    const fields = searchFieldsOf(node);
    if (fields.names.some((f) => startsWords(f, query)) || fields.synonyms.some((f) => startsWords(f, query))) topics.add(node.id);
  }
  return topics;
}

/** True when `node` works on one of the `topics` (an organisation, overleg or aanbod that lists it). */
export function worksOnTopic(node: GraphNode, topics: ReadonlySet<Id>): boolean {
  return topics.size > 0 && TOPIC_KINDS.has(node.kind) && intersects(node.specialisms, topics);
}

function intersects(values: readonly Id[], wanted: ReadonlySet<Id>): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

function idSet(value: unknown): Set<Id> {
  return new Set(Array.isArray(value) ? value.filter((v): v is Id => typeof v === 'string') : []);
}

/**
 * Facet rules (a node passes when it passes every non-empty facet):
 * - kinds: the node's kind is one of them.
 * - phase nodes are subject to the kind filter only (they are the column headers of the map).
 * - specialisms: the node has one of the chosen specialisms (a specialism node lists itself).
 * - phases: the node acts in one of the chosen phases. Specialism nodes are not tied to a phase and pass.
 * - municipalities: the node works in one of them, or has no municipalities (= the whole region).
 * - query: every word occurs in the node's searchText (case and accents folded), or (with the graph) the
 *   node is an organisation, overleg or aanbod linked to a specialism the query names (topicsMatching).
 */
export function nodePassesFilter(node: GraphNode, filter: Partial<FilterState>, graph?: NetworkGraph): boolean {
  const topics = graph ? topicsMatching(graph, compileQuery(filter.query ?? '')) : undefined;
  return makePredicate(filter, topics)(node);
}

function makePredicate(filter: Partial<FilterState>, topics: ReadonlySet<Id> = new Set()): (node: GraphNode) => boolean {
  const kinds = idSet(filter.kinds);
  const specialisms = idSet(filter.specialisms);
  const phases = idSet(filter.phases);
  const municipalities = idSet(filter.municipalities);
  const query = compileQuery(filter.query ?? '');
  return (node) => {
    if (kinds.size > 0 && !kinds.has(node.kind)) return false;
    if (node.kind === 'phase') return true;
    if (specialisms.size > 0 && !intersects(node.specialisms, specialisms)) return false;
    if (phases.size > 0 && node.kind !== 'specialism' && !intersects(node.phases, phases)) return false;
    if (municipalities.size > 0 && node.municipalities.length > 0 && !intersects(node.municipalities, municipalities)) {
      return false;
    }
    // No query: searchText (folded on first read) is not needed.
    return query.words.length === 0 || matchesQuery(node.searchText, query) || worksOnTopic(node, topics);
  };
}

/** The nodes left visible by `filter`. Never throws on a malformed filter (missing facets count as empty). */
export function filterGraph(graph: NetworkGraph, filter: Partial<FilterState> = EMPTY_FILTER): FilterResult {
  const safe = filter ?? EMPTY_FILTER;
  const passes = makePredicate(safe, topicsMatching(graph, compileQuery(safe.query ?? '')));
  const visible = new Set<Id>();
  const counts = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  for (const node of graph.nodes) {
    if (!passes(node)) continue;
    visible.add(node.id);
    counts[node.kind]++;
  }
  return { visible, counts, total: visible.size };
}
