/**
 * "Wie mag wat?": the chain around one power (bevoegdheid) or one meldcode step, read from the network's
 * `powers` and `meldcode` (schema 1.1). Pure: the panel renders it, the map and the list highlight its
 * organisations.
 *
 * A power's chain is the power itself with the powers that lead to it (or that it requires) before it and the
 * powers it leads to after it, each once, in that order. Every step says who holds the power, who may ask for it,
 * to whom it is addressed and who decides, as the data gives them; nothing is filled in from elsewhere. A step
 * or role the data marks `inferred` stays marked, with the reasoning.
 */
import type { Certainty, GiaNetwork, Id, MeldcodeStep, Power, Responsibility } from '../model/types.js';

export type ChainRoleName = 'holders' | 'requestedBy' | 'addressedTo' | 'decidedBy';

/** The order in which a step's roles are read: who holds it, who may ask, to whom, who decides. */
export const CHAIN_ROLES: readonly ChainRoleName[] = ['holders', 'requestedBy', 'addressedTo', 'decidedBy'];

export interface ChainRole {
  role: ChainRoleName;
  description?: string;
  /** Ids of organisations on the map (unknown ids are left out). */
  organisations: Id[];
}

export interface PowerChainStep {
  power: Power;
  /** How this step relates to the chosen power: the chosen one itself, before it, or after it. */
  position: 'before' | 'chosen' | 'after';
  roles: ChainRole[];
  /** The power's certainty is `inferred` (the editors' reading, not the source's words). */
  inferred: boolean;
  reasoning?: string;
}

export interface MeldcodeChainEntry {
  order: number;
  who: 'own-aandachtsfunctionaris' | 'organisation' | 'other';
  organisation?: Id;
  description?: string;
  sectors: string[];
  inferred: boolean;
  reasoning?: string;
}

export interface MeldcodeChain {
  step: MeldcodeStep;
  turnTo: MeldcodeChainEntry[];
  inferred: boolean;
  reasoning?: string;
}

/** A power or a meldcode step, as the "Wie mag wat?" picker offers them. */
export type ChainChoice = { kind: 'power'; id: Id } | { kind: 'meldcode'; step: number };

/** A picked chain as the map and the list hold it: the choice and the organisations it names (highlighted). */
export interface ChainHighlight {
  choice: ChainChoice;
  organisations: ReadonlySet<Id>;
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

function inferred(certainty: Certainty | undefined): { inferred: boolean; reasoning?: string } {
  return certainty?.level === 'inferred' ? { inferred: true, ...(certainty.reasoning ? { reasoning: certainty.reasoning } : {}) } : { inferred: false };
}

function organisationIds(network: GiaNetwork): Set<Id> {
  return new Set(list(network.organisations).map((o) => o.id));
}

function role(name: ChainRoleName, value: Responsibility | undefined, known: Set<Id>): ChainRole | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const organisations = list(value.organisations).filter((id) => known.has(id));
  if (organisations.length === 0 && !value.description) return undefined;
  return { role: name, ...(value.description ? { description: value.description } : {}), organisations };
}

function stepOf(power: Power, position: PowerChainStep['position'], known: Set<Id>): PowerChainStep {
  const roles = CHAIN_ROLES.map((name) => role(name, power[name], known)).filter((r): r is ChainRole => r !== undefined);
  return { power, position, roles, ...inferred(power.certainty) };
}

/** The chain around the power `id`; empty when the network has no such power. */
export function powerChain(network: GiaNetwork, id: Id): PowerChainStep[] {
  const powers = list(network?.powers);
  const byId = new Map(powers.map((p) => [p.id, p]));
  const chosen = byId.get(id);
  if (!chosen) return [];
  const known = organisationIds(network);
  // Edges "a comes before b": a leads-to b, or b requires a.
  const next = new Map<Id, Id[]>();
  const prev = new Map<Id, Id[]>();
  const edge = (a: Id, b: Id) => {
    if (!byId.has(a) || !byId.has(b) || a === b) return;
    next.set(a, [...(next.get(a) ?? []), b]);
    prev.set(b, [...(prev.get(b) ?? []), a]);
  };
  for (const power of powers) {
    for (const link of list(power.links)) {
      if (link.type === 'leads-to') edge(power.id, link.power);
      else if (link.type === 'requires') edge(link.power, power.id);
    }
  }
  const seen = new Set<Id>([id]);
  const walk = (from: Id, edges: Map<Id, Id[]>): Id[] => {
    const out: Id[] = [];
    let frontier = [from];
    while (frontier.length > 0) {
      const following: Id[] = [];
      for (const at of frontier) {
        for (const to of edges.get(at) ?? []) {
          if (seen.has(to)) continue;
          seen.add(to);
          out.push(to);
          following.push(to);
        }
      }
      frontier = following;
    }
    return out;
  };
  const before = walk(id, prev).reverse();
  const after = walk(id, next);
  return [
    ...before.map((p) => stepOf(byId.get(p)!, 'before', known)),
    stepOf(chosen, 'chosen', known),
    ...after.map((p) => stepOf(byId.get(p)!, 'after', known)),
  ];
}

/** Meldcode step `number` with whom to turn to, in order; undefined when the network has no such step. */
export function meldcodeChain(network: GiaNetwork, number: number): MeldcodeChain | undefined {
  const step = list(network?.meldcode?.steps).find((s) => s.number === number);
  if (!step) return undefined;
  const known = organisationIds(network);
  const turnTo = list(step.turnTo)
    .filter((c) => c.who !== 'organisation' || (c.organisation !== undefined && known.has(c.organisation)))
    .sort((a, b) => a.order - b.order)
    .map((c) => ({
      order: c.order,
      who: c.who,
      ...(c.organisation ? { organisation: c.organisation } : {}),
      ...(c.description ? { description: c.description } : {}),
      sectors: list(c.sectors),
      ...inferred(c.certainty),
    }));
  return { step, turnTo, ...inferred(step.certainty) };
}

/** Every organisation a chain names (for highlighting on the map and in the list). */
export function chainOrganisations(network: GiaNetwork, choice: ChainChoice): Set<Id> {
  const ids = new Set<Id>();
  if (choice.kind === 'power') {
    for (const step of powerChain(network, choice.id)) for (const r of step.roles) for (const id of r.organisations) ids.add(id);
  } else {
    for (const entry of meldcodeChain(network, choice.step)?.turnTo ?? []) if (entry.organisation) ids.add(entry.organisation);
  }
  return ids;
}

/** The choices the network offers: its powers (in file order) and its meldcode steps (by number). */
export function chainChoices(network: GiaNetwork): Array<ChainChoice & { name: string }> {
  const powers = list(network?.powers).map((p) => ({ kind: 'power' as const, id: p.id, name: p.name }));
  const steps = list(network?.meldcode?.steps)
    .slice()
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ kind: 'meldcode' as const, step: s.number, name: s.name ?? '' }));
  return [...powers, ...steps];
}
