import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FORCE_QUADTREE_METHODS, trimQuadtree } from '../../../scripts/force-quadtree.mjs';

const source = readFileSync(new URL(import.meta.resolve('d3-quadtree')), 'utf8');

/** The trimmed copy as a module of its own. */
async function trimmedModule(): Promise<typeof import('d3-quadtree')> {
  const file = join(mkdtempSync(join(tmpdir(), 'force-quadtree-')), 'd3-quadtree.mjs');
  writeFileSync(file, trimQuadtree(source));
  return (await import(pathToFileURL(file).href)) as typeof import('d3-quadtree');
}

test("the trimmed d3-quadtree keeps the methods d3-force calls and drops the others (find, remove, copy, …)", async () => {
  const { quadtree } = await trimmedModule();
  const proto = Object.getPrototypeOf(quadtree()) as Record<string, unknown>;
  assert.deepEqual(Object.keys(proto).filter((name) => typeof proto[name] === 'function').sort(), [...FORCE_QUADTREE_METHODS].sort());
  const points = [{ x: 0, y: 0 }, { x: 10, y: 5 }, { x: -3, y: 8 }];
  const tree = quadtree(points, (d) => d.x, (d) => d.y);
  const seen: unknown[] = [];
  tree.visitAfter(() => undefined).visit((node) => {
    if (!node.length) seen.push((node as { data: unknown }).data);
    return false;
  });
  assert.equal(seen.length, points.length);
});

test('the trimmed d3-quadtree builds the same tree as the package (the leaves in the same order)', async () => {
  const full = await import('d3-quadtree');
  const trimmed = await trimmedModule();
  const leaves = (make: typeof full.quadtree) => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ i, x: (i % 6) * 3, y: Math.floor(i / 6) * 3 }));
    const out: number[] = [];
    make(nodes, (d) => d.x, (d) => d.y).visit((node) => {
      if (!node.length) out.push((node as { data: { i: number } }).data.i);
      return false;
    });
    return out;
  };
  assert.deepEqual(leaves(trimmed.quadtree), leaves(full.quadtree));
});

test('the build fails when d3-quadtree no longer has the expected form', () => {
  assert.throws(() => trimQuadtree('export function quadtree() {}'), /expected form/);
  assert.throws(() => trimQuadtree(source.replace('treeProto.visitAfter = tree_visitAfter;\n', '')), /missing: visitAfter/);
});
