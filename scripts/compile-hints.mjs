// V8 explicit compile hints (https://v8.dev/blog/explicit-compile-hints, Chromium 126+): a file that starts
// with the magic comment `//# allFunctionsCalledOnLoad` has all its functions compiled when the script
// loads (for a streamed script, off the main thread) instead of lazily on their first call. The map calls
// most of its first-paint code for the first time in the task that gets the data; compiling it there cost
// about 20 ms of the first paint on the benchmark machine. Only the files that load with the page (the
// entries and what they import statically) get the comment: the lazy chunks stay lazily compiled. Other
// engines read it as a plain comment.

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts the compile hint on top of the entries and the chunks they import statically (transitively), in a
 * Rollup or Rolldown output (the `output` of `generate()`, or the values of a `generateBundle` bundle). Their
 * source maps (`<file>.map` assets, or `chunk.map`) move down a line with the code.
 * @param {Array<{ type: 'chunk' | 'asset', fileName: string, code?: string, source?: string | Uint8Array, isEntry?: boolean, imports?: string[], map?: { mappings: string } | null }>} files
 * @returns {string[]} the files that got the hint
 */
export function addCompileHints(files) {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  const eager = new Set();
  const visit = (name) => {
    const file = byName.get(name);
    if (!file || file.type !== 'chunk' || eager.has(name)) return;
    eager.add(name);
    for (const imported of file.imports ?? []) visit(imported);
  };
  for (const file of files) if (file.type === 'chunk' && file.isEntry) visit(file.fileName);
  for (const name of eager) {
    const chunk = byName.get(name);
    if (chunk.code.startsWith(COMPILE_HINT)) continue;
    chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const mapAsset = byName.get(`${name}.map`);
    if (mapAsset && mapAsset.type === 'asset' && typeof mapAsset.source === 'string') {
      const map = JSON.parse(mapAsset.source);
      map.mappings = `;${map.mappings}`;
      mapAsset.source = JSON.stringify(map);
    }
  }
  return [...eager];
}

/**
 * Vite/Rolldown plugin: the compile hint on the entries and what they import statically, after Vite's own
 * generateBundle work (it puts its preload list on top of the chunks).
 * @returns {import('vite').Plugin}
 */
export function compileHintsPlugin() {
  return {
    name: 'gia-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(Object.values(bundle));
      },
    },
  };
}
