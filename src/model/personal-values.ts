/**
 * The personal values of a network (what its public version must not contain) and a count of what the public
 * build leaves out, both driven by the schema's annotations like the strip itself (privacy.ts).
 */
import { CONFIDENTIAL_ARRAYS, PERSONAL_FIELDS, VISIBILITY_ARRAYS } from './generated/personal-fields.js';
import { forEachAt } from './privacy.js';
import { isRecord } from './text-basics.js';
import type { GiaNetwork } from './types.js';

/** Fields whose value only says what kind of thing something is, not who or where. */
const DESCRIPTIVE_KEYS = new Set(['type', 'audience', 'label', 'hours', 'city', 'confidential', 'visibility']);

/** String leaves of a value that identify someone or something (not its type, label or city). */
function identifyingStrings(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 8) return;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed.length >= 3) into.add(trimmed);
  } else if (Array.isArray(value)) {
    value.forEach((v) => identifyingStrings(v, into, depth + 1));
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) if (!DESCRIPTIVE_KEYS.has(k)) identifyingStrings(v, into, depth + 1);
  }
}

/**
 * Every value the public version must not contain: personal fields of all contacts (names,
 * channel values, notes) and the identifying parts of confidential addresses (street, postal code).
 */
export function listPersonalValues(network: GiaNetwork): string[] {
  const values = new Set<string>();
  for (const path of PERSONAL_FIELDS) forEachAt(network, path, (parent, key) => identifyingStrings(parent[key], values));
  for (const path of CONFIDENTIAL_ARRAYS) {
    forEachAt(network, path, (parent, key) => {
      const list = parent[key];
      if (Array.isArray(list)) for (const item of list) if (isRecord(item) && item.confidential === true) identifyingStrings(item, values);
    });
  }
  return [...values];
}

/** What the public build leaves out of `network` (for a summary line). */
export function countPersonalData(network: GiaNetwork): { hiddenItems: number; personalFields: number; confidentialItems: number } {
  let hiddenItems = 0;
  let personalFields = 0;
  let confidentialItems = 0;
  for (const path of VISIBILITY_ARRAYS) {
    forEachAt(network, path, (parent, key) => {
      const list = parent[key];
      if (Array.isArray(list)) hiddenItems += list.filter((i) => isRecord(i) && i.visibility === 'professional').length;
    });
  }
  for (const path of PERSONAL_FIELDS) forEachAt(network, path, () => personalFields++);
  for (const path of CONFIDENTIAL_ARRAYS) {
    forEachAt(network, path, (parent, key) => {
      const list = parent[key];
      if (Array.isArray(list)) confidentialItems += list.filter((i) => isRecord(i) && i.confidential === true).length;
    });
  }
  return { hiddenItems, personalFields, confidentialItems };
}
