// Shared helpers for the model tests: the network files in the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GiaNetwork } from '../../../src/model/types.js';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every data/*.json and schema/examples/*.json (a glob, so new datasets are picked up). */
export function networkFiles(): string[] {
  const list = (dir: string) =>
    readdirSync(root + dir)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => `${dir}/${n}`);
  return [...list('data'), ...list('schema/examples')];
}

export function readText(relativePath: string): string {
  return readFileSync(root + relativePath, 'utf8');
}

/**
 * The minimal example as a real region's file would be: nothing in it is marked fictitious (the
 * public build leaves fictitious entries out, issue 15 item 8; these tests are about personal data).
 */
export function minimal(): GiaNetwork {
  const network = JSON.parse(readText('schema/examples/minimal.json')) as GiaNetwork;
  for (const organisation of network.organisations) delete organisation.fictitious;
  for (const contact of network.contacts ?? []) delete contact.fictitious;
  return network;
}

/** Freezes an object graph, so any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
