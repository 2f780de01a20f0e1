// Fixtures for the strict-CSP test: the script-tag bundle (dist/, or a fresh build of it by
// scripts/script-tag-bundle.mjs when dist/ is missing or older than src/) and a tiny static server that sends a strict Content-Security-Policy.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScriptTagBundle } from '../../../scripts/script-tag-bundle.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; worker-src 'self'";

const BUNDLE = 'gia-netwerkkaart.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The folder that holds gia-netwerkkaart.js (and its chunks, fetched relative to it): dist/ when its
 * bundle is newer than every file in src/, otherwise a fresh build of it into a temporary folder (the
 * same code as `npm run build`; dist/ itself is left alone, others may be building it).
 */
export async function bundleDir(): Promise<{ dir: string; fresh: boolean }> {
  const dist = join(root, 'dist');
  const distBundle = join(dist, BUNDLE);
  if (existsSync(distBundle) && statSync(distBundle).mtimeMs >= newestMtime(join(root, 'src'))) {
    return { dir: dist, fresh: false };
  }
  const out = mkdtempSync(join(tmpdir(), 'gia-csp-'));
  await buildScriptTagBundle({ outDir: out, root });
  return { dir: out, fresh: true };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The test page: no inline script or style; the bundle by script tag, the map by its src attribute. */
export const PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>CSP-test</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/page.css" />
    <script type="module" src="/dist/${BUNDLE}"></script>
  </head>
  <body>
    <gia-network-map src="/data/zuid-limburg.json" no-hash></gia-network-map>
  </body>
</html>
`;

const PAGE_CSS = 'gia-network-map { display: block; width: 1000px; height: 700px; }\n';

/** Serves `/` (the page), `/page.css`, `/dist/*` from `bundle` and `/data/*` from data/, all with the CSP. */
export function serve(bundle: string): Promise<{ server: Server; origin: string }> {
  const dataDir = join(root, 'data');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    res.setHeader('Cache-Control', 'no-store');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(body);
    };
    if (path === '/' || path === '/index.html') return send(200, TYPES['.html']!, PAGE);
    if (path === '/page.css') return send(200, TYPES['.css']!, PAGE_CSS);
    const [base, prefix] = path.startsWith('/dist/') ? [bundle, '/dist/'] : path.startsWith('/data/') ? [dataDir, '/data/'] : [];
    if (base && prefix) {
      const file = resolve(base, '.' + path.slice(prefix.length - 1));
      if (file.startsWith(base + sep) && existsSync(file) && statSync(file).isFile()) {
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
      }
    }
    return send(404, 'text/plain; charset=utf-8', 'niet gevonden');
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** The Content-Security-Policy the demo pages must work under (issue 19): nothing inline, nothing from elsewhere. */
export const DEMO_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

/** A fresh build of the demo site (vite.config.ts) into a temporary folder; dist/ is left alone. */
export async function buildDemo(): Promise<string> {
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'gia-demo-csp-'));
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  return out;
}

/** Serves every file of `dir` (`/` is index.html) with `csp`. */
export function serveFolder(dir: string, csp: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(dir, '.' + path);
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-store');
    if (file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return res.end(readFileSync(file));
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('niet gevonden');
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}
