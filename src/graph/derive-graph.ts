/**
 * deriveGraph: a network file → the nodes and links the map draws. Pure: no DOM, d3 or Lit, and the
 * network is never mutated.
 *
 * Robust against partially invalid input (the editor shows the map while the file still has errors):
 * missing arrays, entries without an id, duplicate ids (the first one wins) and references to ids that
 * do not exist never throw; links whose endpoints are not nodes are skipped.
 *
 * Privacy: contact persons become nodes ONLY in professional mode. In public mode there are no contact
 * nodes at all and no contact data is read, so no name, role or channel of a person can end up in the
 * graph (the component also strips personal data before calling this, see model/privacy.ts).
 */
import type {
  Contact,
  ContactRole,
  GiaNetwork,
  Id,
  Intervention,
  Meeting,
  Organisation,
  Phase,
  RelationType,
  Specialism,
  Track,
} from '../model/types.js';
import { normalizeText } from './normalize-text.js';
import { NODE_KINDS, type GraphLink, type GraphNode, type LinkType, type Mode, type NetworkGraph, type NodeKind, type NodeStatus } from './types.js';

export { normalizeText } from './normalize-text.js';

export interface DeriveGraphOptions {
  /** 'public' (default, the safe choice): no contact nodes. 'professional': contacts become nodes. */
  mode?: Mode;
}

/** Dutch names of contact roles, used for contact labels when the file gives no roleLabel. */
export const CONTACT_ROLE_NAMES: Readonly<Record<ContactRole, string>> = {
  aandachtsfunctionaris: 'Aandachtsfunctionaris',
  aanspreekpunt: 'Aanspreekpunt',
  'network-contact': 'Netwerkcontactpersoon',
  liaison: 'Verbindingspersoon',
  ervaringsdeskundige: 'Ervaringsdeskundige',
  procesregisseur: 'Procesregisseur',
  gedragsdeskundige: 'Gedragsdeskundige',
  'school-contact': 'Contactpersoon school',
  other: 'Contactpersoon',
};

const RELATION_TYPES: ReadonlySet<string> = new Set<RelationType>([
  'refers-to',
  'escalates-to',
  'collaborates-with',
  'part-of',
  'participates-in',
  'provides',
  'funds',
  'advises',
]);

/**
 * The separately normalised search fields of a node, so search can tell a name match from a synonym
 * or description match. Kept in a side table keyed by the node object (nothing extra is written on
 * the node itself).
 */
export interface NodeSearchFields {
  /** Normalised label and short name. */
  names: string[];
  /** Normalised synonyms, role names and other secondary names. */
  synonyms: string[];
  /** Normalised description (and for phases the phase label). */
  description: string;
}

const searchFieldsByNode = new WeakMap<GraphNode, NodeSearchFields>();

/**
 * The search fields of a node made by deriveGraph. For a node made elsewhere (a copy), they are
 * reconstructed from label and searchText.
 */
export function searchFieldsOf(node: GraphNode): NodeSearchFields {
  const known = searchFieldsByNode.get(node);
  if (known) return known;
  const draft = draftOf.get(node);
  if (draft) {
    const fields = draft.fields();
    searchFieldsByNode.set(node, fields);
    return fields;
  }
  return (
    {
      names: [normalizeText(node.label)],
      synonyms: [],
      description: node.searchText,
    }
  );
}

// ---------------------------------------------------------------------------------------------
// Defensive readers: the input may be partially invalid.

type Loose<T> = { [K in keyof T]?: unknown };

function list<T>(value: unknown): Array<Loose<T>> {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Loose<T> => typeof item === 'object' && item !== null && !Array.isArray(item));
}

/** `{ placementInferred: true }` when the place on the phases or tracks is inferred (schema 1.1), else nothing. */
function inferredPlacement(value: unknown): { placementInferred?: true } {
  if (typeof value !== 'object' || value === null) return {};
  const level = (part: unknown) => (typeof part === 'object' && part !== null ? (part as { level?: unknown }).level : undefined);
  const c = value as { phases?: unknown; tracks?: unknown };
  return level(c.phases) === 'inferred' || level(c.tracks) === 'inferred' ? { placementInferred: true } : {};
}

