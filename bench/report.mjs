// Markdown report of the benchmark: the table per case and the targets with PASS/FAIL.
export const TARGETS = {
  bundleGzipBytes: 40 * 1024,
  realPaintMs: 100,
  realSettleMs: 1000,
  settle1000Ms: 1000,
  longTask1000Ms: 50,
  fps5000: 55,
  /** Pan/zoom with the pointer crossing nodes (the cross case), SVG path at 200 and 500 nodes. */
  crossFps: 55,
  crossP95Ms: 20,
  /** First painted frame as a ratio to the bare d3-force + SVG baseline (medians of the same run). */
  realPaintRatio: 1.2,
  paint200Ratio: 1.5,
  paint1000Ratio: 0.8,
};

/** The figures of the ratio table: [label, path, lower is better]. */
const RATIO_FIGURES = [
  ['first paint ms', ['paintMs'], true],
  ['settled ms', ['settleMs'], true],
  ['fps pan', ['interaction', 'fps'], false],
  ['p95 pan ms', ['interaction', 'p95'], true],
  ['fps cross', ['cross', 'fps'], false],
  ['p95 cross ms', ['cross', 'p95'], true],
  ['longest task load ms', ['load', 'longestTaskMs'], true],
];

export const RATIO_NOTE =
  'Each cell: the map\'s median (range over the runs) / the bare baseline\'s median (range) = the ratio of the medians, ' +
  'and in brackets the range of the ratios of the paired runs (map run i against bare run i, measured one after the other). ' +
  'Below 1 the map is faster for times and slower for fps. The bare page draws no labels, no toolbar and no panels and ' +
  'gets ready-made node and link arrays (see bench/README.md). Long tasks: "< 50" is none over 50 ms (ratio not defined).';

const ms = (v) => (typeof v === 'number' && Number.isFinite(v) ? `${Math.round(v)}` : '—');
const num = (v, digits = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '—');
const mb = (v) => (typeof v === 'number' ? (v / 1048576).toFixed(1) : '—');
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
/** Long tasks are only reported above 50 ms: no entry means every task was shorter. */
const task = (v) => (typeof v !== 'number' ? '—' : v === 0 ? '< 50' : `${Math.round(v)}`);

export function caseTable(results) {
  const rows = [
    '| case | nodes | links | renderer | first paint ms | settled ms | fps (pan/zoom) | p95 frame ms | fps cross | p95 cross ms | longest task ms (load / pan / cross) | JS heap MB (after GC) |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    if (r.skipped) {
      rows.push(`| ${r.name} | — | — | — | — | — | — | — | — | — | — | ${'skipped: ' + r.skipped} |`);
      continue;
    }
    if (r.status !== 'settled' && !r.interaction) {
      rows.push(`| ${r.name} | ${r.nodes ?? '—'} | ${r.links ?? '—'} | ${r.renderer ?? '—'} | ${ms(r.paintMs)} | ${r.status}: ${r.error ?? ''} | — | — | — | — | — | — |`);
      continue;
    }
    for (const row of r.baseline ? [r, r.baseline] : [r]) {
      const i = row.interaction;
      const c = row.cross;
      const settle = row.status === 'settled' ? ms(row.settleMs) : `${row.status}: ${row.error ?? ''}`;
      rows.push(
        `| ${row.name} | ${row.nodes} | ${row.links} | ${row.renderer} | ${ms(row.paintMs)} | ${settle} | ${num(i?.fps)} | ${num(i?.p95)} | ${num(c?.fps)} | ${num(c?.p95)} | ${task(row.load?.longestTaskMs)} / ${task(i?.longestTaskMs)} / ${task(c?.longestTaskMs)} | ${mb(row.heapUsedBytes)} (${mb(row.heapAfterGcBytes)}) |`,
      );
    }
  }
  return rows.join('\n');
}

const at = (r, path) => path.reduce((o, key) => o?.[key], r);
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
/** The value of every settled run (or of the one run). */
const runValues = (r, path) => (r.allRuns ?? [r]).filter((run) => run.status === 'settled' || run.interaction || run.paintOnly).map((run) => at(run, path));
const figure = (v, path) => (path[path.length - 1] === 'fps' ? num(v) : path[0] === 'load' ? task(v) : path[path.length - 1] === 'p95' ? num(v) : ms(v));

