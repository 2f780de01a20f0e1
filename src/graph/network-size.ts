/**
 * How many nodes a network will give, counted from its lists without building the graph (items without
 * an id or with a duplicate id are counted too: an upper bound). Lets the map decide, before the work,
 * whether to build the graph in one task or in several.
 */
import type { Mode } from './types.js';

function length(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

export function estimateNodeCount(network: unknown, mode: Mode): number {
  if (typeof network !== 'object' || network === null) return 0;
  const n = network as Record<string, unknown>;
  const escalation = n.escalationModel;
  const phases = typeof escalation === 'object' && escalation !== null ? length((escalation as Record<string, unknown>).phases) : 0;
  return (
    phases +
    length(n.specialisms) +
    length(n.organisations) +
    length(n.meetings) +
    length(n.interventions) +
    (mode === 'professional' ? length(n.contacts) : 0)
  );
}

/** How many relations a network lists (the largest list a file can have besides its nodes). */
export function relationCount(network: unknown): number {
  return typeof network === 'object' && network !== null ? length((network as Record<string, unknown>).relations) : 0;
}
