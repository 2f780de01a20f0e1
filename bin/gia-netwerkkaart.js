#!/usr/bin/env node
// Thin launcher: the real CLI is bundled into dist/cli by `npm run build:cli`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/gia-netwerkkaart.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'CLI is nog niet gebouwd: voer `npm run build:cli` uit. / CLI not built yet: run `npm run build:cli`.',
  );
  process.exit(2);
}
const { main } = await import(cli.href);
process.exit(await main(process.argv.slice(2)));
