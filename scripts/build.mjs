#!/usr/bin/env node
// Full build:
//   dist/gia-netwerkkaart.js  the minified ES module for <script type="module"> (Lit and d3 inlined), entry of
//   dist/chunks/              its lazily loaded parts (validation, panels and list) and the chunks they share,
//                             loaded relative to the entry (import.meta.url): copy both, add one script tag
//   dist/lib/                 the npm build: tsc output (JS + .d.ts) with lit and d3-* left as imports
//   dist/cli/                 the bundled CLI (scripts/build-cli.mjs)
//   dist/demo/                the demo site (vite build), when demo/*.html exists
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyCssTemplatesPlugin } from './minify-css-templates.mjs';

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

for (const part of ['gia-netwerkkaart.js', 'gia-netwerkkaart.js.map', 'chunks', 'lib', 'demo', 'cli']) {
  rmSync(join(dist, part), { recursive: true, force: true });
}

// The schema validator is generated code (gitignored); make sure it matches the current schema.
run(process.execPath, ['scripts/build-validator.mjs']);
run(process.execPath, ['scripts/build-personal-fields.mjs']);

// (a) Script-tag bundle: entry src/bundle.ts → dist/gia-netwerkkaart.js, split into chunks (dist/chunks/) so
// the first paint loads only the entry and the chunks it imports statically; the validator, panels and list
// arrive through dynamic imports, resolved by the browser relative to the entry's own URL (same origin).
console.log('\n> esbuild src/bundle.ts → dist/gia-netwerkkaart.js + dist/chunks/');
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { 'gia-netwerkkaart': 'src/bundle.ts' },
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  metafile: true,
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

// Sizes: the entry, what the first paint needs (the entry plus the chunks it imports statically, transitively)
// and all files of the bundle. Each file is gzipped on its own, as a server sends it.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
const sizeOf = (file) => {
  const bytes = readFileSync(join(root, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const sum = (files) => files.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
const entryFile = 'dist/gia-netwerkkaart.js';
const critical = new Set([entryFile]);
for (const queue = [entryFile]; queue.length > 0; ) {
  for (const imported of metafile.outputs[queue.pop()]?.imports ?? []) {
    if (imported.kind === 'import-statement' && !critical.has(imported.path)) {
      critical.add(imported.path);
      queue.push(imported.path);
    }
  }
}
const line = (label, size) => console.log(`${label}: ${kb(size.raw)} (gzip ${kb(size.gzip)})`);
console.log('');
line('dist/gia-netwerkkaart.js (entry)', sizeOf(entryFile));
line(`first paint (entry + ${critical.size - 1} static chunks)`, sum([...critical]));
line(`all ${outputs.length} files (entry + dist/chunks/)`, sum(outputs.map(([file]) => file)));
