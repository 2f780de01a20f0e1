#!/usr/bin/env node
// Full build, with Vite (Rolldown) for every bundle (scripts/library-builds.mjs) and tsc for the declarations:
//   dist/gia-netwerkkaart.js  the ES module for <script type="module"> (Lit and d3 inlined), entry of
//   dist/chunks/              the map's first-paint chunk and the lazily loaded parts (validation, panels and list,
//                             canvas renderer, English map texts, help results, keyboard and keys dialog, AVE and
//                             large-graph layout forces, error view, the map's own list/details, hash writing),
//                             loaded relative to the entry (import.meta.url): copy both, add one script tag
//   dist/lib/                 the npm build: one ES module per source module (lit and d3-* left as imports) and
//                             the declarations (tsc -p tsconfig.build.json)
//   dist/cli/                 the bundled CLI
//   custom-elements.json      the Custom Elements Manifest (cem analyze, scripts/custom-elements-manifest.config.mjs)
//   dist/demo/                the demo site (vite build, vite.config.ts), when demo/*.html exists
// `node scripts/build.mjs --package` builds what the npm package ships (all but the demo): `npm pack` runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCli, buildNpmLibrary, buildScriptTagBundle } from './library-builds.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const withDemo = !process.argv.includes('--package');

function run(command, args) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

if (!existsSync(join(root, 'src', 'index.ts'))) {
  console.error('build: src/index.ts ontbreekt / src/index.ts is missing');
  process.exit(1);
}

// --package leaves a demo build alone (the benchmark may be reading it).
for (const part of ['gia-netwerkkaart.js', 'gia-netwerkkaart.js.map', 'chunks', 'lib', 'cli', ...(withDemo ? ['demo'] : [])]) {
  rmSync(join(dist, part), { recursive: true, force: true });
}

// The schema validator is generated code (gitignored); make sure it matches the current schema.
run(process.execPath, ['scripts/build-validator.mjs']);
run(process.execPath, ['scripts/build-personal-fields.mjs']);

console.log('\n> vite build (library mode): src/bundle.ts → dist/gia-netwerkkaart.js + dist/chunks/');
const output = await buildScriptTagBundle({ outDir: dist, root });

console.log('\n> vite build (library mode): src/{index,model/index,editor-entry}.ts → dist/lib/');
await buildNpmLibrary({ root });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// tsc does not copy the declarations of the generated plain .js modules: copy them next to their output.
const generated = join(root, 'src', 'model', 'generated');
for (const name of existsSync(generated) ? readdirSync(generated) : []) {
  if (name.endsWith('.d.ts')) cpSync(join(generated, name), join(dist, 'lib', 'model', 'generated', name));
}

// The Custom Elements Manifest (package.json "customElements"), from the components' JSDoc headers.
run(bin('cem'), ['analyze', '--config', 'scripts/custom-elements-manifest.config.mjs', '--quiet']);

console.log('\n> vite build (ssr): src/cli/gia-netwerkkaart.ts → dist/cli/gia-netwerkkaart.js');
await buildCli({ root });

const demo = join(root, 'demo');
if (!withDemo) {
  console.log('\nbuild: --package, demo overgeslagen / demo skipped');
} else if (existsSync(demo) && readdirSync(demo).some((name) => name.endsWith('.html'))) {
  run(bin('vite'), ['build', '--logLevel', 'warn']);
} else {
  console.log('\nbuild: geen demo/*.html, demo overgeslagen / no demo/*.html, demo skipped');
}

// Sizes: the entry, what the first paint needs (the entry plus the chunks it imports statically, transitively)
// and all files of the bundle. Each file is gzipped on its own, as a server sends it.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const sum = (files) => files.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
const entryFile = 'gia-netwerkkaart.js';
const critical = new Set([entryFile]);
for (const queue = [entryFile]; queue.length > 0; ) {
  for (const imported of chunks.get(queue.pop())?.imports ?? []) {
    if (!critical.has(imported)) {
      critical.add(imported);
      queue.push(imported);
    }
  }
}
const line = (label, size) => console.log(`${label}: ${kb(size.raw)} (gzip ${kb(size.gzip)})`);
console.log('');
line('dist/gia-netwerkkaart.js (entry)', sizeOf(entryFile));
line(`first paint (entry + ${critical.size - 1} static chunks)`, sum([...critical]));
line(`all ${chunks.size} files (entry + dist/chunks/)`, sum([...chunks.keys()]));
