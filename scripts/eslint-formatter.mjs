// ESLint formatter for `npm run lint`: ESLint's own "stylish" report, then one summary line that is
// printed on success too, so a CI log shows how much was checked.
import { ESLint } from 'eslint';

/**
 * The summary line for a lint run.
 * @param {Array<{ errorCount: number, warningCount: number }>} results ESLint's results, one per file.
 * @returns {string}
 */
export function lintSummary(results) {
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = errors > 0 ? 'FAILED' : 'passed';
  return `lint ${verdict}: ${plural(results.length, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** @type {import('eslint').ESLint.FormatterFunction} */
export default async function format(results, context) {
  const stylish = await new ESLint().loadFormatter('stylish');
  const report = await stylish.format(results, context);
  return `${report}${report ? '\n' : ''}${lintSummary(results)}\n`;
}
