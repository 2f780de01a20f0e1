import type { Catalogue, Message } from './lookup.js';

/**
 * A typed catalogue object (messages, and records of words such as `kind: { phase: 'fase' }`) as the flat
 * catalogue the lookup holds: `<prefix><name>` and `<prefix><record>.<member>`.
 */
export function flattenCatalogue(prefix: string, messages: object): Catalogue {
  const flat: Catalogue = {};
  for (const [name, value] of Object.entries(messages) as Array<[string, unknown]>) {
    if (typeof value === 'string' || typeof value === 'function') flat[prefix + name] = value as Message;
    else if (value && typeof value === 'object') Object.assign(flat, flattenCatalogue(`${prefix}${name}.`, value));
  }
  return flat;
}