/** "median (min–max)" of one figure over the runs. */
function withRange(r, path) {
  const values = runValues(r, path).filter(finite);
  const median = at(r, path);
  if (values.length < 2) return figure(median, path);
  return `${figure(median, path)} (${figure(Math.min(...values), path)}–${figure(Math.max(...values), path)})`;
}

/** The ratio of the medians of map and baseline, or undefined (no figure, or a long task under 50 ms). */
export function ratioOf(r, path, baseline = r.baseline) {
  const a = at(r, path);
  const b = baseline ? at(baseline, path) : undefined;
  return finite(a) && finite(b) && b > 0 && a > 0 ? a / b : undefined;
}

/** "**1.23×** [0.9–1.6]": the ratio of the medians of `a` and `b`, and the range of the ratios of their paired runs. */
function ratioCell(a, b, path) {
  const ratio = ratioOf(a, path, b);
  const bRuns = runValues(b, path);
  const paired = runValues(a, path)
    .map((v, i) => (finite(v) && finite(bRuns[i]) && v > 0 && bRuns[i] > 0 ? v / bRuns[i] : undefined))
    .filter(finite);
  const pairedRange = paired.length > 1 ? ` [${Math.min(...paired).toFixed(2)}–${Math.max(...paired).toFixed(2)}]` : '';
  return ratio === undefined ? '—' : `**${ratio.toFixed(2)}×**${pairedRange}`;
}

