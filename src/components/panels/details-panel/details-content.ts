/**
 * What the details panel reads from a network for one node, defensively (the editor shows partially
 * invalid files). Pure. Privacy: contacts are read only when `mode` is 'professional'; confidential
 * addresses are never returned.
 */
import type { Address, Contact, GiaNetwork, Id, Intervention, Meeting, Organisation, Phase, Specialism } from '../../../model/types.js';
import type { GraphNode, LinkType, Mode, NetworkGraph } from '../../../graph/types.js';
import { objectList } from '../shared/panel-text.js';
import { compareNames } from '../../shared/name-order.js';

export type DetailsEntity =
  | { kind: 'organisation'; entity: Partial<Organisation> }
  | { kind: 'meeting'; entity: Partial<Meeting> }
  | { kind: 'intervention'; entity: Partial<Intervention> }
  | { kind: 'specialism'; entity: Partial<Specialism> }
  | { kind: 'phase'; entity: Partial<Phase> }
  | { kind: 'contact'; entity: Partial<Contact> };

function byId<T extends { id?: unknown }>(list: unknown, id: Id): T | undefined {
  return objectList<T>(list).find((item) => item.id === id);
}

/** The entity behind a node, or undefined (unknown id, or a contact outside professional mode). */
export function entityFor(network: GiaNetwork | undefined, node: GraphNode, mode: Mode): DetailsEntity | undefined {
  const root = (typeof network === 'object' && network !== null ? network : {}) as Partial<GiaNetwork>;
  const id = node.id;
  switch (node.kind) {
    case 'organisation': {
      const entity = byId<Partial<Organisation>>(root.organisations, id);
      return entity ? { kind: 'organisation', entity } : undefined;
    }
    case 'meeting': {
      const entity = byId<Partial<Meeting>>(root.meetings, id);
      return entity ? { kind: 'meeting', entity } : undefined;
    }
    case 'intervention': {
      const entity = byId<Partial<Intervention>>(root.interventions, id);
      return entity ? { kind: 'intervention', entity } : undefined;
    }
    case 'specialism': {
      const entity = byId<Partial<Specialism>>(root.specialisms, id);
      return entity ? { kind: 'specialism', entity } : undefined;
    }
    case 'phase': {
      const phases = (root.escalationModel as { phases?: unknown } | undefined)?.phases;
      const entity = byId<Partial<Phase>>(phases, id);
      return entity ? { kind: 'phase', entity } : undefined;
    }
    case 'contact': {
      if (mode !== 'professional') return undefined;
      const entity = byId<Partial<Contact>>(root.contacts, id);
      return entity ? { kind: 'contact', entity } : undefined;
    }
    default:
      return undefined;
  }
}

/** Contacts of an organisation: professional mode only (public mode never reads contacts). */
export function contactsOf(network: GiaNetwork | undefined, organisation: Id, mode: Mode): Array<Partial<Contact>> {
  if (mode !== 'professional' || typeof network !== 'object' || network === null) return [];
  return objectList<Partial<Contact>>(network.contacts).filter((c) => c.organisation === organisation && typeof c.id === 'string');
}

/** Meetings an organisation takes part in (as member or chair). */
export function meetingsOf(network: GiaNetwork | undefined, organisation: Id): Array<Partial<Meeting>> {
  if (typeof network !== 'object' || network === null) return [];
  return objectList<Partial<Meeting>>(network.meetings).filter((m) => {
    if (typeof m.id !== 'string') return false;
    const members = Array.isArray(m.members) ? m.members : [];
    const chairs = Array.isArray(m.chair?.organisations) ? m.chair.organisations : [];
    return members.includes(organisation) || chairs.includes(organisation);
  });
}

/** Addresses that may be shown: never a confidential one (shelters), in any mode. */
export function publicAddresses(value: unknown): Array<Partial<Address>> {
  return objectList<Partial<Address>>(value).filter((a) => a.confidential === false && typeof a.city === 'string');
}

export interface RelatedGroup {
  /** Message key `related.<type>.<out|in>`. */
  key: string;
  ids: Id[];
}

/**
 * The neighbours of a node grouped by relation and direction, in a stable order. `skip` lists
 * `<type>.<out|in>` groups shown elsewhere in the panel. In public mode contact nodes are left out
 * even when the graph has them (defence in depth).
 */
export function relatedGroups(graph: NetworkGraph | undefined, id: Id, mode: Mode, skip: ReadonlySet<string>): RelatedGroup[] {
  if (!graph) return [];
  const groups = new Map<string, Id[]>();
  const add = (type: LinkType, dir: 'out' | 'in', other: Id) => {
    if (skip.has(`${type}.${dir}`)) return;
    const node = graph.byId.get(other);
    if (!node || (mode !== 'professional' && node.kind === 'contact')) return;
    const key = `related.${type}.${dir}`;
    const list = groups.get(key) ?? [];
    if (!list.includes(other)) list.push(other);
    groups.set(key, list);
  };
  for (const link of graph.links) {
    if (link.source === id) add(link.type, 'out', link.target);
    else if (link.target === id) add(link.type, 'in', link.source);
  }
  const label = (other: Id) => graph.byId.get(other)?.label ?? other;
  return [...groups.entries()]
    .map(([key, ids]) => ({ key, ids: ids.sort((a, b) => compareNames(label(a), label(b))) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Related groups already shown in their own section, per kind of node. */
export const SHOWN_ELSEWHERE: Readonly<Record<string, ReadonlySet<string>>> = {
  organisation: new Set(['has-specialism.out', 'in-phase.out', 'parent.out', 'member-of.out', 'chairs.out', 'works-at.in']),
  meeting: new Set(['has-specialism.out', 'in-phase.out', 'member-of.in', 'chairs.in']),
  intervention: new Set(['has-specialism.out', 'in-phase.out', 'provided-by.out']),
  contact: new Set(['has-specialism.out', 'works-at.out']),
  specialism: new Set<string>(),
  phase: new Set<string>(),
};
