/**
 * Network → text: 2-space JSON, keys in the schema's order (so diffs stay small), trailing newline.
 */
import { PROPERTY_NAMES } from './generated/property-names.js';
import { isRecord } from './text.js';

function ordered(value: unknown, pattern: string, depth: number): unknown {
  if (depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => ordered(item, pattern + '/*', depth + 1));
  if (!isRecord(value)) return value;
  const order = PROPERTY_NAMES[pattern] ?? [];
  const keys = Object.keys(value);
  const known = order.filter((k) => Object.prototype.hasOwnProperty.call(value, k));
  const rest = keys.filter((k) => !order.includes(k));
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    const v = value[key];
    if (v === undefined) continue;
    // Defining the property keeps keys like "__proto__" as plain data.
    Object.defineProperty(out, key, { value: ordered(v, `${pattern}/${key}`, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function serializeNetwork(network: unknown): string {
  return JSON.stringify(ordered(network, '', 0), null, 2) + '\n';
}
