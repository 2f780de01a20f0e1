/**
 * Network → text: 2-space JSON, trailing newline. Keys in the schema's order (so diffs stay small), or,
 * with `keyOrderFrom` (the network as it was opened), in the order the file had: keys the file had keep
 * their place, new keys go right after the schema key before them, so a first save reorders nothing.
 */
import { PROPERTY_NAMES } from './generated/property-names.js';
import { isRecord } from './text.js';

export interface SerializeOptions {
  /** The network as it was read from its file: its key order wins over the schema's for every object it has. */
  keyOrderFrom?: unknown;
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The object in the reference array that matches `item`: the same `id`, else the same index. */
function matchingItem(ref: unknown, item: unknown, index: number): unknown {
  if (!Array.isArray(ref)) return undefined;
  if (isRecord(item) && typeof item.id === 'string') {
    const byId: unknown = ref.find((r) => isRecord(r) && r.id === item.id);
    if (byId !== undefined) return byId;
  }
  return ref[index];
}

/** Key order: the reference's keys first (in its order), each other key after its schema predecessor. */
function keyOrder(value: Record<string, unknown>, ref: unknown, order: readonly string[]): string[] {
  const schemaFirst = [...order.filter((k) => has(value, k)), ...Object.keys(value).filter((k) => !order.includes(k))];
  if (!isRecord(ref)) return schemaFirst;
  const keys = Object.keys(ref).filter((k) => has(value, k));
  for (const key of schemaFirst) {
    if (keys.includes(key)) continue;
    const at = order.indexOf(key);
    let after = -1;
    for (let i = at - 1; at > 0 && i >= 0 && after === -1; i--) after = keys.indexOf(order[i]!);
    if (at === -1) keys.push(key);
    else keys.splice(after + 1, 0, key);
  }
  return keys;
}

function ordered(value: unknown, pattern: string, depth: number, ref: unknown): unknown {
  if (depth > 64) return value;
  if (Array.isArray(value)) return value.map((item, i) => ordered(item, pattern + '/*', depth + 1, matchingItem(ref, item, i)));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of keyOrder(value, ref, PROPERTY_NAMES[pattern] ?? [])) {
    const v = value[key];
    if (v === undefined) continue;
    const child = isRecord(ref) && has(ref, key) ? ref[key] : undefined;
    // Defining the property keeps keys like "__proto__" as plain data.
    Object.defineProperty(out, key, { value: ordered(v, `${pattern}/${key}`, depth + 1, child), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function serializeNetwork(network: unknown, options: SerializeOptions = {}): string {
  return JSON.stringify(ordered(network, '', 0, options.keyOrderFrom), null, 2) + '\n';
}
