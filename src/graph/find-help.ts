/**
 * findHelp ("Ik zoek hulp bij…"): who can help with a specialism, optionally in one municipality and
 * one phase. Pure. In public mode pass the privacy-stripped network (model/privacy.ts); contacts are
 * only returned in professional mode, and then first: an aandachtsfunctionaris or aanspreekpunt for
 * that specialism in that municipality is the fastest route.
 *
 * Matching (on the graph's nodes, so the answer agrees with the map):
 * - specialism: the node lists the specialism;
 * - municipality: the node's werkgebied includes it, or it has none (= the whole region);
 *   a contact without municipalities works in the werkgebied of its organisation;
 * - phase: the node acts in that phase (a contact acts in the phases of its organisation);
 * - audience ("voor wie"): see help-audience.ts; items only for others are left out, items for this audience
 *   come first.
 *
 * Every answer ends in how to reach someone: each item carries the channels to use (its own, else those of its
 * organisations), and the result carries the Veilig Thuis line to fall back on, with `noContact` true when
 * no item has a channel.
 */
import type { AccessRoute, ContactRole, GiaNetwork, Id } from '../model/types.js';
import type { GraphNode, Mode, NetworkGraph } from './types.js';
import { audienceFit, channelsFor, veiligThuisLines, type HelpAudience, type HelpChannel } from './help-audience.js';
import type { UrgentHelpChannel } from './urgent-help.js';

export type { HelpAudience, HelpChannel } from './help-audience.js';

export interface HelpQuery {
  specialism: Id;
  municipality?: Id;
  phase?: Id;
  /** For whom the help is sought ("voor wie"); none: everything that matches. */
  audience?: HelpAudience;
  mode: Mode;
}

/** Message keys (for the panels catalogue) that say why an item is listed. */
export type HelpReason =
  /** A contact for this specialism who works in the chosen municipality. */
  | 'help.reason.contact-municipality'
  /** A contact for this specialism who works for the whole region. */
  | 'help.reason.contact-region'
  /** A contact for this specialism (no municipality chosen). */
  | 'help.reason.contact'
  /** Works on this specialism in the chosen municipality. */
  | 'help.reason.municipality'
  /** Works on this specialism for the whole region. */
  | 'help.reason.region'
  /** Works on this specialism (no municipality chosen). */
  | 'help.reason.specialism';

export type HelpItemKind = 'organisation' | 'meeting' | 'intervention' | 'contact';

export interface HelpItem {
  id: Id;
  kind: HelpItemKind;
  /** The node's label (for contacts in professional mode the name, else the role). */
  label: string;
  node: GraphNode;
  /** How to get there: the entity's own access routes (contacts have none of their own: see `organisations`). */
  access: AccessRoute[];
  reason: HelpReason;
  /** Related organisations: a contact's employer, an intervention's providers, a meeting's chairs. */
  organisations: Id[];
  /** True for an aandachtsfunctionaris or aanspreekpunt (contacts only). */
  keyContact?: boolean;
  /** How to reach it: its own channels, else those of its organisations (for the query's audience). */
  channels: HelpChannel[];
}

export interface HelpResult {
  query: HelpQuery;
  /** Professional mode only; always empty in public mode. */
  contacts: HelpItem[];
  organisations: HelpItem[];
  meetings: HelpItem[];
  interventions: HelpItem[];
  /** Number of items over all lists. */
  total: number;
  /** True when no item has a channel: the answer must point to `fallback`. */
  noContact: boolean;
  /** Veilig Thuis (0800-2000 first): where to go when the map has no contact, or as a last step. */
  fallback: UrgentHelpChannel[];
}

const KEY_ROLES: ReadonlySet<ContactRole> = new Set<ContactRole>(['aandachtsfunctionaris', 'aanspreekpunt']);

interface EntityInfo {
  access: AccessRoute[];
  organisations: Id[];
  role?: unknown;
  channels: unknown;
}

function routes(value: unknown): AccessRoute[] {
  return Array.isArray(value)
    ? value.filter((route: unknown): route is AccessRoute => typeof route === 'object' && route !== null && typeof (route as { type?: unknown }).type === 'string')
    : [];
}

function idList(value: unknown): Id[] {
  return Array.isArray(value) ? value.filter((id): id is Id => typeof id === 'string') : [];
}

