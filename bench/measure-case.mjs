// Measures one case in headless Chromium: load → first painted frame → settled, JS heap, then ~3 s of
// scripted panning and zooming with frame times from a requestAnimationFrame loop in the page.
import { createLocator, summarizeProfile } from './profile-summary.mjs';
import { summarizeTrace } from './trace-summary.mjs';

const FINAL = ['settled', 'error', 'timeout'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tasks overlapping [from, to]. */
function overlapping(entries, from, to) {
  return entries.filter((e) => e.start < to && e.start + e.duration > from);
}

function longest(entries) {
  return entries.reduce((max, e) => Math.max(max, e.duration), 0);
}

/** Script attribution of long animation frames: total and longest duration per source. */
function topScripts(frames, limit = 6) {
  const bySource = new Map();
  for (const frame of frames) {
    for (const script of frame.scripts) {
      const key = `${script.invoker} → ${script.source}`;
      const item = bySource.get(key) ?? { source: key, count: 0, totalMs: 0, maxMs: 0, forcedLayoutMs: 0 };
      item.count++;
      item.totalMs += script.duration;
      item.maxMs = Math.max(item.maxMs, script.duration);
      item.forcedLayoutMs += script.forcedStyleAndLayout;
      bySource.set(key, item);
    }
  }
  return [...bySource.values()].sort((a, b) => b.totalMs - a.totalMs).slice(0, limit);
}

function frameBreakdown(frames) {
  const sum = (key) => frames.reduce((total, f) => total + f[key], 0);
  const longestFrame = frames.reduce((best, f) => (!best || f.duration > best.duration ? f : best), undefined);
  return {
    count: frames.length,
    totalMs: sum('duration'),
    renderMs: sum('render'),
    styleAndLayoutMs: sum('styleAndLayout'),
    longest: longestFrame
      ? {
          duration: longestFrame.duration,
          render: longestFrame.render,
          styleAndLayout: longestFrame.styleAndLayout,
          scripts: longestFrame.scripts.slice(0, 4),
        }
      : undefined,
  };
}

/**
 * A point on the background of the stage near its centre, in page coordinates: not on a node element, and
 * clear of every node position, so a drag pans instead of moving a node (the map's canvas path hit-tests
 * nodes by distance). The page tells where its stage is (`window.__benchStage()`: the map's shadow root,
 * or the bare baseline's document); node positions are layout coordinates, mapped by the screen matrix of
 * the group that pans and zooms.
 */
async function backgroundPoint(page) {
  return page.evaluate(() => {
    const { root, stage, surface, viewport, positions } = window.__benchStage?.() ?? {};
    if (!root || !stage) return undefined;
    const rect = stage.getBoundingClientRect();
    const matrix = viewport?.getScreenCTM?.();
    const screen = [];
    if (matrix) for (const p of positions) screen.push([matrix.a * p.x + matrix.c * p.y + matrix.e, matrix.b * p.x + matrix.d * p.y + matrix.f]);
    // The largest layout radius is about 31 (a phase: 22); keep a few pixels more for the hit test.
    const clearance = 32 * Math.abs(matrix?.a ?? 1) + 6;
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    const candidates = [];
    for (let dx = -0.4; dx <= 0.4; dx += 0.025) for (let dy = -0.4; dy <= 0.4; dy += 0.025) candidates.push([dx, dy]);
    candidates.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
    for (const [dx, dy] of candidates) {
      const x = cx + dx * rect.width;
      const y = cy + dy * rect.height;
      const element = root.elementFromPoint(x, y);
      if (!element || element.closest('[data-id]')) continue;
      if (!surface?.contains(element) && element.tagName !== 'CANVAS') continue;
      if (screen.some(([sx, sy]) => Math.hypot(sx - x, sy - y) < clearance)) continue;
      return { x, y, width: rect.width, height: rect.height, centre: { x: cx, y: cy } };
    }
    return undefined;
  });
}

/** Drags the background along a figure-eight for `ms` milliseconds (one input event per ~frame). */
async function dragPan(page, point, ms, ax, ay) {
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  const start = Date.now();
  let steps = 0;
  while (Date.now() - start < ms) {
    const t = (Date.now() - start) / ms;
    await page.mouse.move(point.x + ax * Math.sin(2 * Math.PI * t), point.y + ay * Math.sin(4 * Math.PI * t));
    steps++;
    await sleep(12);
  }
  await page.mouse.move(point.x, point.y);
  await page.mouse.up();
  return steps;
}

async function wheelZoom(page, point, ms) {
  await page.mouse.move(point.x, point.y);
  const start = Date.now();
  let steps = 0;
  while (Date.now() - start < ms) {
    const t = (Date.now() - start) / ms;
    // zoom in for the first half, out for the second (d3-zoom: 100 px ≈ ×0.82 per event)
    await page.mouse.wheel(0, t < 0.5 ? -60 : 60);
    steps++;
    await sleep(25);
  }
  return steps;
}

/**
 * The "cross" interaction (after the side-by-side run of network-graph libraries in issue 17): a 1 s drag
 * from the background point nearest the stage centre along a figure-eight that spans most of the stage,
 * released at that point, then 1 s of wheel zoom in and out at the centre, while the pointer (no button
 * held) drifts round a small circle there, so it crosses nodes while they move under it (hover emphasis on).
 */
async function crossNodes(page, point, ms) {
  const ax = point.width * 0.3;
  const ay = point.height * 0.3;
  let steps = await dragPan(page, point, ms / 2, ax, ay);
  const { x, y } = point.centre;
  const start = Date.now();
  while (Date.now() - start < ms / 2) {
    const t = (Date.now() - start) / (ms / 2);
    await page.mouse.move(x + 40 * Math.cos(6 * Math.PI * t), y + 40 * Math.sin(6 * Math.PI * t));
    await page.mouse.wheel(0, t < 0.5 ? -60 : 60);
    steps += 2;
    await sleep(12);
  }
  return steps;
}

/** Frame stats, long tasks and long animation frames of one interaction (between two page marks). */
async function interactionResult(page, frames, from, to, events) {
  await sleep(100); // let the observers deliver the last entries
  const after = await page.evaluate(() => ({ longTasks: window.__bench.longTasks, longFrames: window.__bench.longFrames }));
  const tasks = overlapping(after.longTasks, from, to);
  const loafs = overlapping(after.longFrames, from, to);
  return {
    inputEvents: events,
    durationMs: to - from,
    ...frames,
    longestTaskMs: longest(tasks),
    longTasks: tasks.length,
    frames: frameBreakdown(loafs),
    topScripts: topScripts(loafs),
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ name: string, query: string }} testCase
 * @param {{ baseUrl: string, timeoutMs: number, interactionMs: number, profile: boolean, trace: boolean, demoDir?: string }} options
 */
export async function measureCase(browser, testCase, options) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) pageErrors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const result = { name: testCase.name, query: testCase.query, errors: pageErrors };
  const locate = options.profile && options.demoDir ? createLocator(options.demoDir) : undefined;
  let tracing = false;
  try {
    if (options.trace) {
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline'],
      });
      tracing = true;
    }
    const url = `${options.baseUrl}/${testCase.page ?? 'bench.html'}?${testCase.query}&timeout=${options.timeoutMs}${options.profile ? '&hold' : ''}`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) throw new Error(`bench.html: HTTP ${response?.status()}`);
    if (options.profile) {
      // Three CPU profiles: data handed over → first painted frame, → settled, and the interaction.
      await page.waitForFunction(() => typeof window.__benchGo === 'function' || window.__bench?.status === 'error', undefined, { timeout: 30000 });
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.__benchGo?.());
      await page.waitForFunction(() => window.__bench?.status !== 'loading', undefined, { timeout: options.timeoutMs + 15000, polling: 'raf' });
      result.firstFrameProfile = summarizeProfile((await cdp.send('Profiler.stop')).profile, 15, locate);
      await cdp.send('Profiler.start');
    }
    // A paint-only variant (the privacy floor, see bench/README.md) stops once its first frame is painted.
    const until = testCase.paintOnly ? ['painted', ...FINAL] : FINAL;
    await page.waitForFunction((final) => final.includes(window.__bench?.status), until, {
      timeout: options.timeoutMs + 15000,
      polling: 100,
    });
    const bench = await page.evaluate(() => window.__bench);
    Object.assign(result, {
      status: bench.status,
      error: bench.error,
      nodes: bench.nodes,
      links: bench.links,
      renderer: bench.renderer,
      domNodes: bench.domNodes,
      gpu: bench.gpu,
      generateMs: bench.network?.generateMs,
      paintMs: bench.paintMs,
      firstPaintMarkMs: bench.t.firstPaintMark !== undefined && bench.t.dataIn !== undefined ? bench.t.firstPaintMark - bench.t.dataIn : undefined,
      settleMs: bench.settleMs,
    });
    if (options.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      result.loadProfile = summarizeProfile(profile, 15, locate);
    }
    if (testCase.paintOnly) return Object.assign(result, { paintOnly: true });
    result.settledInTime = bench.status === 'settled';
    // Not painted: nothing to interact with. Painted but not settled in time: still measure panning
    // (with the layout still running), the table says the case timed out.
    if (bench.t.painted === undefined) return result;

    const loadFrom = (bench.t.setData ?? bench.t.dataIn) - 1;
    const loadTo = bench.t.settled ?? (await page.evaluate(() => performance.now()));
    const loadTasks = overlapping(bench.longTasks, loadFrom, loadTo);
    result.load = {
      longestTaskMs: longest(loadTasks),
      longTasks: loadTasks.length,
      longTaskMsTotal: loadTasks.reduce((t, e) => t + e.duration, 0),
      frames: frameBreakdown(overlapping(bench.longFrames, loadFrom, loadTo)),
      topScripts: topScripts(overlapping(bench.longFrames, loadFrom, loadTo)),
    };

    // JS heap after settle: as is, and after a forced garbage collection.
    const metrics = await cdp.send('Performance.getMetrics');
    result.heapUsedBytes = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapAfterGcBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    // Scripted panning and zooming.
    if (options.profile) await cdp.send('Profiler.start');
    const point = await backgroundPoint(page);
    if (!point) throw new Error('no background point to drag on the map');
    const ax = Math.min(160, point.width * 0.25);
    const ay = Math.min(110, point.height * 0.2);
    await page.evaluate(() => window.__benchFrames.start());
    const from = await page.evaluate(() => performance.mark('bench:interaction-start').startTime);
    const slice = options.interactionMs;
    let events = await dragPan(page, point, slice * 0.4, ax, ay);
    events += await wheelZoom(page, point, slice * 0.25);
    const again = (await backgroundPoint(page)) ?? point;
    events += await dragPan(page, again, slice * 0.35, -ax, ay);
    const to = await page.evaluate(() => performance.mark('bench:interaction-end').startTime);
    const frames = await page.evaluate(() => window.__benchFrames.stop());
    if (options.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      result.interactionProfile = summarizeProfile(profile, 15, locate);
    }
    result.interaction = await interactionResult(page, frames, from, to, events);

    // The cross case: from the centre through the nodes (fresh frame loop, after the layout has rested again).
    await sleep(300);
    if (options.profile) await cdp.send('Profiler.start');
    const centre = (await backgroundPoint(page)) ?? point;
    await page.evaluate(() => window.__benchFrames.start());
    const crossFrom = await page.evaluate(() => performance.mark('bench:cross-start').startTime);
    const crossEvents = await crossNodes(page, centre, options.crossMs ?? 2000);
    const crossTo = await page.evaluate(() => performance.mark('bench:cross-end').startTime);
    const crossFrames = await page.evaluate(() => window.__benchFrames.stop());
    if (options.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      result.crossProfile = summarizeProfile(profile, 15, locate);
    }
    result.cross = await interactionResult(page, crossFrames, crossFrom, crossTo, crossEvents);
    if (tracing) {
      tracing = false;
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      result.trace = [
        summarizeTrace(trace, 'gia:data-in', 'gia:first-paint'),
        summarizeTrace(trace, 'gia:first-paint', 'bench:painted'),
        summarizeTrace(trace, 'gia:data-in', 'gia:settled'),
        summarizeTrace(trace, 'bench:interaction-start', 'bench:interaction-end'),
        summarizeTrace(trace, 'bench:cross-start', 'bench:cross-end'),
      ];
    }
    return result;
  } catch (error) {
    result.status = result.status ?? 'error';
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.harnessError = true;
    return result;
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await context.close().catch(() => undefined);
  }
}
