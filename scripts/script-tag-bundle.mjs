// The script-tag bundle alone: src/bundle.ts → <outDir>/gia-netwerkkaart.js + <outDir>/chunks/ (the Vite build of
// scripts/library-builds.mjs, the same as `npm run build`). Used by the strict-CSP test and the benchmark's
// fallback build, so they check the files that ship. Run directly: `node scripts/script-tag-bundle.mjs <outDir>`.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildScriptTagBundle } from './library-builds.mjs';

export { buildScriptTagBundle };

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'dist'));
  await buildScriptTagBundle({ outDir });
  console.log(`script-tag bundle: ${outDir}`);
}
