// Types of compile-hints.mjs for vite.config.ts and the tests.
import type { Plugin } from 'vite';

export const COMPILE_HINT: string;
export function addCompileHints(
  files: Array<{ type: 'chunk' | 'asset'; fileName: string; code?: string; source?: string | Uint8Array; isEntry?: boolean; imports?: string[]; map?: { mappings: string } | null }>,
): string[];
export function compileHintsPlugin(): Plugin;
