import { readFileSync } from 'node:fs';
import type { GiaNetwork } from '../../../src/model/types.js';

/** A fresh copy of the Zuid-Limburg example network. */
export function zuidLimburg(): GiaNetwork {
  return JSON.parse(readFileSync(new URL('../../../data/zuid-limburg.json', import.meta.url), 'utf8')) as GiaNetwork;
}

/** A Map-backed stand-in for localStorage. */
export class MemoryStorage {
  private map = new Map<string, string>();
  failWrites = false;
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}
