// `npm run bench` case "editor-typing": <gia-network-editor> with a synthetic file of about 1,000 organisations and
// 3,000 relations (src/graph/synthetic-network.ts). Types 31 characters into a description (one key per ~100 ms)
// and empties a name, then undoes both steps; reports the main-thread time of each key and each undo (script + the editor's update +
// style and layout), median and maximum, against the targets of issue 18 (≤ 16 ms per key, ≤ 50 ms per undo).
// Validation, preview and draft writes are debounced off the keystroke path; the case also checks that the
// messages are right once settled. Run alone: node bench/editor-typing.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

export const EDITOR_TARGETS = { keyMs: 16, undoMs: 50 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Builds the page, runs it in headless Chromium, returns the figures and a Markdown report. */
export async function benchEditorTyping({ root = fileURLToPath(new URL('..', import.meta.url)), executablePath = process.env.CHROME_PATH || '/usr/bin/chromium' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gia-editor-bench-'));
  try {
    await build({
      entryPoints: [join(root, 'bench/editor-typing-page.ts')],
      bundle: true,
      minify: !process.env.GIA_BENCH_DEBUG,
      format: 'esm',
      outfile: join(dir, 'page.js'),
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nl"><meta charset="utf-8"><title>editor bench</title><body><script type="module" src="page.js"></script></body></html>');
    const server = await startStaticServer(dir);
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => 'runEditorBench' in globalThis);
      const figures = await page.evaluate(() => globalThis.runEditorBench());
      const result = {
        ...figures,
        keyMedianMs: median(figures.keys),
        keyMaxMs: Math.max(...figures.keys),
        undoMedianMs: median(figures.undo),
        undoMaxMs: Math.max(...figures.undo),
        errors,
      };
      const pass = (v, limit) => (v <= limit ? 'PASS' : 'FAIL');
      const report = [
        `### Editor: typing and undo (${figures.organisations} organisations, ${figures.relations} relations)`,
        '',
        '| measure | median | max | target |',
        '| --- | --- | --- | --- |',
        `| key press (${figures.keys.length}) | ${result.keyMedianMs.toFixed(1)} ms | ${result.keyMaxMs.toFixed(1)} ms | ≤ ${EDITOR_TARGETS.keyMs} ms: ${pass(result.keyMedianMs, EDITOR_TARGETS.keyMs)} |`,
        `| undo (${figures.undo.length}) | ${result.undoMedianMs.toFixed(1)} ms | ${result.undoMaxMs.toFixed(1)} ms | ≤ ${EDITOR_TARGETS.undoMs} ms: ${pass(result.undoMedianMs, EDITOR_TARGETS.undoMs)} |`,
        '',
        `Messages right once settled: ${figures.messagesCorrect ? 'yes' : 'NO'}.${errors.length ? ` Page errors: ${errors.slice(0, 3).join(' | ')}` : ''}`,
      ].join('\n');
      return { result, report };
    } finally {
      await browser.close().catch(() => undefined);
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { report } = await benchEditorTyping();
  console.log(report);
}
