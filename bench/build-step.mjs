// Build step of the benchmark: make sure dist/gia-netwerkkaart.js and the demo build (with bench.html)
// are fresh, measure the bundle, and copy the demo build to a private folder, so another `npm run build`
// (which empties dist/demo) cannot pull files away while the browser is measuring.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { distComposition } from './chunk-composition.mjs';

const INPUTS = ['src', 'demo', 'data', 'package.json', 'vite.config.ts', 'tsconfig.json', 'scripts/build.mjs', 'scripts/library-builds.mjs', 'scripts/compile-hints.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function run(root, command, args, label) {
  console.log(`bench: ${label} …`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    console.log(`bench: ${label} failed (exit ${result.status}):\n${tail}`);
    return false;
  }
  return true;
}

/**
 * @param {string} root repository root
 * @param {{ build: boolean, profile: boolean }} options
 * @returns {{ demoDir: string, bundlePath: string, notes: string[], debugDemoDir?: string, privateDir: string }}
 */
export function prepareBuild(root, options) {
  const privateDir = mkdtempSync(join(tmpdir(), 'gia-bench-'));
  try {
    return prepareIn(root, options, privateDir);
  } catch (error) {
    rmSync(privateDir, { recursive: true, force: true });
    throw error;
  }
}

function prepareIn(root, options, privateDir) {
  const notes = [];
  const dist = join(root, 'dist');
  let bundlePath = join(dist, 'gia-netwerkkaart.js');
  const demoBuilt = join(dist, 'demo', 'bench.html');
  const inputs = Math.max(...INPUTS.map((p) => newestMtime(join(root, p))));
  const outputs = Math.min(newestMtime(bundlePath) || 0, newestMtime(demoBuilt) || 0);
  const fresh = outputs > 0 && outputs >= inputs;
  const demoDir = join(privateDir, 'demo');

  if (!options.build) {
    notes.push(fresh ? 'Reused dist/ (--no-build; it is fresh).' : 'Reused dist/ (--no-build) although sources are newer.');
  } else if (fresh) {
    notes.push('Reused dist/: it is newer than every source file.');
  } else if (run(root, 'npm', ['run', '--silent', 'build'], 'npm run build')) {
    notes.push('Built with `npm run build`.');
  } else {
    // The full build also type-checks and builds the CLI; a type error elsewhere must not stop the bench.
    // Fall back to the two builds the bench needs, with the options of scripts/build.mjs.
    notes.push('`npm run build` failed; measured the script-tag bundle alone (scripts/script-tag-bundle.mjs) and a private Vite build of the demo.');
    bundlePath = join(privateDir, 'gia-netwerkkaart.js');
    if (!run(root, process.execPath, ['scripts/script-tag-bundle.mjs', privateDir], 'script-tag bundle (fallback)')) throw new Error('bundle build failed');
    if (!run(root, 'npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', demoDir, '--emptyOutDir'], 'vite build (fallback)')) {
      throw new Error('demo build failed');
    }
  }
  if (!existsSync(demoDir)) {
    if (!existsSync(demoBuilt)) {
      if (!run(root, 'npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', demoDir, '--emptyOutDir'], 'vite build of the demo')) {
        throw new Error('demo build failed');
      }
    } else {
      cpSync(join(dist, 'demo'), demoDir, { recursive: true });
    }
  }
  if (!existsSync(join(demoDir, 'bench.html'))) throw new Error(`bench.html missing in the demo build (${demoDir})`);
  if (!existsSync(bundlePath)) throw new Error(`${relative(root, bundlePath)} missing`);

  let debugDemoDir;
  if (options.profile) {
    // Unminified build: readable function names in CPU profiles (timings differ a little).
    debugDemoDir = join(privateDir, 'demo-debug');
    const args = ['vite', 'build', '--logLevel', 'warn', '--outDir', debugDemoDir, '--emptyOutDir', '--minify', 'false'];
    if (!run(root, 'npx', args, 'vite build --minify false (profile)')) throw new Error('debug demo build failed');
  }
  return { demoDir, bundlePath, notes, debugDemoDir, privateDir };
}

/** Static imports of an ES module file (minified Rolldown output): `import…from"./x.js"`, `import"./x.js"`. */
function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)(["'])(\.{1,2}\/[^"']+\.js)\1/g)) found.add(match[2]);
  return [...found];
}

function sizeOf(file) {
  const bytes = readFileSync(file);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

function total(files) {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/**
 * Bundle size (each file gzipped on its own, level 9 as scripts/build.mjs, as a server sends it): the entry
 * dist/gia-netwerkkaart.js; "first paint" = the entry plus the chunks it imports statically (transitively);
 * "all" = the entry plus every chunk next to it (dist/chunks/), the lazily loaded parts included.
 */
export function measureBundle(bundlePath) {
  const entry = sizeOf(bundlePath);
  const critical = new Map([[bundlePath, entry]]);
  for (const queue = [bundlePath]; queue.length > 0; ) {
    const file = queue.pop();
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      if (critical.has(target) || !existsSync(target)) continue;
      critical.set(target, sizeOf(target));
      queue.push(target);
    }
  }
  const chunksDir = join(dirname(bundlePath), 'chunks');
  const all = new Map(critical);
  if (existsSync(chunksDir)) {
    for (const name of readdirSync(chunksDir)) {
      const file = join(chunksDir, name);
      if (name.endsWith('.js') && !all.has(file)) all.set(file, sizeOf(file));
    }
  }
  const firstPaint = total([...critical.values()]);
  const everything = total([...all.values()]);
  return {
    file: bundlePath,
    entry: { raw: entry.raw, gzip: entry.gzip, brotli: entry.brotli },
    firstPaint: { files: critical.size, ...firstPaint },
    all: { files: all.size, ...everything },
    // The files themselves (for bundleComposition).
    firstPaintFiles: [...critical.keys()],
    allFiles: [...all.keys()],
    // Kept for readers of older results: the first-paint set.
    minifiedBytes: firstPaint.raw,
    gzipBytes: firstPaint.gzip,
    brotliBytes: firstPaint.brotli,
  };
}

/**
 * What the bundle is made of: the real files of the bundle (the first-paint files and the lazy chunks that
 * measureBundle found), each attributed to its sources through its own source map (chunk-composition.mjs), so
 * it describes the chunks the Vite build of scripts/library-builds.mjs produced. Bytes per group (lit, each d3 module,
 * the generated validator, the rest of src/ per folder), the largest sources, and the files themselves.
 */
export function bundleComposition(root, bundle) {
  try {
    const lazy = bundle.allFiles.filter((file) => !bundle.firstPaintFiles.includes(file));
    return { entry: relative(root, bundle.file), ...distComposition(root, bundle.firstPaintFiles, lazy) };
  } catch (error) {
    const groups = [{ group: `(composition unavailable: ${error instanceof Error ? error.message : String(error)})`, bytes: 0 }];
    return { entry: '?', source: '?', firstPaint: { chunks: [], groups, files: [] }, lazy: { chunks: [], groups: [], files: [] } };
  }
}
