// d3-force builds a d3-quadtree on every tick of its many-body and collide forces, and calls four methods of it:
// addAll (through `quadtree(nodes, x, y)`, with cover), visitAfter and visit. d3-quadtree puts all of its methods
// (find, remove, copy, …) on the prototype, so a bundler cannot leave the others out. In the script-tag bundle the
// d3-quadtree that d3-force imports is therefore a copy of the package's own ES module without the other
// methods (the plugin below): they leave the first-paint chunk. Every other importer (the canvas path's hit index,
// which uses `find`) gets the whole package. The build fails when the package no longer has the expected form.
import { readFileSync } from 'node:fs';

/** The trimmed copy's module id: the package's own file with this query. */
const QUERY = '?gia-force-quadtree';
/** The tree methods d3-force (v3) calls. */
export const FORCE_QUADTREE_METHODS = ['addAll', 'cover', 'visit', 'visitAfter'];

/**
 * d3-quadtree's ES module with only the prototype methods in `keep`. Throws when the module does not assign its
 * methods as `treeProto.<name> = …` or lacks one of `keep`.
 * @param {string} code the package's dist/d3-quadtree.mjs
 * @param {readonly string[]} keep
 */
export function trimQuadtree(code, keep = FORCE_QUADTREE_METHODS) {
  const assignment = /^treeProto\.(\w+) = (?:\w+;|function\(\) \{\n[\s\S]*?\n\};)\n/gm;
  const found = [];
  const trimmed = code.replace(assignment, (whole, name) => {
    found.push(name);
    return keep.includes(name) ? whole : '';
  });
  const missing = keep.filter((name) => !found.includes(name));
  if (found.length < 10 || missing.length > 0) {
    throw new Error(`force-quadtree: d3-quadtree no longer has the expected form (methods found: ${found.join(', ') || 'none'}; missing: ${missing.join(', ')})`);
  }
  return trimmed;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map VLQ number. */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    const digit = rest & 31;
    rest >>>= 5;
    out += BASE64[digit | (rest > 0 ? 32 : 0)];
  } while (rest > 0);
  return out;
}

/**
 * A line-by-line source map of the trimmed copy back to the package's file (only whole lines are left out), so
 * the bundle's source maps (and bench/chunk-composition.mjs) still name d3-quadtree.
 */
function lineMap(original, trimmed, file) {
  const lines = original.split('\n');
  let from = 0;
  let previous = 0;
  const mappings = trimmed.split('\n').map((line) => {
    while (from < lines.length && lines[from] !== line) from++;
    const segment = `A${vlq(0)}${vlq(from - previous)}A`;
    previous = from++;
    return segment;
  });
  return { version: 3, sources: [file], sourcesContent: [original], names: [], mappings: mappings.join(';') };
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
      const code = readFileSync(file, 'utf8');
      const trimmed = trimQuadtree(code);
      return { code: trimmed, map: lineMap(code, trimmed, file) };
    },
  };
}
