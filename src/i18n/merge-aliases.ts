// merge-aliases: the lead renames callers and deletes this.
// Old message keys that are still used under src/components/map/** and src/components/editor/** (rewritten by
// other helpers at the same time), mapped to the one key that now holds the text. `msg` and `hasMsg` try the alias
// when a key has no message of its own. Once those callers use the new keys, delete this file and its import in
// ./lookup.ts.

/** Old key → new key. */
const KEYS: Readonly<Record<string, string>> = {
  'map.clearFilters': 'filter.clear',
  'map.noResults': 'filter.noResults',
  'map.selected': 'state.selected',
  'map.fictitious': 'state.fictitious',
  'toolbar.legend': 'legend.heading',
  'details.neighbours': 'details.related',
  'keys.close': 'action.close',
  'editor.collection.organisations': 'kind.organisation',
  'editor.collection.organisations.plural': 'kind.organisation.plural',
  'editor.collection.contacts': 'kind.contact',
  'editor.collection.contacts.plural': 'kind.contact.plural',
  'editor.collection.specialisms': 'kind.specialism',
  'editor.collection.specialisms.plural': 'kind.specialism.plural',
  'editor.collection.meetings': 'kind.meeting',
  'editor.collection.meetings.plural': 'kind.meeting.plural',
  'editor.collection.interventions': 'kind.intervention',
  'editor.collection.interventions.plural': 'kind.intervention.plural',
};

/** Old key prefix → new key prefix (the editor builds `editor.enum.<object>.<field>.<value>`; callers use `enumKey` of ./enum-key.ts). */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['editor.enum.organisation.type.', 'orgType.'],
  ['editor.enum.contact.role.', 'role.'],
  ['editor.enum.meeting.type.', 'meetingType.'],
  ['editor.enum.intervention.type.', 'interventionType.'],
  ['editor.enum.relation.type.', 'link.'],
  ['editor.enum.channel.type.', 'channel.'],
  ['editor.enum.accessRoute.type.', 'access.'],
];

/** The key that now holds the message of the old `key`, or undefined when `key` is not an old key. */
export function aliasOf(key: string): string | undefined {
  const direct = KEYS[key];
  if (direct !== undefined) return direct;
  for (const [from, to] of PREFIXES) if (key.startsWith(from)) return to + key.slice(from.length);
  return undefined;
}
