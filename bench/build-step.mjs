// Build step of the benchmark: make sure dist/gia-netwerkkaart.js and the demo build (with bench.html)
// are fresh, measure the bundle, and copy the demo build to a private folder, so another `npm run build`
// (which empties dist/demo) cannot pull files away while the browser is measuring.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const INPUTS = ['src', 'demo', 'data', 'package.json', 'vite.config.ts', 'tsconfig.json', 'scripts/build.mjs'];

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
    notes.push('`npm run build` failed; measured a fallback esbuild bundle and a private Vite build of the demo.');
    bundlePath = join(privateDir, 'gia-netwerkkaart.js');
    const esbuild = [
      'esbuild', 'src/index.ts', '--bundle', '--format=esm', '--platform=browser', '--target=es2022', '--minify',
      '--legal-comments=eof', '--tsconfig=tsconfig.json', '--define:process.env.NODE_ENV="production"', '--log-level=warning',
      `--outfile=${bundlePath}`,
    ];
    if (!run(root, 'npx', esbuild, 'esbuild bundle (fallback)')) throw new Error('bundle build failed');
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

/** Bundle size: minified bytes, gzip (level 9, as scripts/build.mjs) and brotli. */
export function measureBundle(bundlePath) {
  const bytes = readFileSync(bundlePath);
  return {
    file: bundlePath,
    minifiedBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    brotliBytes: brotliCompressSync(bytes).length,
  };
}

/**
 * What the bundle is made of (esbuild metafile of the same entry, minified, not written): bytes per
 * group (lit, each d3 module, the generated validator, the rest of src/ per folder) and the largest files.
 */
export async function bundleComposition(root) {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      outfile: 'bench-composition.js',
      tsconfig: 'tsconfig.json',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0];
    const groups = new Map();
    const files = Object.entries(output.inputs)
      .map(([path, info]) => ({ file: path, bytes: info.bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes);
    for (const [path, info] of Object.entries(output.inputs)) {
      let group = path;
      const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      if (pkg) group = pkg[1].startsWith('@lit') || pkg[1].startsWith('lit') ? 'lit (+ @lit/reactive-element, lit-html)' : pkg[1];
      else if (path.startsWith('src/model/generated')) group = 'src/model/generated (validator)';
      else group = path.split('/').slice(0, path.startsWith('src/components/') ? 3 : 2).join('/');
      groups.set(group, (groups.get(group) ?? 0) + info.bytesInOutput);
    }
    return {
      groups: [...groups.entries()].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes),
      files: files.slice(0, 25),
    };
  } catch (error) {
    return { groups: [{ group: `(composition unavailable: ${error instanceof Error ? error.message : String(error)})`, bytes: 0 }], files: [] };
  }
}
