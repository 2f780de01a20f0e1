// The script-tag bundle: src/bundle.ts → <outDir>/gia-netwerkkaart.js + <outDir>/chunks/. One definition for
// `npm run build` (scripts/build.mjs, into dist/), the strict-CSP test and the benchmark's fallback build, so
// they all check the files that ship. Run directly: `node scripts/script-tag-bundle.mjs <outDir>`.
//
// Two steps. esbuild compiles, bundles and minifies, split into chunks (a temporary folder). esbuild gives every
// set of importers its own shared chunk, so the first paint would fetch the entry plus several small chunks (each
// gzipped apart, with import/export lists between them). Rollup then regroups those files: a module that the
// first paint loads anyway joins the first-paint chunk, and the lazy chunks import it from there. Rollup only
// re-links esbuild's output (no compiling, no new dependency: it is pinned in package.json "overrides").
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';
import { addCompileHints } from './compile-hints.mjs';

const defaultRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the bundle into `outDir` (its entry and chunks/ are overwritten, nothing else is touched).
 * @param {{ outDir: string, root?: string }} options
 * @returns {Promise<import('rollup').OutputBundle[keyof import('rollup').OutputBundle][]>} Rollup's output files
 */
export async function buildScriptTagBundle({ outDir, root = defaultRoot }) {
  const stage = mkdtempSync(join(tmpdir(), 'gia-bundle-'));
  try {
    await build({
      absWorkingDir: root,
      entryPoints: { 'gia-netwerkkaart': 'src/bundle.ts' },
      outdir: stage,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      splitting: true,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      legalComments: 'eof',
      tsconfig: 'tsconfig.json',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [minifyCssTemplatesPlugin],
      logLevel: 'warning',
    });
    const rolled = await rollup({
      input: { 'gia-netwerkkaart': join(stage, 'gia-netwerkkaart.js') },
      logLevel: 'warn',
      // Keep esbuild's source maps: the final maps point at src/*.ts.
      plugins: [
        {
          name: 'esbuild-output',
          load(id) {
            const code = readFileSync(id, 'utf8');
            return existsSync(`${id}.map`) ? { code, map: readFileSync(`${id}.map`, 'utf8') } : code;
          },
        },
      ],
    });
    const { output } = await rolled.generate({
      dir: outDir,
      format: 'es',
      compact: true,
      sourcemap: true,
      entryFileNames: '[name].js',
      // esbuild's names end in its own hash: keep the name, use Rollup's hash.
      chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/-[A-Z0-9]{8}$/, '')}-[hash].js`,
    });
    await rolled.close();
    // The first-paint files are compiled when they load, not function by function on first call.
    addCompileHints(output);
    for (const file of output) {
      const target = join(outDir, file.fileName);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.type === 'chunk' ? file.code : file.source);
    }
    return output;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? join(defaultRoot, 'dist'));
  await buildScriptTagBundle({ outDir });
  console.log(`script-tag bundle: ${outDir}`);
}