/** The map as a ratio to its bare d3-force + SVG baseline: one row per case, each figure with its ranges. */
export function ratioTable(results) {
  const rows = [`| case | ${RATIO_FIGURES.map(([label]) => label).join(' | ')} |`, `|---|${RATIO_FIGURES.map(() => '---:').join('|')}|`];
  for (const r of results) {
    if (!r.baseline || r.skipped) continue;
    const cells = RATIO_FIGURES.map(([, path]) => `${withRange(r, path)} / ${withRange(r.baseline, path)} = ${ratioCell(r, r.baseline, path)}`);
    rows.push(`| ${r.name} | ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

export const FLOOR_NOTE =
  'The bare baseline gets a graph stripped and derived before gia:data-in; the map gets the raw network and must strip ' +
  'personal data and derive its graph after it. The privacy floor is the bare page doing that stripping and deriving in ' +
  'its measured task (bench-bare.html?…&derive), with the same code as the map, and nothing more: floor / bare is ' +
  'what that work alone costs against the bare baseline, whatever draws the nodes. Medians (range) of the same run; in ' +
  'brackets the range of the paired ratios.';

/** First paint: the map, the bare baseline and the privacy floor, with their ratios. */
export function floorTable(results) {
  const path = ['paintMs'];
  const rows = ['| case | map ms | bare ms | floor ms | map / bare | floor / bare | map / floor |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of results) {
    if (!r.baseline || !r.floor || r.skipped) continue;
    const cells = [withRange(r, path), withRange(r.baseline, path), withRange(r.floor, path), ratioCell(r, r.baseline, path), ratioCell(r.floor, r.baseline, path), ratioCell(r, r.floor, path)];
    rows.push(`| ${r.name} | ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

/** The range over the runs (with --repeat), e.g. " (5 runs: 48–194)": on a busy machine single runs differ a lot. */
function runRange(r, key) {
  const values = (r.allRuns ?? []).map((run) => run[key]).filter((v) => typeof v === 'number');
  if (values.length < 2) return '';
  return ` (${values.length} runs: ${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
}

/** @returns {{ target: string, measured: string, pass: boolean | undefined }[]} */
export function evaluateTargets(bundle, results) {
  const checks = [];
  const fp = bundle.firstPaint;
  checks.push({
    target: `bundle for the map (dist/gia-netwerkkaart.js + the chunks it imports statically) < ${kb(TARGETS.bundleGzipBytes)} gzip`,
    measured: `${kb(fp.gzip)} gzip in ${fp.files} file(s) (${kb(fp.raw)} minified); all ${bundle.all.files} files incl. lazy chunks ${kb(bundle.all.gzip)} gzip`,
    pass: fp.gzip < TARGETS.bundleGzipBytes,
  });
  const byName = new Map(results.map((r) => [r.name, r]));
  for (const name of ['zuid-limburg', 'rotterdam-rijnmond', 'zuid-limburg-cold', 'rotterdam-rijnmond-cold']) {
    const r = byName.get(name);
    if (!r || r.skipped) {
      checks.push({ target: `${name}: painted ≤ ${TARGETS.realPaintMs} ms, settled ≤ ${TARGETS.realSettleMs} ms`, measured: r?.skipped ?? 'not run', pass: undefined });
      continue;
    }
    const start = name.endsWith('-cold') ? ' (element made, given the data and put on the page in one task)' : ' (map on the page before its data)';
    checks.push({
      target: `${name}: first painted frame ≤ ${TARGETS.realPaintMs} ms after data-in${start}`,
      measured: r.status === 'settled' || r.paintMs !== undefined ? `${ms(r.paintMs)} ms${runRange(r, 'paintMs')}` : `${r.status}: ${r.error ?? ''}`,
      pass: typeof r.paintMs === 'number' && r.paintMs <= TARGETS.realPaintMs,
    });
    checks.push({
      target: `${name}: settled ≤ ${TARGETS.realSettleMs} ms after data-in`,
      measured: r.status === 'settled' ? `${ms(r.settleMs)} ms${runRange(r, 'settleMs')}` : `${r.status}: ${r.error ?? ''}`,
      pass: typeof r.settleMs === 'number' && r.settleMs <= TARGETS.realSettleMs,
    });
  }
  for (const name of ['zuid-limburg', 'rotterdam-rijnmond', 'zuid-limburg-cold', 'rotterdam-rijnmond-cold', 'synthetic-200', 'synthetic-1000']) {
    const r = byName.get(name);
    if (!r?.baseline) continue;
    const limit = name.startsWith('synthetic-200') ? TARGETS.paint200Ratio : name.startsWith('synthetic-1000') ? TARGETS.paint1000Ratio : TARGETS.realPaintRatio;
    const ratio = ratioOf(r, ['paintMs']);
    const floor = r.floor ? ratioOf(r.floor, ['paintMs'], r.baseline) : undefined;
    checks.push({
      target: `${name}: first painted frame ≤ ${limit} × the bare d3-force + SVG baseline (medians, same run)`,
      measured:
        ratio === undefined
          ? 'no ratio'
          : `${ratio.toFixed(2)}× (${ms(r.paintMs)} ms${runRange(r, 'paintMs')} / ${ms(r.baseline.paintMs)} ms${runRange(r.baseline, 'paintMs')})` +
            (floor === undefined ? '' : `; the privacy floor alone: ${floor.toFixed(2)}× (${ms(r.floor.paintMs)} ms${runRange(r.floor, 'paintMs')})`),
      pass: ratio === undefined ? undefined : ratio <= limit,
    });
  }
  for (const name of ['synthetic-200', 'synthetic-500']) {
    const c = byName.get(name)?.cross;
    if (!c) continue;
    checks.push({
      target: `${name}: ≥ ${TARGETS.crossFps} fps and p95 frame ≤ ${TARGETS.crossP95Ms} ms while panning and zooming with the pointer crossing nodes (cross)`,
      measured: `${num(c.fps)} fps, p95 ${num(c.p95)} ms`,
      pass: c.fps >= TARGETS.crossFps && c.p95 <= TARGETS.crossP95Ms,
    });
  }
  const n1000 = byName.get('synthetic-1000');
  if (n1000) {
    checks.push({
      target: `1,000 nodes: settled ≤ ${TARGETS.settle1000Ms} ms`,
      measured: n1000.status === 'settled' ? `${ms(n1000.settleMs)} ms` : `${n1000.status}: ${n1000.error ?? ''}`,
      pass: typeof n1000.settleMs === 'number' && n1000.settleMs <= TARGETS.settle1000Ms,
    });
    const longestTask = Math.max(n1000.load?.longestTaskMs ?? NaN, n1000.interaction?.longestTaskMs ?? NaN);
    checks.push({
      target: `1,000 nodes: no main-thread task over ${TARGETS.longTask1000Ms} ms (load through settle, and panning)`,
      measured: Number.isFinite(longestTask) ? (longestTask === 0 ? 'none over 50 ms' : `${ms(longestTask)} ms (load ${task(n1000.load?.longestTaskMs)}, pan ${task(n1000.interaction?.longestTaskMs)})`) : `${n1000.status}: ${n1000.error ?? ''}`,
      pass: Number.isFinite(longestTask) && longestTask < TARGETS.longTask1000Ms,
    });
  }
  const n5000 = byName.get('synthetic-5000');
  if (n5000) {
    const fps = n5000.interaction?.fps;
    checks.push({
      target: `5,000 nodes: ≥ ${TARGETS.fps5000} fps while panning and zooming`,
      measured: typeof fps === 'number' ? `${num(fps)} fps (p95 frame ${num(n5000.interaction.p95)} ms)` : `${n5000.status}: ${n5000.error ?? ''}`,
      pass: typeof fps === 'number' && fps >= TARGETS.fps5000,
      ...(n5000.status !== 'settled' && typeof fps === 'number' ? { measured: `${num(fps)} fps (p95 frame ${num(n5000.interaction.p95)} ms), layout still running: ${n5000.error ?? n5000.status}` } : {}),
    });
  }
  return checks;
}

export function targetTable(checks) {
  const label = (pass) => (pass === undefined ? 'SKIP' : pass ? 'PASS' : 'FAIL');
  return ['| target | measured | result |', '|---|---|---|', ...checks.map((c) => `| ${c.target} | ${c.measured} | **${label(c.pass)}** |`)].join('\n');
}

/** Where the time goes: long-animation-frame script attribution and (with --profile) CPU self time. */
export function findings(results) {
  const lines = [];
  for (const r of results) {
    if (r.skipped || !r.load) continue;
    lines.push(`### ${r.name} (${r.renderer}, ${r.nodes} nodes, ${r.domNodes} node elements in the DOM)`);
    for (const [phase, data] of [['load → settle', r.load], ['pan/zoom', r.interaction], ['cross (pan/zoom through the nodes)', r.cross]]) {
      if (!data) continue;
      const f = data.frames;
      lines.push(
        `- ${phase}: ${data.longTasks} long task(s), longest ${task(data.longestTaskMs)} ms; ${f.count} long animation frame(s), ${ms(f.totalMs)} ms in total, of which the render phase (rAF callbacks + style/layout/paint) ${ms(f.renderMs)} ms (style+layout ${ms(f.styleAndLayoutMs)} ms)` +
          (f.longest ? `; longest frame ${ms(f.longest.duration)} ms (render ${ms(f.longest.render)} ms)` : ''),
      );
      for (const s of data.topScripts ?? []) {
        lines.push(`  - script ${s.source}: ${s.count}×, ${ms(s.totalMs)} ms total, max ${ms(s.maxMs)} ms${s.forcedLayoutMs > 1 ? `, forced layout ${ms(s.forcedLayoutMs)} ms` : ''}`);
      }
    }
    for (const t of r.trace ?? []) {
      if (t.error) {
        lines.push(`- trace: ${t.error}`);
        continue;
      }
      const parts = Object.entries(t.mainThreadMs).map(([k, v]) => `${k} ${v}`).join(', ');
      lines.push(`- trace ${t.window} (${t.windowMs} ms): main thread ms: ${parts}; raster threads ${t.rasterThreadsMs} ms`);
    }
    for (const [phase, profile] of [['first-frame profile (data handed over → first painted frame)', r.firstFrameProfile], ['load profile (first frame → settled)', r.loadProfile], ['pan/zoom profile', r.interactionProfile], ['cross profile', r.crossProfile]]) {
      if (!profile) continue;
      lines.push(`- ${phase} (CPU self time, unminified build; sampled ${ms(profile.sampledMs)} ms, idle ${ms(profile.idleMs)} ms):`);
      for (const t of profile.top.slice(0, 10)) lines.push(`  - ${t.selfMs} ms ${t.fn}`);
      lines.push(`  - total (inclusive) time: ${profile.inclusive
        .filter((t) => t.fn.split(' ')[0].replace(/^.*\./, '').length > 3)
        .slice(0, 24)
        .map((t) => `${t.fn.split(' ')[0]} ${Math.round(t.totalMs)}`)
        .join(', ')}`);
    }
  }
  return lines.join('\n');
}
