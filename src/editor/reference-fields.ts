/**
 * Which fields hold ids of other items. Patterns are pointer segments from the file's root; "*" is any
 * array index. `owner` is the number of leading segments of the object that cannot exist without the
 * reference (a relation without `from`, a source reference without `source`, a contact without its
 * organisation); without `owner`, removing the reference removes only the value.
 */
import type { CollectionKey } from './collections.js';
import { NODE_COLLECTIONS } from './collections.js';

export interface ReferenceField {
  pattern: readonly string[];
  targets: readonly CollectionKey[];
  /** Segments of the owning item that is removed together with a required reference. */
  owner?: number;
}

const RESPONSIBILITIES = ['casusregie', 'procesregie', 'operationalResponsibility', 'administrativeResponsibility'];
const WITH_SOURCES: readonly (readonly string[])[] = [
  ['escalationModel'],
  ['escalationModel', 'phases', '*'],
  ['municipalities', '*'],
  ['specialisms', '*'],
  ['organisations', '*'],
  ['contacts', '*'],
  ['meetings', '*'],
  ['interventions', '*'],
  ['relations', '*'],
  ['urgentHelp', '*'],
  // Schema 1.1: the sources inside the new structures (certainty, status, legal basis, tracks, powers, meldcode).
  ...['organisations', 'meetings', 'interventions'].flatMap((c) => [
    [c, '*', 'placementCertainty', 'phases'],
    [c, '*', 'placementCertainty', 'tracks'],
    [c, '*', 'status'],
  ]),
  ['relations', '*', 'certainty'],
  ['escalationModel', 'tracks', '*'],
  ['escalationModel', 'tracks', '*', 'certainty'],
  ['powers', '*'],
  ['powers', '*', 'legalBasis'],
  ['powers', '*', 'links', '*'],
  ['powers', '*', 'links', '*', 'certainty'],
  ['powers', '*', 'certainty'],
  ['powers', '*', 'status'],
  ['meldcode'],
  ['meldcode', 'legalBasis'],
  ['meldcode', 'steps', '*'],
  ['meldcode', 'steps', '*', 'certainty'],
  ['meldcode', 'steps', '*', 'turnTo', '*'],
  ['meldcode', 'steps', '*', 'turnTo', '*', 'certainty'],
];

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { pattern: ['organisations', '*', 'parent'], targets: ['organisations'] },
  { pattern: ['organisations', '*', 'municipalities', '*'], targets: ['municipalities'] },
  { pattern: ['organisations', '*', 'specialisms', '*'], targets: ['specialisms'] },
  { pattern: ['organisations', '*', 'phases', '*'], targets: ['phases'] },
  { pattern: ['contacts', '*', 'organisation'], targets: ['organisations'], owner: 2 },
  { pattern: ['contacts', '*', 'specialisms', '*'], targets: ['specialisms'] },
  { pattern: ['contacts', '*', 'municipalities', '*'], targets: ['municipalities'] },
  { pattern: ['meetings', '*', 'phases', '*'], targets: ['phases'] },
  { pattern: ['meetings', '*', 'chair', 'organisations', '*'], targets: ['organisations'] },
  { pattern: ['meetings', '*', 'members', '*'], targets: ['organisations'] },
  { pattern: ['meetings', '*', 'specialisms', '*'], targets: ['specialisms'] },
  { pattern: ['meetings', '*', 'municipalities', '*'], targets: ['municipalities'] },
  { pattern: ['interventions', '*', 'providers', '*'], targets: ['organisations'] },
  { pattern: ['interventions', '*', 'specialisms', '*'], targets: ['specialisms'] },
  { pattern: ['interventions', '*', 'phases', '*'], targets: ['phases'] },
  { pattern: ['interventions', '*', 'municipalities', '*'], targets: ['municipalities'] },
  ...['organisations', 'meetings', 'interventions'].map((c) => ({
    pattern: [c, '*', 'access', '*', 'via'],
    targets: ['organisations', 'meetings'] as CollectionKey[],
  })),
  ...RESPONSIBILITIES.map((r) => ({
    pattern: ['escalationModel', 'phases', '*', r, 'organisations', '*'],
    targets: ['organisations'] as CollectionKey[],
  })),
  // Schema 1.1: who may, asks, decides or receives a power; whom a meldcode step turns to (the contact goes with it).
  ...['holders', 'requestedBy', 'decidedBy', 'addressedTo'].map((r) => ({
    pattern: ['powers', '*', r, 'organisations', '*'],
    targets: ['organisations'] as CollectionKey[],
  })),
  { pattern: ['meldcode', 'steps', '*', 'turnTo', '*', 'organisation'], targets: ['organisations'], owner: 5 },
  // A link to a deleted power goes with it; a deleted track is taken off what was on it.
  { pattern: ['powers', '*', 'links', '*', 'power'], targets: ['powers'], owner: 4 },
  ...['organisations', 'meetings', 'interventions'].map((c) => ({ pattern: [c, '*', 'tracks', '*'], targets: ['tracks'] as CollectionKey[] })),
  // A help line stays when its organisation goes: only the link to it is removed.
  { pattern: ['urgentHelp', '*', 'organisation'], targets: ['organisations'] },
  { pattern: ['relations', '*', 'from'], targets: NODE_COLLECTIONS, owner: 2 },
  { pattern: ['relations', '*', 'to'], targets: NODE_COLLECTIONS, owner: 2 },
  ...WITH_SOURCES.map((base) => ({
    pattern: [...base, 'sources', '*', 'source'],
    targets: ['sources'] as CollectionKey[],
    owner: base.length + 2,
  })),
];

/** The reference field a form field (object + property) corresponds to: what its picker may offer. */
export function referenceTargetsFor(objectName: string, field: string): readonly CollectionKey[] | undefined {
  const table: Record<string, Record<string, readonly CollectionKey[]>> = {
    organisation: { parent: ['organisations'], municipalities: ['municipalities'], specialisms: ['specialisms'], phases: ['phases'], tracks: ['tracks'] },
    contact: { organisation: ['organisations'], specialisms: ['specialisms'], municipalities: ['municipalities'] },
    meeting: { phases: ['phases'], tracks: ['tracks'], members: ['organisations'], specialisms: ['specialisms'], municipalities: ['municipalities'] },
    intervention: { providers: ['organisations'], specialisms: ['specialisms'], phases: ['phases'], tracks: ['tracks'], municipalities: ['municipalities'] },
    responsibility: { organisations: ['organisations'] },
    accessRoute: { via: ['organisations', 'meetings'] },
    relation: { from: NODE_COLLECTIONS, to: NODE_COLLECTIONS },
    sourceRefsItem: { source: ['sources'] },
    urgentHelpLine: { organisation: ['organisations'] },
    powerLink: { power: ['powers'] },
    meldcodeContact: { organisation: ['organisations'] },
  };
  return table[objectName]?.[field];
}
