#!/usr/bin/env node
// Bundles the CLI (src/cli/gia-netwerkkaart.ts) into dist/cli/gia-netwerkkaart.js with every dependency inlined,
// so the published bin needs nothing but Node 20 (the Vite build of scripts/library-builds.mjs).
import { existsSync } from 'node:fs';
import { buildCli } from './library-builds.mjs';

const entry = 'src/cli/gia-netwerkkaart.ts';
if (!existsSync(new URL(`../${entry}`, import.meta.url))) {
  console.log(`build:cli: ${entry} bestaat nog niet, overgeslagen. / ${entry} does not exist yet, skipped.`);
  process.exit(0);
}
await buildCli();
console.log('build:cli: dist/cli/gia-netwerkkaart.js');
