/**
 * How the list view groups the nodes of the network: by specialisme, by organisation or by AVE phase.
 * Pure functions of (graph, visible ids, grouping); no DOM, no Lit.
 *
 * Every visible node appears in at least one group in every grouping (the list is a full equal of the
 * map): nodes that fit no group end up in a last "rest" group. A group's heading node (the specialism,
 * organisation or phase itself) is selectable when it is visible. A group is shown only when it has
 * visible members: a visible heading node without members (e.g. a specialism whose only members are
 * contact persons, stripped in public mode) is listed as an item of one "without members" group instead,
 * so no heading ever claims an empty group ("Partnergeweld (0 onderdelen)").
 */
import type { Id } from '../../model/types.js';
import { compileQuery, filterGraph, matchesQuery, type FilterResult } from '../../graph/filter-graph.js';
import { isEmptyFilter, type FilterState } from '../../graph/filter-state.js';
import { NODE_KINDS, type GraphNode, type LinkType, type NetworkGraph, type NodeKind } from '../../graph/types.js';
import { compareNames } from '../shared/name-order.js';

export type GroupBy = 'specialism' | 'organisation' | 'phase';

export const GROUP_BYS: readonly GroupBy[] = ['specialism', 'organisation', 'phase'];

/** The grouping for any attribute value (`specialism` unless it names another one). */
export function toGroupBy(value: unknown): GroupBy {
  return GROUP_BYS.includes(value as GroupBy) ? (value as GroupBy) : 'specialism';
}

/** Key of the group that lists visible heading nodes without visible members. */
export const NO_MEMBERS_KEY = 'no-members';
/** Key of the group of visible nodes that fit no group. */
export const REST_KEY = 'rest';

export interface ListGroup {
  /** Stable key: the heading node's id, `no-members` or `rest`. */
  key: string;
  /** The node the group is about (undefined for the `no-members` and `rest` groups). */
  heading?: GraphNode;
  /** True when the heading node itself passes the filter (then it can be selected). */
  headingVisible: boolean;
  /** Visible member nodes, sorted by kind and label. */
  items: GraphNode[];
}

/** Link types that tie a node to an organisation group: its contacts, meetings, interventions and sub-organisations. */
const ORGANISATION_LINKS: ReadonlySet<LinkType> = new Set<LinkType>(['works-at', 'member-of', 'chairs', 'provided-by', 'parent']);

const KIND_ORDER = new Map<NodeKind, number>(NODE_KINDS.map((kind, index) => [kind, index]));

function byLabel(a: GraphNode, b: GraphNode): number {
  return compareNames(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Member order inside a group: kinds in NODE_KINDS order, then by label. */
export function compareItems(a: GraphNode, b: GraphNode): number {
  return (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) || byLabel(a, b);
}

/** The ids each organisation groups (contacts, meetings, interventions, sub-organisations). */
function organisationMembers(graph: NetworkGraph): Map<Id, Set<Id>> {
  const members = new Map<Id, Set<Id>>();
  const add = (organisation: Id, member: Id) => {
    if (graph.byId.get(organisation)?.kind !== 'organisation') return;
    let set = members.get(organisation);
    if (!set) members.set(organisation, (set = new Set()));
    set.add(member);
  };
  for (const link of graph.links) {
    if (!ORGANISATION_LINKS.has(link.type)) continue;
    switch (link.type) {
      case 'works-at': // contact -> organisation
      case 'provided-by': // intervention -> organisation
      case 'parent': // child organisation -> parent organisation
        add(link.target, link.source);
        break;
      case 'member-of': // organisation -> meeting
      case 'chairs':
        add(link.source, link.target);
        break;
      default:
        break;
    }
  }
  return members;
}

/**
 * The groups of the list for `groupBy`. `visible` is the set of ids that pass the filter (all nodes when
 * undefined). Never throws on an empty or partial graph.
 */
export function groupNodes(graph: NetworkGraph, visible: ReadonlySet<Id> | undefined, groupBy: GroupBy): ListGroup[] {
  const isVisible = (node: GraphNode) => visible === undefined || visible.has(node.id);
  const headingKind: NodeKind = groupBy === 'organisation' ? 'organisation' : groupBy;
  let headings = graph.nodes.filter((node) => node.kind === headingKind);
  if (groupBy !== 'phase') headings = [...headings].sort(byLabel); // phases keep their escalation order

  const orgMembers = groupBy === 'organisation' ? organisationMembers(graph) : undefined;
  const memberIds = (heading: GraphNode): ReadonlySet<Id> | undefined => orgMembers?.get(heading.id);
  const belongs = (node: GraphNode, heading: GraphNode): boolean => {
    if (node.id === heading.id) return false;
    if (groupBy === 'specialism') return node.kind !== 'specialism' && node.specialisms.includes(heading.id);
    if (groupBy === 'phase') return node.kind !== 'phase' && node.phases.includes(heading.id);
    return memberIds(heading)?.has(node.id) === true;
  };

  const placed = new Set<Id>();
  const groups: ListGroup[] = [];
  const withoutMembers: GraphNode[] = [];
  for (const heading of headings) {
    const items = graph.nodes.filter((node) => isVisible(node) && belongs(node, heading)).sort(compareItems);
    const headingVisible = isVisible(heading);
    if (items.length === 0) {
      if (headingVisible) withoutMembers.push(heading);
      continue;
    }
    if (headingVisible) placed.add(heading.id);
    for (const item of items) placed.add(item.id);
    groups.push({ key: heading.id, heading, headingVisible, items });
  }
  // A heading without members may still be a member of another group (an organisation under its parent).
  const unplaced = withoutMembers.filter((node) => !placed.has(node.id));
  for (const node of unplaced) placed.add(node.id);
  if (unplaced.length > 0) groups.push({ key: NO_MEMBERS_KEY, headingVisible: false, items: unplaced });
  const rest = graph.nodes.filter((node) => isVisible(node) && !placed.has(node.id)).sort(compareItems);
  if (rest.length > 0) groups.push({ key: REST_KEY, headingVisible: false, items: rest });
  return groups;
}

/**
 * filterGraph for the list. The map keeps the AVE phases visible under every filter (they are its
 * columns); in a list, a search for "mensenhandel" that answers "4 AVE-fases gevonden" would mislead.
 * So while a filter is set, a phase stays only when the kind filter asks for phases, the phase filter
 * names it, or the search query matches it.
 */
export function listFilterResult(graph: NetworkGraph, filter: FilterState): FilterResult {
  const result = filterGraph(graph, filter);
  if (isEmptyFilter(filter) || filter.kinds.includes('phase')) return result;
  const query = compileQuery(filter.query);
  for (const node of graph.nodes) {
    if (node.kind !== 'phase' || !result.visible.has(node.id)) continue;
    const keep = filter.phases.includes(node.id) || (query.words.length > 0 && matchesQuery(node.searchText, query));
    if (keep) continue;
    result.visible.delete(node.id);
    result.counts.phase--;
    result.total--;
  }
  return result;
}
