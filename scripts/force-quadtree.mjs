// d3-force builds a d3-quadtree on every tick of its many-body and collide forces, and calls four methods of it:
// addAll (through `quadtree(nodes, x, y)`, with cover), visitAfter and visit. d3-quadtree puts all of its methods
// (find, remove, copy, …) on the prototype, so a bundler cannot leave the others out. In the script-tag bundle the
// d3-quadtree that d3-force imports is therefore a copy of the package's own ES module without the other
// methods (the plugin below): they leave the first-paint chunk. Every other importer (the canvas path's hit index,
// which uses `find`) gets the whole package. The build fails when the package no longer has the expected form.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';

/** The trimmed copy's module id: the package's own file with this query. */
const QUERY = '?gia-force-quadtree';
/** The tree methods d3-force (v3) calls. */
export const FORCE_QUADTREE_METHODS = ['addAll', 'cover', 'visit', 'visitAfter'];

/**
 * d3-quadtree's ES module with only the prototype methods in `keep`, as an edit of the package's file (which
 * gives the source map back to it). Throws when the module does not assign its methods as
 * `treeProto.<name> = …` or lacks one of `keep`.
 * @param {string} code the package's dist/d3-quadtree.mjs
 * @param {readonly string[]} keep
 */
function trimmed(code, keep) {
  const assignment = /^treeProto\.(\w+) = (?:\w+;|function\(\) \{\n[\s\S]*?\n\};)\n/gm;
  const edit = new MagicString(code);
  const found = [];
  for (const match of code.matchAll(assignment)) {
    found.push(match[1]);
    if (!keep.includes(match[1])) edit.remove(match.index, match.index + match[0].length);
  }
  const missing = keep.filter((name) => !found.includes(name));
  if (found.length < 10 || missing.length > 0) {
    throw new Error(`force-quadtree: d3-quadtree no longer has the expected form (methods found: ${found.join(', ') || 'none'}; missing: ${missing.join(', ')})`);
  }
  return edit;
}

/**
 * d3-quadtree's ES module with only the prototype methods in `keep` (see `trimmed`).
 * @param {string} code the package's dist/d3-quadtree.mjs
 * @param {readonly string[]} keep
 */
export function trimQuadtree(code, keep = FORCE_QUADTREE_METHODS) {
  return trimmed(code, keep).toString();
}

/** Vite/Rolldown plugin: d3-force's import of d3-quadtree resolves to the trimmed copy. */
export function forceQuadtreePlugin() {
  return {
    name: 'gia-force-quadtree',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'd3-quadtree' || !importer || !/[\\/]node_modules[\\/]d3-force[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && !resolved.external ? resolved.id + QUERY : null;
    },
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      const edit = trimmed(readFileSync(file, 'utf8'), FORCE_QUADTREE_METHODS);
      // The bundle's source maps (and bench/chunk-composition.mjs) still name d3-quadtree.
      return { code: edit.toString(), map: edit.generateMap({ hires: true, source: file, includeContent: true }) };
    },
  };
}
