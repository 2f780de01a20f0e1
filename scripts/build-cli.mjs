#!/usr/bin/env node
// Bundles the CLI (src/cli/gia-netwerkkaart.ts) into dist/cli/gia-netwerkkaart.js with every
// dependency inlined, so the published bin needs nothing but Node 20.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = 'src/cli/gia-netwerkkaart.ts';

if (!existsSync(new URL(`../${entry}`, import.meta.url))) {
  console.log(`build:cli: ${entry} bestaat nog niet, overgeslagen. / ${entry} does not exist yet, skipped.`);
  process.exit(0);
}

await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile: 'dist/cli/gia-netwerkkaart.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'inline',
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __giaCreateRequire } from 'node:module';\nconst require = __giaCreateRequire(import.meta.url);" },
  logLevel: 'info',
});
