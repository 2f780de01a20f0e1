/**
 * One problem → one line: `file:line:column  /json/pointer  message`.
 */
import type { Problem } from '../model/problem.js';
import { makeVisible, truncate } from '../model/text.js';
import type { CliText } from '../i18n/cli-messages.js';

export function formatProblem(file: string, problem: Problem, t: CliText): string {
  const pointer = problem.path === '' ? t('wholeFile') : makeVisible(truncate(problem.path, 200));
  const prefix = problem.severity === 'warning' ? `${t('warning')}: ` : '';
  return `${file}:${problem.line ?? 1}:${problem.column ?? 1}  ${pointer}  ${prefix}${problem.message}`;
}

/** Problems in file order (line, then column); problems without a place first. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A file name as given, safe to print. */
export function shownName(file: string): string {
  return makeVisible(file);
}
