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
};

export function enumKey(object: string, field: string, value: string): string {
  const prefix = SHARED[`${object}.${field}`];
  return prefix === undefined ? `editor.enum.${object}.${field}.${value}` : prefix + value;
}
