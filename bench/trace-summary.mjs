// Summarises a Chromium trace (browser.startTracing, devtools.timeline): self time per event name on the
// renderer main thread between two user-timing marks, e.g. gia:data-in → gia:first-paint.
// Self time: an event's duration minus its children on the same thread, so nothing is counted twice.

const NAMES = {
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.callFunction': 'script', TimerFire: 'script', FireAnimationFrame: 'script',
  EventDispatch: 'script', RunMicrotasks: 'script', 'v8.run': 'script', V8Execute: 'script', ParseHTML: 'parse',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'paint (pre-paint)', Paint: 'paint',
  PaintImage: 'paint', Layerize: 'paint (layerize)', Commit: 'commit', UpdateLayer: 'paint', 'Document::updateStyleAndLayout': 'layout',
  MinorGC: 'gc', MajorGC: 'gc', 'BlinkGC.AtomicPhase': 'gc', 'V8.GC_SCAVENGER': 'gc', HitTest: 'hit test',
};

/** @param {{ traceEvents?: object[] } | object[]} trace */
export function summarizeTrace(trace, fromMark, toMark) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  const threadNames = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name);
  const markTime = (name, last = false) => {
    const hits = events.filter((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing')).map((e) => e.ts);
    return hits.length ? (last ? Math.max(...hits) : Math.min(...hits)) : undefined;
  };
  const from = markTime(fromMark);
  const to = markTime(toMark, true);
  if (from === undefined || to === undefined) return { error: `marks ${fromMark}/${toMark} not in the trace` };
  const main = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const inWindow = main.filter((e) => e.ts < to && e.ts + e.dur > from).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of inWindow) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const key =
      NAMES[e.name] ??
      (e.name.startsWith('V8.GC') ? 'gc' : e.name.startsWith('V8.') ? 'script' : e.name.includes('RunTask') ? 'task (unattributed)' : e.name);
    self.set(key, (self.get(key) ?? 0) + e.dur);
    if (parent) self.set(parent.key, (self.get(parent.key) ?? 0) - e.dur);
    stack.push({ ts: e.ts, dur: e.dur, key });
  }
  const raster = events
    .filter((e) => e.ph === 'X' && /Raster|Compositor|VizCompositor/i.test(threadNames.get(`${e.pid}:${e.tid}`) ?? '') && e.ts < to && e.ts + e.dur > from)
    .filter((e) => e.name === 'RasterTask' || e.name === 'TaskGraphRunner::RunTask')
    .reduce((t, e) => t + e.dur, 0);
  const round = (us) => Math.round(us / 100) / 10;
  return {
    window: `${fromMark} → ${toMark}`,
    windowMs: round(to - from),
    mainThreadMs: Object.fromEntries([...self.entries()].filter(([, us]) => us > 500).sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, round(us)])),
    rasterThreadsMs: round(raster),
  };
}
