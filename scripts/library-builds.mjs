// The three library builds, all with Vite (Rolldown) in library mode. scripts/build.mjs runs them with the demo
// build (vite.config.ts); the strict-CSP test and the benchmark's fallback build the script-tag bundle alone
// through scripts/script-tag-bundle.mjs, so they check the files that ship.
//
//   buildScriptTagBundle  src/bundle.ts → <outDir>/gia-netwerkkaart.js + <outDir>/chunks/ (Lit and d3 inlined,
//                         minified): the entry re-exports from one first-paint chunk; the lazy parts (validator,
//                         panels and list, canvas renderer, English map texts, …) stay dynamic imports, resolved
//                         by the browser relative to the entry's own URL (import.meta.url). The d3-quadtree that
//                         d3-force uses is trimmed to the methods it calls (force-quadtree.mjs).
//   buildNpmLibrary       src/{index,model/index,editor-entry}.ts → dist/lib/ (one file per module, dependencies
//                         left as imports, not minified); the declarations come from tsc (tsconfig.build.json).
//   buildCli              src/cli/gia-netwerkkaart.ts → dist/cli/gia-netwerkkaart.js for Node 20, every
//                         dependency inlined.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { build } from 'vite';
import { compileHintsPlugin } from './compile-hints.mjs';
import { forceQuadtreePlugin } from './force-quadtree.mjs';

const defaultRoot = fileURLToPath(new URL('..', import.meta.url));

/** Options every build shares: Lit's legacy decorators as in tsconfig.json, no config file, no public dir. */
function baseConfig(root) {
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    // Lit decorators: legacy (experimental) decorators with [[Set]] class fields, as in tsconfig.json.
    oxc: { decorator: { legacy: true } },
  };
}

/**
 * The static text of Lit `css` templates, minified by lightningcss (Lit's own Rollup plugin, which reads the
 * TypeScript source: it runs before the transform). `html` templates are left as written: their whitespace can
 * be text the user sees.
 */
export function minifyCssLiteralsPlugin() {
  return {
    ...minifyHtmlLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: {
        shouldMinify: () => false,
        shouldMinifyCSS: (template) => template.tag === 'css',
      },
    }),
    enforce: 'pre',
  };
}

/** The files a Vite build returned (one output). */
function outputOf(result) {
  return (Array.isArray(result) ? result[0] : result).output;
}

/**
 * Builds the script-tag bundle into `outDir` (its entry and chunks/ are overwritten, nothing else is touched).
 * @param {{ outDir: string, root?: string }} options
 * @returns {Promise<Array<{ type: 'chunk' | 'asset', fileName: string, imports?: string[] }>>} the output files
 */
export async function buildScriptTagBundle({ outDir, root = defaultRoot }) {
  const entry = join(root, 'src', 'bundle.ts');
  const result = await build({
    ...baseConfig(root),
    plugins: [minifyCssLiteralsPlugin(), forceQuadtreePlugin(), compileHintsPlugin()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => 'gia-netwerkkaart.js' },
      rolldownOptions: {
        // The entry may export what the first-paint chunk needs (required by the group below).
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Library mode keeps whitespace in ES output for the consumer's bundler; this file goes to browsers.
          minify: { compress: true, mangle: true, codegen: true },
          comments: { annotation: false, jsdoc: false, legal: true },
          // Everything the entry imports statically goes into one first-paint chunk (the entry re-exports from
          // it); the dynamically imported parts keep a chunk of their own and import what they share from it.
          // Not recursively: a module that only a lazy part uses stays in that part, also when a barrel that
          // the first paint imports re-exports it.
          codeSplitting: {
            groups: [
              {
                name: 'gia-netwerkkaart',
                tags: ['$initial'],
                test: (id) => id !== entry,
                includeDependenciesRecursively: false,
              },
              // The label code (render/map-labels.ts, a lazy part of the map) in one chunk with the placement and
              // text it shares with the canvas renderer: one request for the SVG map's labels.
              {
                name: 'map-labels',
                test: /[\\/]src[\\/]render[\\/](map-labels|node-labels|label-placement|label-text)\.ts$/,
              },
            ],
          },
        },
      },
    },
  });
  return outputOf(result);
}

/**
 * Builds the npm library into `<root>/dist/lib` (JavaScript and source maps; the declarations: tsc).
 * @param {{ root?: string }} [options]
 */
export async function buildNpmLibrary({ root = defaultRoot } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dependencies = Object.keys(pkg.dependencies ?? {});
  const external = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));
  await build({
    ...baseConfig(root),
    plugins: [minifyCssLiteralsPlugin()],
    build: {
      outDir: join(root, 'dist', 'lib'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: {
          index: join(root, 'src', 'index.ts'),
          'model/index': join(root, 'src', 'model', 'index.ts'),
          'editor-entry': join(root, 'src', 'editor-entry.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: join(root, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  });
}

/**
 * Builds the CLI into `<root>/dist/cli/gia-netwerkkaart.js`.
 * @param {{ root?: string }} [options]
 */
export async function buildCli({ root = defaultRoot } = {}) {
  await build({
    ...baseConfig(root),
    ssr: { target: 'node', noExternal: true },
    build: {
      outDir: join(root, 'dist', 'cli'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      ssr: join(root, 'src', 'cli', 'gia-netwerkkaart.ts'),
      rolldownOptions: { output: { entryFileNames: 'gia-netwerkkaart.js' } },
    },
  });
}
