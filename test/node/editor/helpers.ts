import { readFileSync } from 'node:fs';
import type { GiaNetwork } from '../../../src/model/types.js';

/** A fresh copy of the Zuid-Limburg example network. */
export function zuidLimburg(): GiaNetwork {
  return JSON.parse(readFileSync(new URL('../../../data/zuid-limburg.json', import.meta.url), 'utf8')) as GiaNetwork;
}

export { MemoryStorage } from '../../support/memory-storage.js';
