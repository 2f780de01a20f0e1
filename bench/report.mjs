// Markdown report of the benchmark: the table per case and the targets with PASS/FAIL.
export const TARGETS = {
  bundleGzipBytes: 40 * 1024,
  realPaintMs: 100,
  realSettleMs: 1000,
  settle1000Ms: 2000,
  longTask1000Ms: 50,
  fps5000: 50,
};

const ms = (v) => (typeof v === 'number' && Number.isFinite(v) ? `${Math.round(v)}` : '—');
const num = (v, digits = 1) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '—');
const mb = (v) => (typeof v === 'number' ? (v / 1048576).toFixed(1) : '—');
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
/** Long tasks are only reported above 50 ms: no entry means every task was shorter. */
const task = (v) => (typeof v !== 'number' ? '—' : v === 0 ? '< 50' : `${Math.round(v)}`);

export function caseTable(results) {
  const rows = [
    '| case | nodes | links | renderer | first paint ms | settled ms | fps (pan/zoom) | p95 frame ms | longest task ms (load / pan) | JS heap MB (after GC) |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    if (r.skipped) {
      rows.push(`| ${r.name} | — | — | — | — | — | — | — | — | ${'skipped: ' + r.skipped} |`);
      continue;
    }
    if (r.status !== 'settled' && !r.interaction) {
      rows.push(`| ${r.name} | ${r.nodes ?? '—'} | ${r.links ?? '—'} | ${r.renderer ?? '—'} | ${ms(r.paintMs)} | ${r.status}: ${r.error ?? ''} | — | — | — | — |`);
      continue;
    }
    const i = r.interaction;
    const settle = r.status === 'settled' ? ms(r.settleMs) : `${r.status}: ${r.error ?? ''}`;
    rows.push(
      `| ${r.name} | ${r.nodes} | ${r.links} | ${r.renderer} | ${ms(r.paintMs)} | ${settle} | ${num(i?.fps)} | ${num(i?.p95)} | ${task(r.load?.longestTaskMs)} / ${task(i?.longestTaskMs)} | ${mb(r.heapUsedBytes)} (${mb(r.heapAfterGcBytes)}) |`,
    );
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
  const n1000 = byName.get('synthetic-1000');
  if (n1000) {
    checks.push({
      target: `1,000 nodes: settled < ${TARGETS.settle1000Ms} ms`,
      measured: n1000.status === 'settled' ? `${ms(n1000.settleMs)} ms` : `${n1000.status}: ${n1000.error ?? ''}`,
      pass: typeof n1000.settleMs === 'number' && n1000.settleMs < TARGETS.settle1000Ms,
    });
    const longestTask = Math.max(n1000.load?.longestTaskMs ?? NaN, n1000.interaction?.longestTaskMs ?? NaN);
    checks.push({
      target: `1,000 nodes: no main-thread task over ${TARGETS.longTask1000Ms} ms (load through settle, and panning)`,
      measured: Number.isFinite(longestTask) ? (longestTask === 0 ? 'none over 50 ms' : `${ms(longestTask)} ms (load ${task(n1000.load?.longestTaskMs)}, pan ${task(n1000.interaction?.longestTaskMs)})`) : `${n1000.status}: ${n1000.error ?? ''}`,
      pass: Number.isFinite(longestTask) && longestTask <= TARGETS.longTask1000Ms,
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
    for (const [phase, data] of [['load → settle', r.load], ['pan/zoom', r.interaction]]) {
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
    for (const [phase, profile] of [['first-frame profile (data handed over → first painted frame)', r.firstFrameProfile], ['load profile (first frame → settled)', r.loadProfile], ['pan/zoom profile', r.interactionProfile]]) {
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
