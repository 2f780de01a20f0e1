// Shared fixtures for the graph tests: the schema example and whatever data/*.json files exist.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GiaNetwork } from '../../../src/model/types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function loadJson<T = GiaNetwork>(relativePath: string): T {
  return JSON.parse(readFileSync(root + relativePath, 'utf8')) as T;
}

export function minimalNetwork(): GiaNetwork {
  return loadJson('schema/examples/minimal.json');
}

/** data/*.json files present right now (others may still be writing them): [name, network]. */
export function dataNetworks(): Array<[string, GiaNetwork]> {
  const dir = root + 'data';
  if (!existsSync(dir)) return [];
  const out: Array<[string, GiaNetwork]> = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const data = loadJson<GiaNetwork>(`data/${name}`);
      if (data && typeof data === 'object' && Array.isArray(data.organisations)) out.push([name, data]);
    } catch {
      // A file that is being written may be incomplete: skip it.
    }
  }
  return out;
}

/** Every string value anywhere in a JSON-like value. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) allStrings(item, out);
  return out;
}
