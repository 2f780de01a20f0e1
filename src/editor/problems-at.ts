/**
 * Which validation problems belong where in the editor: next to one field, inside an item (its list badge and
 * the box above its form), or nowhere yet.
 */
import type { Problem, ValidationResult } from '../model/index.js';

/** True when `problem` is about `pointer` or something inside it. */
export function isInside(problem: Problem, pointer: string): boolean {
  return problem.path === pointer || problem.path.startsWith(pointer + '/');
}

type Counts = { errors: number; warnings: number };
const countIndexes = new WeakMap<ValidationResult, Map<string, Counts>>();

/** Errors and warnings per pointer, counting each problem at its own path and at every path above it. */
function countIndex(result: ValidationResult): Map<string, Counts> {
  let index = countIndexes.get(result);
  if (index) return index;
  index = new Map();
  const add = (p: Problem, kind: keyof Counts) => {
    // Every prefix that ends at a segment boundary: "/a/b/c" counts for "/a", "/a/b" and "/a/b/c".
    for (let end = p.path.indexOf('/', 1); ; end = p.path.indexOf('/', end + 1)) {
      const prefix = end === -1 ? p.path : p.path.slice(0, end);
      let counts = index.get(prefix);
      if (!counts) index.set(prefix, (counts = { errors: 0, warnings: 0 }));
      counts[kind]++;
      if (end === -1) break;
    }
  };
  for (const p of result.problems) add(p, 'errors');
  for (const p of result.warnings) add(p, 'warnings');
  countIndexes.set(result, index);
  return index;
}

/**
 * Errors and warnings inside `pointer`, for a badge in the list. Counted once per validation result, so a list
 * of a thousand items asks in constant time per item.
 */
export function problemCount(result: ValidationResult, pointer: string): Counts {
  const counts = countIndex(result).get(pointer);
  return { errors: counts?.errors ?? 0, warnings: counts?.warnings ?? 0 };
}

/**
 * A lookup of errors and warnings: those exactly at `pointer`, or (with `children`) also those inside it.
 * Built once per validation result; a form asks it for every field.
 */
export function problemLookup(result: ValidationResult): (pointer: string, children?: boolean) => Problem[] {
  const all = [...result.problems, ...result.warnings];
  const byPath = new Map<string, Problem[]>();
  for (const p of all) {
    if (!byPath.has(p.path)) byPath.set(p.path, []);
    byPath.get(p.path)!.push(p);
  }
  return (pointer, children) => (children ? all.filter((p) => isInside(p, pointer)) : (byPath.get(pointer) ?? []));
}

/** Errors and warnings inside `pointer` that `shown` does not hold (no field showed them). */
export function problemsNotShown(result: ValidationResult, pointer: string, shown: ReadonlySet<Problem>): Problem[] {
  return [...result.problems, ...result.warnings].filter((p) => isInside(p, pointer) && !shown.has(p));
}
