/**
 * The graph the map draws: nodes and links derived from a validated network (see `derive-graph.ts`).
 * Pure data: no DOM, d3 or Lit. d3 never receives these objects (layout/ copies them).
 */
import type { Id, RelationType } from '../model/types.js';

/** Every kind of node has its own shape and icon in render/. */
export type NodeKind = 'phase' | 'organisation' | 'meeting' | 'intervention' | 'specialism' | 'contact';

export const NODE_KINDS: readonly NodeKind[] = ['phase', 'organisation', 'meeting', 'intervention', 'specialism', 'contact'];

/**
 * Link types: the network's own relation types plus the structural links that deriveGraph adds
 * from references inside entities.
 */
export type LinkType =
  | RelationType
  | 'has-specialism' // organisation/meeting/intervention/contact -> specialism
  | 'in-phase' // organisation/meeting/intervention -> phase
  | 'member-of' // organisation -> meeting (meeting.members)
  | 'chairs' // organisation -> meeting (meeting.chair.organisations)
  | 'works-at' // contact -> organisation
  | 'provided-by' // intervention -> organisation (intervention.providers)
  | 'parent' // organisation -> parent organisation
  | 'next-phase'; // phase -> next phase (the escalation ladder)

export interface GraphNode {
  /** The entity id from the network file (unique over all kinds). */
  id: Id;
  kind: NodeKind;
  /** Display label (name; for contacts in public mode the role label, never a person's name). */
  label: string;
  /** Secondary line, e.g. the organisation type or the contact's organisation. */
  subtitle?: string;
  /** Phase ids the node acts in (a phase node lists itself). */
  phases: Id[];
  /** Lowest phase order the node acts in, or undefined when it has no phase. */
  phaseOrder?: number;
  /** Track (spoor) ids the node is on, in track order (schema 1.1); absent or empty: on no track. */
  tracks?: Id[];
  /** Specialism ids (a specialism node lists itself). */
  specialisms: Id[];
  /** Municipality ids of the werkgebied; empty means the whole region. */
  municipalities: Id[];
  /** Lower-cased, accent-free text for search: name, short name, synonyms, description. */
  searchText: string;
  /** Number of links touching this node. */
  degree: number;
  /** True for fictitious example data. */
  fictitious: boolean;
  /** True when its place on the phases or tracks is the editors' inference (placementCertainty "inferred"). */
  placementInferred?: boolean;
  /** A status other than active (schema 1.1): a pilot, in preparation (in wording) or ended, as of a year or date. */
  status?: NodeStatus;
}

export interface NodeStatus {
  value: 'pilot' | 'in-preparation' | 'ended';
  /** YYYY or YYYY-MM-DD. */
  asOf?: string;
}

export interface GraphLink {
  /** Stable id: `${source}|${type}|${target}`. */
  id: string;
  source: Id;
  target: Id;
  type: LinkType;
}

/** A track (spoor) beside the escalation phases (schema 1.1): drawn as a lane in the AVE layout, not as a node. */
export interface GraphTrack {
  id: Id;
  name: string;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  /** The tracks of the escalation model, in their order (absent: none). */
  tracks?: readonly GraphTrack[];
  links: GraphLink[];
  byId: ReadonlyMap<Id, GraphNode>;
  /** Undirected adjacency: node id -> ids of its neighbours. */
  neighbours: ReadonlyMap<Id, ReadonlySet<Id>>;
}

export type Mode = 'public' | 'professional';
