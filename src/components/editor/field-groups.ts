/**
 * How the form of an item is divided into sections, by field name (fields keep the schema's order
 * within a section). Fields not listed fall into "Overig".
 */
import { PERSONAL_FIELDS } from '../../model/generated/personal-fields.js';
import { splitPointer } from '../../editor/pointer.js';

export type FieldGroup = 'basics' | 'work' | 'reach' | 'links' | 'management' | 'other';

const GROUP_OF: Record<string, FieldGroup> = {
  id: 'basics', name: 'basics', shortName: 'basics', title: 'basics', region: 'basics', type: 'basics', role: 'basics',
  roleLabel: 'basics', category: 'basics', order: 'basics', label: 'basics', from: 'basics', to: 'basics',
  organisation: 'basics', parent: 'basics', visibility: 'basics', description: 'basics', color: 'basics',
  centrumgemeente: 'basics', publisher: 'basics', date: 'basics', url: 'basics', note: 'basics', version: 'basics',
  language: 'basics', license: 'basics', maintainer: 'basics', targetGroup: 'basics', frequency: 'basics',
  tasks: 'work', powers: 'work', admissionCriteria: 'work', synonyms: 'work', membersDescription: 'work', chair: 'work',
  casusregie: 'work', procesregie: 'work', operationalResponsibility: 'work', administrativeResponsibility: 'work',
  channels: 'reach', addresses: 'reach', access: 'reach', notes: 'reach',
  municipalities: 'links', specialisms: 'links', phases: 'links', members: 'links', providers: 'links',
  reviewedAt: 'management', fictitious: 'management', sources: 'management',
};

export const GROUP_ORDER: readonly FieldGroup[] = ['basics', 'work', 'reach', 'links', 'management', 'other'];

export function groupOf(field: string): FieldGroup {
  return GROUP_OF[field] ?? 'other';
}

/** True when the field at `pointer` holds personal data (never in the public version). */
export function isPersonalField(pointer: string): boolean {
  const segments = splitPointer(pointer);
  return PERSONAL_FIELDS.some(
    (pattern) => pattern.length === segments.length && pattern.every((p, i) => p === '*' || p === segments[i]),
  );
}
