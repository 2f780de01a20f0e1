#!/usr/bin/env node
// Full build:
//   dist/gia-netwerkkaart.js  one self-contained, minified ES module (Lit and d3 inlined) for <script type="module">
//   dist/lib/                 the npm build: tsc output (JS + .d.ts) with lit and d3-* left as imports
//   dist/cli/                 the bundled CLI (scripts/build-cli.mjs)
//   dist/demo/                the demo site (vite build), when demo/*.html exists
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

if (!existsSync(join(root, 'src', 'index.ts'))) {
  console.error('build: src/index.ts ontbreekt / src/index.ts is missing');
  process.exit(1);
}

for (const part of ['gia-netwerkkaart.js', 'gia-netwerkkaart.js.map', 'lib', 'demo', 'cli']) {
  rmSync(join(dist, part), { recursive: true, force: true });
}

// The schema validator is generated code (gitignored); make sure it matches the current schema.
run(process.execPath, ['scripts/build-validator.mjs']);

// (a) Self-contained browser bundle.
console.log('\n> esbuild src/index.ts → dist/gia-netwerkkaart.js');
await build({
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/gia-netwerkkaart.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

// (b) npm build: JS + declarations, dependencies stay external.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// tsc does not copy plain .js/.d.ts sources (the generated validator): copy them next to the output.
const generated = join(root, 'src', 'model', 'generated');
if (existsSync(generated)) {
  cpSync(generated, join(dist, 'lib', 'model', 'generated'), { recursive: true });
}

// CLI.
run(process.execPath, ['scripts/build-cli.mjs']);

// Demo site.
const demo = join(root, 'demo');
if (existsSync(demo) && readdirSync(demo).some((name) => name.endsWith('.html'))) {
  run(bin('vite'), ['build', '--logLevel', 'warn']);
} else {
  console.log('\nbuild: geen demo/*.html, demo overgeslagen / no demo/*.html, demo skipped');
}

const bundle = readFileSync(join(dist, 'gia-netwerkkaart.js'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`\ndist/gia-netwerkkaart.js: ${kb(bundle.length)} (gzip ${kb(gzipSync(bundle, { level: 9 }).length)})`);
