/**
 * searchNodes: ranked suggestions for the search box. Pure; case and accents are folded
 * ("ouderenmishandeling" finds "Ouderenmishandeling", "zorg en veiligheidshuis" finds
 * "Zorg- en Veiligheidshuis", "ouderen mishandeling" finds it too).
 *
 * Ranking: a name that starts with the query (whole words first) > every query word starts a word of the name >
 * the name contains the query > a synonym (same steps) > works on a topic the query names (an organisation,
 * overleg or aanbod linked to a specialism whose name or synonym matches: "ouderenmishandeling" finds
 * who works on it) > the description. Ties: shorter label first, then label, then id, so the order is stable.
 */
import { searchFieldsOf } from './derive-graph.js';
import { compileQuery, matchesQuery, topicsMatching, worksOnTopic, type TextQuery } from './filter-graph.js';
import type { GraphNode, NetworkGraph } from './types.js';

export type SearchMatch = 'name' | 'synonym' | 'topic' | 'description';

export interface SearchResult {
  node: GraphNode;
  /** Higher is better. Only the order is meaningful. */
  score: number;
  /** Which field matched best. */
  matched: SearchMatch;
}

/** Score of one normalised field against the query, 0..100 (0 = no match). */
function scoreField(field: string, query: TextQuery): number {
  if (field === '' || query.words.length === 0) return 0;
  const phrase = query.words.join(' ');
  if (field === phrase) return 100;
  if (field.startsWith(phrase + ' ')) return 95; // whole words at the start
  if (field.startsWith(phrase)) return 90;
  const compactField = field.replace(/ /g, '');
  if (query.words.length > 1 && compactField.startsWith(query.compact)) return 85;
  const fieldWords = field.split(' ');
  if (query.words.every((word) => fieldWords.some((fieldWord) => fieldWord.startsWith(word)))) return 75;
  if (field.includes(phrase)) return 60;
  if (matchesQuery(field, query)) return 50;
  return 0;
}

function bestOf(fields: readonly string[], query: TextQuery): number {
  let best = 0;
  for (const field of fields) best = Math.max(best, scoreField(field, query));
  return best;
}

/** Scores one node; undefined when it does not match. `topics`: the specialisms the query names (topicsMatching). */
export function scoreNode(node: GraphNode, query: TextQuery, topics?: ReadonlySet<string>): { score: number; matched: SearchMatch } | undefined {
  if (query.words.length === 0) return undefined;
  const fields = searchFieldsOf(node);
  const name = bestOf(fields.names, query);
  if (name > 0) return { score: 300 + name, matched: 'name' };
  const synonym = bestOf(fields.synonyms, query);
  if (synonym > 0) return { score: 200 + synonym, matched: 'synonym' };
  if (topics && worksOnTopic(node, topics)) return { score: 150 + Math.min(node.degree, 49), matched: 'topic' };
  const description = scoreField(fields.description, query);
  if (description > 0) return { score: 100 + description, matched: 'description' };
  // The words may be spread over several fields (a name word and a description word).
  if (matchesQuery(node.searchText, query)) return { score: 100, matched: 'description' };
  return undefined;
}

/** The best `limit` nodes for `query` (empty query: no results). */
export function searchNodes(graph: NetworkGraph, query: string, limit = 8): SearchResult[] {
  const compiled = compileQuery(query);
  if (compiled.words.length === 0 || !(limit > 0)) return [];
  const results: SearchResult[] = [];
  const topics = topicsMatching(graph, compiled);
  for (const node of graph.nodes) {
    const scored = scoreNode(node, compiled, topics);
    if (scored) results.push({ node, ...scored });
  }
  results.sort(
    (a, b) =>
      b.score - a.score ||
      a.node.label.length - b.node.label.length ||
      (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0) ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
  return results.slice(0, Math.floor(limit));
}