function entityIndex(network: GiaNetwork, mode: Mode): Map<Id, EntityInfo> {
  const index = new Map<Id, EntityInfo>();
  const put = (id: unknown, info: EntityInfo) => {
    if (typeof id === 'string' && !index.has(id)) index.set(id, info);
  };
  const each = (value: unknown, fn: (item: Record<string, unknown>) => void) => {
    if (Array.isArray(value)) for (const item of value as unknown[]) if (typeof item === 'object' && item !== null) fn(item as Record<string, unknown>);
  };
  const root = (typeof network === 'object' && network !== null ? network : {}) as unknown as Record<string, unknown>;
  each(root.organisations, (o) => put(o.id, { access: routes(o.access), organisations: [], channels: o.channels }));
  each(root.meetings, (m) => {
    const chair = m.chair as { organisations?: unknown } | undefined;
    put(m.id, { access: routes(m.access), organisations: idList(chair?.organisations), channels: undefined });
  });
  each(root.interventions, (i) => put(i.id, { access: routes(i.access), organisations: idList(i.providers), channels: i.channels }));
  if (mode === 'professional') {
    each(root.contacts, (c) =>
      put(c.id, { access: [], organisations: typeof c.organisation === 'string' ? [c.organisation] : [], role: c.role, channels: c.channels }),
    );
  }
  return index;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Finds who can help with `query.specialism`, ordered fastest route first. Never throws. */
export function findHelp(network: GiaNetwork, graph: NetworkGraph, query: HelpQuery): HelpResult {
  const fallback = veiligThuisLines(network);
  const result: HelpResult = { query, contacts: [], organisations: [], meetings: [], interventions: [], total: 0, noContact: true, fallback };
  const specialismNode = graph.byId.get(query.specialism);
  if (!specialismNode || specialismNode.kind !== 'specialism') return result;
  const professional = query.mode === 'professional';
  const index = entityIndex(network, query.mode);
  const audience = query.audience;
  // Contacts are for professionals: listed when no one else is asked for.
  const withContacts = professional && (audience === undefined || audience === 'professionals');
  const channelsOf = (id: Id): unknown => index.get(id)?.channels;

  type Ranked = HelpItem & { rank: number[] };
  const lists: Record<HelpItemKind, Ranked[]> = { contact: [], organisation: [], meeting: [], intervention: [] };

  for (const node of graph.nodes) {
    if (node.kind === 'phase' || node.kind === 'specialism') continue;
    if (node.kind === 'contact' && !withContacts) continue;
    if (!node.specialisms.includes(query.specialism)) continue;
    if (query.phase !== undefined && !node.phases.includes(query.phase)) continue;
    let local = false;
    if (query.municipality !== undefined) {
      if (node.municipalities.length > 0 && !node.municipalities.includes(query.municipality)) continue;
      local = node.municipalities.length > 0;
    }
    const info = index.get(node.id) ?? { access: [], organisations: [], channels: undefined };
    const isContact = node.kind === 'contact';
    const fit = isContact ? 0 : audienceFit(info.access, info.channels, audience);
    if (fit === undefined) continue;
    const keyContact = isContact && typeof info.role === 'string' && KEY_ROLES.has(info.role as ContactRole);
    const reason: HelpReason =
      query.municipality === undefined
        ? isContact
          ? 'help.reason.contact'
          : 'help.reason.specialism'
        : isContact
          ? local
            ? 'help.reason.contact-municipality'
            : 'help.reason.contact-region'
          : local
            ? 'help.reason.municipality'
            : 'help.reason.region';
    lists[node.kind].push({
      id: node.id,
      kind: node.kind,
      label: node.label,
      node,
      access: info.access,
      reason,
      organisations: info.organisations,
      ...(isContact ? { keyContact } : {}),
      channels: channelsFor(node.id, info.channels, info.organisations, channelsOf, audience),
      // Key contacts first, then help for this audience before help for everyone, then local before
      // region-wide, then the lightest phase first ("the local field is the basis"), then by label.
      rank: [keyContact ? 0 : 1, fit, local ? 0 : 1, node.phaseOrder ?? Number.MAX_SAFE_INTEGER],
    });
  }

  const finish = (items: Ranked[]): HelpItem[] =>
    items
      .sort((a, b) => {
        for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
        return compareText(a.label, b.label) || compareText(a.id, b.id);
      })
      .map(({ rank: _rank, ...item }) => item);

  result.contacts = finish(lists.contact);
  result.organisations = finish(lists.organisation);
  result.meetings = finish(lists.meeting);
  result.interventions = finish(lists.intervention);
  result.total = result.contacts.length + result.organisations.length + result.meetings.length + result.interventions.length;
  result.noContact = ![...result.contacts, ...result.organisations, ...result.meetings, ...result.interventions].some((item) => item.channels.length > 0);
  return result;
}
