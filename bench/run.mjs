#!/usr/bin/env node
// `npm run bench`: bundle size, then the built demo's bench.html in headless Chromium for the real datasets
// and synthetic networks of 200, 1,000 and 5,000 nodes. Prints a Markdown table, the targets with PASS/FAIL,
// and where the time goes; writes bench/results.json. Exit code 0 when targets fail (this is a report),
// non-zero only when the benchmark itself breaks. See bench/README.md.
//
// Options: --no-build (measure dist/ as it is)  --repeat=N (median of N runs)  --cases=zuid-limburg,synthetic-1000
//          --profile (unminified build + CPU profiles; timings then not representative; writes results-profile.json)
//          --trace (Chromium trace: main-thread time per category for first paint, settle, panning)
//          --interaction=3000 (ms of panning/zooming)  --timeout=20000 (ms per case until settled)
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { prepareBuild, measureBundle, bundleComposition } from './build-step.mjs';
import { startStaticServer } from './static-server.mjs';
import { measureCase } from './measure-case.mjs';
import { caseTable, evaluateTargets, findings, floorTable, FLOOR_NOTE, ratioTable, RATIO_NOTE, targetTable, TARGETS } from './report.mjs';
import { benchEditorTyping } from './editor-typing.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
if (flag('help') || args.includes('-h')) {
  console.log(`npm run bench [-- options]   (see bench/README.md)
  --cases=a,b        only these cases (zuid-limburg, rotterdam-rijnmond, zuid-limburg-cold, rotterdam-rijnmond-cold,
                     synthetic-200, synthetic-500, synthetic-1000, synthetic-5000, editor-typing)
  --no-bare          skip the bare d3-force + SVG baseline (no ratios)
  --repeat=N         run every case N times and report medians
  --no-build         reuse dist/ as it is
  --interaction=ms   length of the pan/zoom interaction
  --timeout=ms       give up on a case after this long (default 20000)
  --profile          CPU profile of each case (bench/results-profile.json)
  --trace            Chromium trace summary of each case`);
  process.exit(0);
}
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};

const ALL_CASES = [
  { name: 'zuid-limburg', query: 'dataset=zuid-limburg', file: 'data/zuid-limburg.json' },
  { name: 'rotterdam-rijnmond', query: 'dataset=rotterdam-rijnmond', file: 'data/rotterdam-rijnmond.json' },
  // The same data handed to a map element made in the same task (see bench/README.md, "Start").
  { name: 'zuid-limburg-cold', query: 'dataset=zuid-limburg&start=cold', file: 'data/zuid-limburg.json' },
  { name: 'rotterdam-rijnmond-cold', query: 'dataset=rotterdam-rijnmond&start=cold', file: 'data/rotterdam-rijnmond.json' },
  { name: 'synthetic-200', query: 'synthetic=200' },
  { name: 'synthetic-500', query: 'synthetic=500' },
  { name: 'synthetic-1000', query: 'synthetic=1000' },
  { name: 'synthetic-5000', query: 'synthetic=5000' },
];

const MEDIAN_FIELDS = [
  ['paintMs'], ['firstPaintMarkMs'], ['settleMs'], ['heapUsedBytes'], ['heapAfterGcBytes'],
  ['load', 'longestTaskMs'], ['interaction', 'fps'], ['interaction', 'p95'], ['interaction', 'p50'], ['interaction', 'longestTaskMs'],
  ['cross', 'fps'], ['cross', 'p95'], ['cross', 'p50'], ['cross', 'longestTaskMs'],
];

/** The bare d3-force + SVG baseline of a case (demo/bench-bare.html, same query): the denominator of the ratios. */
const bareOf = (testCase) => ({ ...testCase, name: `bare-${testCase.name}`, page: 'bench-bare.html', bare: true });
/**
 * The privacy floor of a case: the same bare page, but it strips and derives the public graph from the
 * raw network inside the measured task, as the map must (`&derive`). First paint only (bench/README.md).
 */
const floorOf = (testCase) => ({ ...bareOf(testCase), name: `bare-derive-${testCase.name}`, query: `${testCase.query}&derive`, paintOnly: true });

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  // An observed value (the upper middle one for an even count): a long task is either "none" (0) or
  // over 50 ms, and the mean of the two would be neither.
  return sorted[Math.floor(sorted.length / 2)];
}

