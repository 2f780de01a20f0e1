// Summarises a V8 CPU profile (CDP Profiler.stop): self time and total (inclusive) time per function.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * For the unminified demo build: names the class a method belongs to (`GiaNetworkMap.render`), from the
 * nearest preceding top-level `var X = class` / `function x` line of the served file.
 * @returns {(url: string, line: number) => string | undefined}
 */
export function createLocator(demoDir) {
  const files = new Map();
  try {
    for (const name of readdirSync(join(demoDir, 'assets'))) {
      if (!name.endsWith('.js')) continue;
      const marks = [];
      readFileSync(join(demoDir, 'assets', name), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const cls = text.match(/^(?:var|let|const) (\w+) = (?:\w+\()?class\b/);
          if (cls) marks.push({ line: i + 1, name: cls[1] });
          else if (/^(?:async )?function\*? \w+/.test(text) || /^}/.test(text)) marks.push({ line: i + 1, name: undefined });
        });
      files.set(`/assets/${name}`, marks);
    }
  } catch {
    // no build to read: plain function names
  }
  return (url, line) => {
    const marks = files.get(url);
    if (!marks) return undefined;
    let found;
    for (const mark of marks) {
      if (mark.line > line) break;
      found = mark;
    }
    return found?.name;
  };
}

export function summarizeProfile(profile, limit = 15, locate = () => undefined) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const byFunction = new Map();
  for (const [id, ms] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const file = (frame.url || '').replace(/^https?:\/\/[^/]+/, '');
    const owner = frame.functionName ? locate(file, frame.lineNumber + 1) : undefined;
    const key = frame.functionName
      ? `${owner ? `${owner}.` : ''}${frame.functionName} ${file}:${frame.lineNumber + 1}`
      : file
        ? `(anonymous) ${file}:${frame.lineNumber + 1}`
        : `(${frame.functionName || 'native'})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  // Inclusive (total) time per named function: each sample counts once for every function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inclusive = new Map();
  profile.samples?.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (!frame?.functionName || !frame.url) continue;
      const file = frame.url.replace(/^https?:\/\/[^/]+/, '');
      const owner = locate(file, frame.lineNumber + 1);
      const key = `${owner ? `${owner}.` : ''}${frame.functionName} ${file}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const idle = ['(idle)', '(program)'];
  const busy = [...byFunction.entries()].filter(([key]) => !idle.some((name) => key.startsWith(name)));
  return {
    sampledMs: total,
    idleMs: [...byFunction.entries()].filter(([key]) => key.startsWith('(idle)')).reduce((t, [, ms]) => t + ms, 0),
    top: busy.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([fn, ms]) => ({ fn, selfMs: Math.round(ms * 10) / 10 })),
    inclusive: [...inclusive.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit * 2)
      .map(([fn, ms]) => ({ fn, totalMs: Math.round(ms * 10) / 10 })),
  };
}
