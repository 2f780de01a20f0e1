// Types of force-quadtree.mjs for the tests.
import type { Plugin } from 'vite';

export const FORCE_QUADTREE_METHODS: readonly string[];
export function trimQuadtree(code: string, keep?: readonly string[]): string;
export function forceQuadtreePlugin(): Plugin;
