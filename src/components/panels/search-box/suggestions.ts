/** Suggestions for the search box: searchNodes plus the reason it matched. Pure. */
import type { GiaNetwork } from '../../../model/types.js';
import { compileQuery, matchesQuery } from '../../../graph/filter-graph.js';
import { normalizeText } from '../../../graph/normalize-text.js';
import { searchNodes, type SearchMatch } from '../../../graph/search.js';
import type { GraphNode, Mode, NetworkGraph } from '../../../graph/types.js';
import { objectList, textList } from '../shared/panel-text.js';

export interface Suggestion {
  node: GraphNode;
  matched: SearchMatch;
  /** The synonym that matched, when `matched` is 'synonym' and it can be told. */
  synonym?: string;
}

export const MAX_SUGGESTIONS = 8;

/** The synonyms of a node the file knows (specialisms only; contact roles are not shown). */
function synonymsOf(network: GiaNetwork | undefined, node: GraphNode): string[] {
  if (node.kind === 'phase') {
    const phases = objectList<{ id?: unknown; label?: unknown }>((network?.escalationModel as { phases?: unknown } | undefined)?.phases);
    return textList([phases.find((p) => p.id === node.id)?.label]);
  }
  if (node.kind !== 'specialism' || !network) return [];
  const specialism = objectList<{ id?: unknown; synonyms?: unknown }>(network.specialisms).find((s) => s.id === node.id);
  return textList(specialism?.synonyms);
}

/**
 * Up to MAX_SUGGESTIONS suggestions for `query`. In public mode contact nodes are never suggested, even
 * when the graph has them.
 */
export function suggestionsFor(network: GiaNetwork | undefined, graph: NetworkGraph | undefined, query: string, mode: Mode): Suggestion[] {
  if (!graph || typeof query !== 'string') return [];
  const compiled = compileQuery(query);
  if (compiled.words.length === 0) return [];
  return searchNodes(graph, query, MAX_SUGGESTIONS * 3)
    .filter((result) => mode === 'professional' || result.node.kind !== 'contact')
    .slice(0, MAX_SUGGESTIONS)
    .map((result) => {
      if (result.matched !== 'synonym') return { node: result.node, matched: result.matched };
      const synonym = synonymsOf(network, result.node).find((s) => matchesQuery(normalizeText(s), compiled));
      return synonym ? { node: result.node, matched: 'synonym', synonym } : { node: result.node, matched: 'synonym' };
    });
}
