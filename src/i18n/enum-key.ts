/**
 * The message key of a schema enum value: one key per value, shared by the panels (which show it) and the editor
 * (which offers it), e.g. `enumKey('organisation', 'type', 'care')` → `orgType.care` (enums.nl.ts, links.nl.ts).
 * Fields without a shared list keep their editor key, `editor.enum.<object>.<field>.<value>` (editor.nl.ts).
 */
const SHARED: Readonly<Record<string, string>> = {
  'organisation.type': 'orgType.',
  'contact.role': 'role.',
  'meeting.type': 'meetingType.',
  'intervention.type': 'interventionType.',
  'relation.type': 'link.',
  'channel.type': 'channel.',
  'accessRoute.type': 'access.',
  'certainty.level': 'certainty.',
  'status.value': 'status.',
  'power.kind': 'powerKind.',
  'powerLink.type': 'powerLink.',
  'meldcodeContact.who': 'meldcodeWho.',
};

export function enumKey(object: string, field: string, value: string): string {
  const prefix = SHARED[`${object}.${field}`];
  return prefix === undefined ? `editor.enum.${object}.${field}.${value}` : prefix + value;
}

/** Collections whose name is a node kind: one key each (`kind.<kind>`, shared with the map and list). */
const KIND_OF_COLLECTION: Readonly<Record<string, string>> = {
  organisations: 'organisation',
  contacts: 'contact',
  specialisms: 'specialism',
  meetings: 'meeting',
  interventions: 'intervention',
};

/**
 * The message key of a collection's name, e.g. `collectionKey('organisations')` → `kind.organisation`,
 * `collectionKey('phases', true)` → `editor.collection.phases.plural`.
 */
export function collectionKey(collection: string, plural = false): string {
  const kind = KIND_OF_COLLECTION[collection];
  const key = kind === undefined ? `editor.collection.${collection}` : `kind.${kind}`;
  return plural ? `${key}.plural` : key;
}