/** `{ status }` for a pilot, a body in preparation or an ended one (schema 1.1); nothing for active or none. */
function statusOf(value: unknown): { status?: NodeStatus } {
  if (typeof value !== 'object' || value === null) return {};
  const { value: kind, asOf } = value as { value?: unknown; asOf?: unknown };
  if (kind !== 'pilot' && kind !== 'in-preparation' && kind !== 'ended') return {};
  return { status: { value: kind, ...(typeof asOf === 'string' && asOf !== '' ? { asOf } : {}) } };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function ids(value: unknown): Id[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const out: Id[] = [];
  // Short lists (nearly all) are checked for repeats by scanning; a Set only pays off for long ones.
  const seen = value.length > 16 ? new Set<Id>() : undefined;
  for (const item of value) {
    if (typeof item !== 'string' || item.length === 0) continue;
    if (seen ? seen.has(item) : out.includes(item)) continue;
    seen?.add(item);
    out.push(item);
  }
  return out;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.length > 0) : [];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function joinSearch(parts: Array<string | undefined>): string {
  return parts
    .map((part) => normalizeText(part))
    .filter((part) => part !== '')
    .join(' ');
}

// ---------------------------------------------------------------------------------------------

/**
 * A node before its search text: the texts to fold are kept as functions and folded on first use
 * (search and filters ask for them; drawing the map never does).
 */
interface Draft {
  node: Omit<GraphNode, 'searchText'>;
  text: () => Array<string | undefined>;
  fields: () => NodeSearchFields;
  /** The folded search text, once read (or set). */
  searchText?: string;
}

/** The draft of each node made here (one side table: its texts to fold and, once read or set, its search text). */
const draftOf = new WeakMap<object, Draft>();

/**
 * `searchText` of every node: folded on first read. One getter and setter for all nodes, so the nodes share
 * their hidden classes (an accessor made per node gives every node a class of its own, and every function
 * that reads nodes then meets hundreds of them).
 */
const SEARCH_TEXT: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): string {
    const draft = draftOf.get(this);
    if (!draft) return '';
    return (draft.searchText ??= joinSearch(draft.text()));
  },
  set(this: object, value: string): void {
    const draft = draftOf.get(this);
    if (draft) draft.searchText = value;
  },
};