/** One result per case: the first run, with the median of each key number over all settled runs. */
function combine(runs) {
  const settled = runs.filter((r) => r.status === 'settled' || (r.paintOnly && typeof r.paintMs === 'number'));
  if (settled.length === 0) return { ...runs[0], runs: runs.length };
  const combined = structuredClone(settled[0]);
  for (const path of MEDIAN_FIELDS) {
    const value = median(settled.map((r) => path.reduce((o, key) => o?.[key], r)));
    const parent = path.slice(0, -1).reduce((o, key) => o?.[key], combined);
    if (parent && value !== undefined) parent[path[path.length - 1]] = value;
  }
  combined.runs = runs.length;
  combined.settledRuns = settled.length;
  return combined;
}

async function main() {
  const profile = flag('profile');
  const trace = flag('trace');
  const repeat = Math.max(1, Math.min(10, Number(option('repeat', '1')) || 1));
  const interactionMs = Math.max(500, Number(option('interaction', '3000')) || 3000);
  const timeoutMs = Math.max(2000, Number(option('timeout', '20000')) || 20000);
  const only = option('cases', '').split(',').filter(Boolean);
  const cases = only.length ? ALL_CASES.filter((c) => only.includes(c.name)) : ALL_CASES;
  // The editor case (bench/editor-typing.mjs) runs after the map cases, with its own page and report.
  const editorCase = only.length === 0 || only.includes('editor-typing');
  if (only.length && cases.length === 0 && !editorCase) throw new Error(`no such case: ${only.join(', ')} (known: ${ALL_CASES.map((c) => c.name).join(', ')})`);

  const started = Date.now();
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (set CHROME_PATH)`);
  if (cases.length === 0) return void console.log((await benchEditorTyping({ root, executablePath })).report);
  const build = prepareBuild(root, { build: !flag('no-build'), profile });
  try {
    await measureAll({ build, cases, executablePath, profile, trace, repeat, interactionMs, timeoutMs, started, bare: !flag('no-bare') });
  } finally {
    rmSync(build.privateDir, { recursive: true, force: true });
  }
  if (editorCase) console.log(`\n${(await benchEditorTyping({ root, executablePath })).report}\n`);
}

async function measureAll({ build, cases, executablePath, profile, trace, repeat, interactionMs, timeoutMs, started, bare }) {
  const bundle = measureBundle(build.bundlePath);
  const composition = bundleComposition(root, bundle);
  const server = await startStaticServer(profile ? build.debugDemoDir : build.demoDir);
  // Default vsync-paced frames (no --disable-gpu-vsync / --disable-frame-rate-limit): rAF runs at the
  // display rate, so fps is capped at 60 and a slow frame shows as a missed frame. See bench/README.md.
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-extensions'],
  });
  const results = [];
  const loadBefore = loadavg()[0];
  try {
    for (const testCase of cases) {
      if (testCase.file && !existsSync(join(root, testCase.file))) {
        results.push({ name: testCase.name, skipped: `${testCase.file} does not exist yet` });
        console.log(`bench: ${testCase.name}: skipped (${testCase.file} does not exist yet)`);
        continue;
      }
      // The map and its bare baseline alternate, run by run, so both see the same load on the machine.
      const variants = bare ? [testCase, bareOf(testCase), floorOf(testCase)] : [testCase];
      const runs = variants.map(() => []);
      for (let i = 0; i < repeat; i++) {
        for (const [v, variant] of variants.entries()) {
          process.stdout.write(`bench: ${variant.name}${repeat > 1 ? ` (run ${i + 1}/${repeat})` : ''} … `);
          const result = await measureCase(browser, variant, { baseUrl: server.url, timeoutMs, interactionMs, profile, trace, demoDir: profile ? build.debugDemoDir : build.demoDir });
          console.log(`${result.paintOnly ? `painted in ${Math.round(result.paintMs)} ms` : result.status === 'settled' ? `settled in ${Math.round(result.settleMs)} ms` : `${result.status}: ${result.error ?? ''}`}${result.interaction ? `, ${result.interaction.fps.toFixed(1)} fps` : ''}${result.cross ? `, cross ${result.cross.fps.toFixed(1)} fps` : ''}`);
          if (result.errors?.length) console.log(`  page errors: ${result.errors.slice(0, 3).join(' | ')}`);
          runs[v].push(result);
        }
      }
      const [mapResult, bareResult, floorResult] = runs.map((r) => (repeat > 1 ? { ...combine(r), allRuns: r } : r[0]));
      results.push(bareResult ? { ...mapResult, baseline: bareResult, ...(floorResult ? { floor: floorResult } : {}) } : mapResult);
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }

  const loadAfter = loadavg()[0];
  const machine = `${cpus().length} CPU(s), load average ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end`;
  const gpu = results.find((r) => r.gpu)?.gpu ?? 'unknown';
  const checks = evaluateTargets(bundle, results);
  const report = [
    `## GIA netwerkkaart benchmark${profile ? ' (PROFILE run: unminified build with the CPU profiler on; timings are not representative)' : ''}`,
    '',
    `Chromium ${browser.version()} headless, viewport 1280×900 @1x, ${repeat > 1 ? `median of ${repeat} runs` : 'one run'} per case, production Vite build of demo/bench.html. ${build.notes.join(' ')}`,
    '',
    `Machine: ${machine}; WebGL renderer: ${gpu}. Timings scale with the load: compare runs made under similar load.`,
    '',
    `Bundle (each file gzipped on its own): entry dist/gia-netwerkkaart.js ${bundle.entry.raw} bytes minified, ${bundle.entry.gzip} gzip; ` +
      `first paint (entry + static chunks, ${bundle.firstPaint.files} file(s)) ${bundle.firstPaint.raw} bytes, ${bundle.firstPaint.gzip} gzip (${(bundle.firstPaint.gzip / 1024).toFixed(1)} KB), ${bundle.firstPaint.brotli} brotli; ` +
      `all ${bundle.all.files} file(s) ${bundle.all.raw} bytes, ${bundle.all.gzip} gzip (${(bundle.all.gzip / 1024).toFixed(1)} KB).`,
    '',
    caseTable(results),
    '',
    ...(results.some((r) => r.baseline) ? ['### The map as a ratio to the bare d3-force + SVG baseline (same run, alternating pages)', '', ratioTable(results), '', RATIO_NOTE, ''] : []),
    ...(results.some((r) => r.floor) ? ['### First paint against the privacy floor (the bare page stripping and deriving the public graph in its measured task)', '', floorTable(results), '', FLOOR_NOTE, ''] : []),
    'first paint: gia:data-in → the start of the first frame after the one that set gia:first-paint. settled: gia:data-in → gia:settled. fps and p95: rAF frame deltas during ~' +
      `${Math.round(interactionMs / 1000)} s of scripted drag-panning and wheel zooming. Long tasks are only reported above 50 ms ("< 50": none).`,
    '',
    '### Targets',
    '',
    targetTable(checks),
    '',
    `### Bundle composition (the real files next to ${composition.entry}, attributed to their sources by their source maps; minified bytes before gzip)`,
    '',
    ...[['First paint (entry + static chunks)', composition.firstPaint], ['Lazy chunks', composition.lazy]].flatMap(([label, part]) => [
      `${label}: ${part.chunks.map((c) => `${basename(c.file)} ${(c.bytes / 1024).toFixed(1)} KB`).join(', ') || '—'}.`,
      '',
      `Made of: ${part.groups.slice(0, 10).map((c) => `${c.group} ${(c.bytes / 1024).toFixed(1)} KB`).join(', ') || '—'}.`,
      '',
      `Largest files: ${part.files.slice(0, 8).map((f) => `${f.file} ${(f.bytes / 1024).toFixed(1)} KB`).join(', ') || '—'}.`,
      '',
    ]),
    '',
    '### Where the time goes',
    '',
    findings(results) || '(no data)',
  ].join('\n');
  console.log(`\n${report}\n`);

  const out = join(root, 'bench', profile ? 'results-profile.json' : 'results.json');
  writeFileSync(
    out,
    JSON.stringify(
      { date: new Date().toISOString(), chromium: browser.version(), machine, gpu, durationMs: Date.now() - started, repeat, interactionMs, profile, notes: build.notes, targets: TARGETS, bundle, composition, checks, results },
      null,
      2,
    ) + '\n',
  );
  console.log(`bench: wrote ${out} (${Math.round((Date.now() - started) / 1000)} s)`);
  const measured = results.filter((r) => !r.skipped);
  if (measured.length > 0 && measured.every((r) => r.harnessError)) {
    console.error('bench: every case failed in the harness');
    process.exitCode = 2;
  }
}

main().catch((error) => {
  console.error(`bench: failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
