/**
 * Which validation problems belong where in the editor: next to one field, inside an item (its list badge and
 * the box above its form), or nowhere yet.
 */
import type { Problem, ValidationResult } from '../model/index.js';

/** True when `problem` is about `pointer` or something inside it. */
export function isInside(problem: Problem, pointer: string): boolean {
  return problem.path === pointer || problem.path.startsWith(pointer + '/');
}

/** Errors and warnings inside `pointer`, for a badge in the list. */
export function problemCount(result: ValidationResult, pointer: string): { errors: number; warnings: number } {
  return {
    errors: result.problems.filter((p) => isInside(p, pointer)).length,
    warnings: result.warnings.filter((p) => isInside(p, pointer)).length,
  };
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