/** Derives the nodes and links of the map from a (validated, or partially invalid) network. */
export function deriveGraph(network: GiaNetwork, options: DeriveGraphOptions = {}): NetworkGraph {
  const steps = deriveGraphSteps(network, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** deriveGraphSteps adds the links of at most this many relations in one step (a few milliseconds). */
export const RELATIONS_PER_STEP = 5000;
/** deriveGraphSteps makes at most this many nodes in one step (cold code: a few milliseconds). */
export const NODES_PER_STEP = 250;

/**
 * deriveGraph in steps (nodes, NODES_PER_STEP at a time; links, the relations RELATIONS_PER_STEP at a time;
 * degrees and neighbours): each
 * `next()` does one, the last returns the graph. A caller with a large network can run them in separate tasks.
 */
export function* deriveGraphSteps(network: GiaNetwork, options: DeriveGraphOptions = {}): Generator<void, NetworkGraph, void> {
  const mode: Mode = options.mode === 'professional' ? 'professional' : 'public';
  const root = (typeof network === 'object' && network !== null ? network : {}) as Loose<GiaNetwork>;
  const escalation = (typeof root.escalationModel === 'object' && root.escalationModel !== null
    ? root.escalationModel
    : {}) as Loose<GiaNetwork['escalationModel']>;

  const taken = new Set<Id>();
  const drafts = new Map<NodeKind, GraphNode[]>(NODE_KINDS.map((kind) => [kind, []]));
  const claim = (id: unknown): id is Id => {
    if (typeof id !== 'string' || id.length === 0 || taken.has(id)) return false;
    taken.add(id);
    return true;
  };
  let made = 0;
  /** Adds a node; true when a step's worth of nodes is made (the caller yields). */
  const add = (kind: NodeKind, draft: Draft): boolean => {
    const node = Object.defineProperty(draft.node, 'searchText', SEARCH_TEXT) as GraphNode;
    draftOf.set(node, draft);
    drafts.get(kind)!.push(node);
    return ++made % NODES_PER_STEP === 0;
  };

  // Phases first: other nodes need their order.
  const phases = list<Phase>(escalation.phases)
    .filter((phase) => typeof phase.id === 'string' && phase.id.length > 0)
    .map((phase, index) => ({
      phase,
      order: typeof phase.order === 'number' && Number.isFinite(phase.order) ? phase.order : Number.MAX_SAFE_INTEGER,
      index,
    }))
    .sort((a, b) => a.order - b.order || compareIds(String(a.phase.id), String(b.phase.id)) || a.index - b.index);
  const phaseOrder = new Map<Id, number>();
  const phaseNodeIds: Id[] = [];
  for (const { phase, order } of phases) {
    if (!claim(phase.id)) continue;
    const name = str(phase.name) ?? phase.id;
    const label = str(phase.label);
    phaseOrder.set(phase.id, order);
    phaseNodeIds.push(phase.id);
    add('phase', {
      node: {
        id: phase.id,
        kind: 'phase',
        label: name,
        ...(label ? { subtitle: label } : {}),
        phases: [phase.id],
        ...(order !== Number.MAX_SAFE_INTEGER ? { phaseOrder: order } : {}),
        specialisms: [],
        municipalities: [],
        degree: 0,
        fictitious: false,
      },
      text: () => [name, label, str(phase.description)],
      fields: () => ({
        names: [normalizeText(name)],
        synonyms: label ? [normalizeText(label)] : [],
        description: normalizeText(str(phase.description)),
      }),
    });
  }

  const phasesOf = (value: unknown): { phases: Id[]; phaseOrder?: number } => {
    const own = ids(value).filter((id) => phaseOrder.has(id));
    own.sort((a, b) => phaseOrder.get(a)! - phaseOrder.get(b)! || compareIds(a, b));
    const first = own[0];
    const order = first === undefined ? undefined : phaseOrder.get(first);
    return order === undefined || order === Number.MAX_SAFE_INTEGER ? { phases: own } : { phases: own, phaseOrder: order };
  };

  // Tracks (schema 1.1): not nodes, but the lanes of the AVE layout; nodes list the ones they are on.
  const tracks = list<Track>(escalation.tracks)
    .filter((track) => typeof track.id === 'string' && track.id.length > 0)
    .map((track, index) => ({ track, order: typeof track.order === 'number' && Number.isFinite(track.order) ? track.order : Infinity, index }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .filter(({ track }, i, all) => all.findIndex((other) => other.track.id === track.id) === i)
    .map(({ track }) => ({ id: track.id as Id, name: str(track.name) ?? (track.id as Id) }));
  const trackRank = new Map(tracks.map((track, i) => [track.id, i]));
  const tracksOf = (value: unknown): { tracks?: Id[] } => {
    const own = ids(value).filter((id) => trackRank.has(id));
    own.sort((a, b) => trackRank.get(a)! - trackRank.get(b)!);
    return own.length > 0 ? { tracks: own } : {};
  };

  // Specialisms.
  for (const specialism of list<Specialism>(root.specialisms)) {
    if (!claim(specialism.id)) continue;
    const name = str(specialism.name) ?? specialism.id;
    const synonyms = strings(specialism.synonyms);
    const description = str(specialism.description);
    const due = add('specialism', {
      node: {
        id: specialism.id,
        kind: 'specialism',
        label: name,
        phases: [],
        specialisms: [specialism.id],
        municipalities: [],
        degree: 0,
        fictitious: false,
      },
      text: () => [name, ...synonyms, description],
      fields: () => ({
        names: [normalizeText(name)],
        synonyms: synonyms.map(normalizeText).filter(Boolean),
        description: normalizeText(description),
      }),
    });
    if (due) yield;
  }

  // Organisations.
  const organisations = list<Organisation>(root.organisations);
  const organisationById = new Map<Id, Loose<Organisation>>();
  for (const organisation of organisations) {
    if (!claim(organisation.id)) continue;
    organisationById.set(organisation.id, organisation);
    const name = str(organisation.name) ?? organisation.id;
    const shortName = str(organisation.shortName);
    const description = str(organisation.description);
    const due = add('organisation', {
      node: {
        id: organisation.id,
        kind: 'organisation',
        label: name,
        ...(shortName && shortName !== name ? { subtitle: shortName } : {}),
        ...phasesOf(organisation.phases),
        ...tracksOf(organisation.tracks),
        ...inferredPlacement(organisation.placementCertainty),
        specialisms: ids(organisation.specialisms),
        municipalities: ids(organisation.municipalities),
        degree: 0,
        fictitious: organisation.fictitious === true,
        ...statusOf(organisation.status),
      },
      text: () => [name, shortName, description],
      fields: () => ({
        names: [normalizeText(name), ...(shortName ? [normalizeText(shortName)] : [])].filter(Boolean),
        synonyms: [],
        description: normalizeText(description),
      }),
    });
    if (due) yield;
  }
  const organisationName = (id: unknown): { name?: string; shortName?: string } => {
    const organisation = typeof id === 'string' ? organisationById.get(id) : undefined;
    if (!organisation) return {};
    const name = str(organisation.name);
    const shortName = str(organisation.shortName);
    return { ...(name ? { name } : {}), ...(shortName ? { shortName } : {}) };
  };

  // Meetings.
  const meetings = list<Meeting>(root.meetings);
  for (const meeting of meetings) {
    if (!claim(meeting.id)) continue;
    const name = str(meeting.name) ?? meeting.id;
    const description = str(meeting.description);
    const due = add('meeting', {
      node: {
        id: meeting.id,
        kind: 'meeting',
        label: name,
        ...phasesOf(meeting.phases),
        ...tracksOf(meeting.tracks),
        ...inferredPlacement(meeting.placementCertainty),
        specialisms: ids(meeting.specialisms),
        municipalities: ids(meeting.municipalities),
        degree: 0,
        fictitious: false,
        ...statusOf(meeting.status),
      },
      text: () => [name, description],
      fields: () => ({ names: [normalizeText(name)], synonyms: [], description: normalizeText(description) }),
    });
    if (due) yield;
  }

  // Interventions.
  const interventions = list<Intervention>(root.interventions);
  for (const intervention of interventions) {
    if (!claim(intervention.id)) continue;
    const name = str(intervention.name) ?? intervention.id;
    const description = str(intervention.description);
    const targetGroup = str(intervention.targetGroup);
    const providers = ids(intervention.providers)
      .map((id) => organisationName(id))
      .map((org) => org.shortName ?? org.name)
      .filter((label): label is string => label !== undefined);
    const due = add('intervention', {
      node: {
        id: intervention.id,
        kind: 'intervention',
        label: name,
        ...(providers.length > 0 ? { subtitle: providers.join(', ') } : {}),
        ...phasesOf(intervention.phases),
        ...tracksOf(intervention.tracks),
        ...inferredPlacement(intervention.placementCertainty),
        specialisms: ids(intervention.specialisms),
        municipalities: ids(intervention.municipalities),
        degree: 0,
        fictitious: false,
        ...statusOf(intervention.status),
      },
      text: () => [name, description, targetGroup],
      fields: () => ({
        names: [normalizeText(name)],
        synonyms: [],
        description: joinSearch([description, targetGroup]),
      }),
    });
    if (due) yield;
  }

  // Contacts: professional mode only. Public mode reads nothing from contacts.
  const contacts = mode === 'professional' ? list<Contact>(root.contacts) : [];
  for (const contact of contacts) {
    if (!claim(contact.id)) continue;
    const roleName =
      typeof contact.role === 'string' && contact.role in CONTACT_ROLE_NAMES
        ? CONTACT_ROLE_NAMES[contact.role as ContactRole]
        : CONTACT_ROLE_NAMES.other;
    const role = str(contact.roleLabel) ?? roleName;
    const organisation = organisationName(contact.organisation);
    const organisationLabel = organisation.shortName ?? organisation.name;
    const roleAtOrganisation = organisationLabel ? `${role} ${organisationLabel}` : role;
    const personName = str(contact.name);
    const employer = typeof contact.organisation === 'string' ? organisationById.get(contact.organisation) : undefined;
    const ownMunicipalities = ids(contact.municipalities);
    const due = add('contact', {
      node: {
        id: contact.id,
        kind: 'contact',
        label: personName ?? roleAtOrganisation,
        ...(personName ? { subtitle: roleAtOrganisation } : organisation.name ? { subtitle: organisation.name } : {}),
        // A contact acts where its organisation acts.
        ...phasesOf(employer?.phases),
        ...tracksOf(employer?.tracks),
        specialisms: ids(contact.specialisms),
        municipalities: ownMunicipalities.length > 0 ? ownMunicipalities : ids(employer?.municipalities),
        degree: 0,
        fictitious: contact.fictitious === true,
      },
      text: () => [personName, role, roleName !== role ? roleName : undefined, organisation.name, organisation.shortName],
      fields: () => ({
        names: [normalizeText(personName ?? roleAtOrganisation)],
        synonyms: [role, roleName, organisation.name, organisation.shortName].map(normalizeText).filter(Boolean),
        description: '',
      }),
    });
    if (due) yield;
  }

  // Node order: phases by order, then the other kinds in NODE_KINDS order, each sorted by id.
  const nodes: GraphNode[] = [];
  for (const kind of NODE_KINDS) {
    const ofKind = [...drafts.get(kind)!];
    if (kind !== 'phase') ofKind.sort((a, b) => compareIds(a.id, b.id));
    nodes.push(...ofKind);
  }
  const byId = new Map<Id, GraphNode>(nodes.map((node) => [node.id, node]));

  yield;

  // Links.
  const links: GraphLink[] = [];
  const linkIds = new Set<string>();
  const link = (source: unknown, target: unknown, type: LinkType) => {
    if (typeof source !== 'string' || typeof target !== 'string' || source === target) return;
    if (!byId.has(source) || !byId.has(target)) return;
    const id = `${source}|${type}|${target}`;
    if (linkIds.has(id)) return;
    linkIds.add(id);
    links.push({ id, source, target, type });
  };

  for (let i = 1; i < phaseNodeIds.length; i++) link(phaseNodeIds[i - 1], phaseNodeIds[i], 'next-phase');
  const structural = (entity: Loose<Organisation | Meeting | Intervention>) => {
    for (const specialism of ids(entity.specialisms)) link(entity.id, specialism, 'has-specialism');
    for (const phase of ids(entity.phases)) link(entity.id, phase, 'in-phase');
  };
  for (const organisation of organisations) {
    structural(organisation);
    link(organisation.id, organisation.parent, 'parent');
  }
  for (const meeting of meetings) {
    structural(meeting);
    for (const member of ids(meeting.members)) link(member, meeting.id, 'member-of');
    const chair = meeting.chair as Loose<{ organisations: Id[] }> | undefined;
    if (typeof chair === 'object' && chair !== null) {
      for (const organisation of ids(chair.organisations)) link(organisation, meeting.id, 'chairs');
    }
  }
  for (const intervention of interventions) {
    structural(intervention);
    for (const provider of ids(intervention.providers)) link(intervention.id, provider, 'provided-by');
  }
  for (const contact of contacts) {
    for (const specialism of ids(contact.specialisms)) link(contact.id, specialism, 'has-specialism');
    link(contact.id, contact.organisation, 'works-at');
  }
  let sinceYield = 0;
  for (const relation of list<{ from: Id; to: Id; type: RelationType }>(root.relations)) {
    // Many relations (a file can repeat the same pair thousands of times): a step every RELATIONS_PER_STEP.
    if (++sinceYield > RELATIONS_PER_STEP) {
      sinceYield = 1;
      yield;
    }
    if (typeof relation.type === 'string' && RELATION_TYPES.has(relation.type)) {
      // "part-of" says what `parent` already says: draw that pair once.
      const { from, to } = relation;
      if (relation.type === 'part-of' && typeof from === 'string' && typeof to === 'string' && linkIds.has(`${from}|parent|${to}`)) continue;
      link(relation.from, relation.to, relation.type as RelationType);
    }
  }

  yield;

  // Degree and undirected adjacency. Links are unique by (source, type, target); two links of
  // different types between the same nodes both count towards the degree.
  const neighbours = new Map<Id, Set<Id>>(nodes.map((node) => [node.id, new Set<Id>()]));
  for (const { source, target } of links) {
    byId.get(source)!.degree++;
    byId.get(target)!.degree++;
    neighbours.get(source)!.add(target);
    neighbours.get(target)!.add(source);
  }

  return { nodes, links, byId, neighbours, ...(tracks.length > 0 ? { tracks } : {}) };
}
