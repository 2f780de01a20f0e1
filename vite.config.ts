// Vite serves and builds the demo site (demo/*.html). The repository's data/ folder is served at
// /data/ in dev and copied to <outDir>/data/ in a build, so the demo can fetch('/data/zuid-limburg.json').
// The library builds (script-tag bundle, npm build, CLI) are Vite builds too: scripts/library-builds.mjs,
// run by scripts/build.mjs.
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compileHintsPlugin } from './scripts/compile-hints.mjs';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const demoRoot = join(repoRoot, 'demo');
const dataDir = join(repoRoot, 'data');

const contentTypes: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves data/* at /data/* during `vite` and emits data/*.json into the build output. */
function dataFolder(): Plugin {
  return {
    name: 'gia-data-folder',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const pathname = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const file = resolve(dataDir, '.' + pathname);
        if (!file.startsWith(dataDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      if (!existsSync(dataDir)) return;
      for (const name of readdirSync(dataDir)) {
        if (!name.endsWith('.json')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dataDir, name), 'utf8'),
        });
      }
    },
  };
}

/** Every demo/*.html page becomes an entry of the demo build. */
function demoPages(): Record<string, string> {
  if (!existsSync(demoRoot)) return {};
  return Object.fromEntries(
    readdirSync(demoRoot)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name.replace(/\.html$/, ''), join(demoRoot, name)]),
  );
}

export default defineConfig({
  root: demoRoot,
  base: './',
  publicDir: false,
  // The pages' scripts and what they import statically start with V8's compile hint (scripts/compile-hints.mjs).
  plugins: [dataFolder(), compileHintsPlugin()],
  // Demo pages import the library source as '/src/…' (the repo's src/, not demo/src/).
  resolve: { alias: [{ find: /^\/src\//, replacement: join(repoRoot, 'src') + '/' }] },
  // Lit decorators: legacy (experimental) decorators with [[Set]] class fields, as in tsconfig.json.
  oxc: { decorator: { legacy: true } },
  server: {
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: join(repoRoot, 'dist', 'demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: demoPages() },
  },
});
