// Types of eslint-formatter.mjs for its node test.
export function lintSummary(results: ReadonlyArray<{ errorCount: number; warningCount: number }>): string;
declare const format: import('eslint').ESLint.FormatterFunction;
export default format;
