/**
 * Validates a parsed network: shape (precompiled schema validator, no eval), schemaVersion, then
 * the reference pass. Messages are Dutch unless `lang: 'en'` is asked for.
 */
import { describePointer } from './describe-path.js';
import type { Lang } from '../i18n/lookup.js';
import { modelTexts } from '../i18n/model-catalogue.js';
import type { ModelText } from '../i18n/model-messages.js';
import type { CheckContext, NetworkCheck, Problem, ValidationResult } from './problem.js';
import { referenceProblems } from './reference-check.js';
import { hostileTextProblems, impossibleDates, schemaProblems } from './schema-problems.js';
import { isRecord, quote } from './text.js';
import { READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from './types.js';

/** At most this many errors are listed; the rest is summarised in one last problem. */
export const MAX_PROBLEMS = 200;

function typeName(value: unknown): 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'boolean' || t === 'object') return t;
  return 'number';
}

export function validateNetwork(
  data: unknown,
  options: { lang?: Lang; checks?: NetworkCheck[] } = {},
): ValidationResult {
  const m = modelTexts(options.lang);
  if (!isRecord(data)) {
    return {
      valid: false,
      problems: [{ path: '', code: 'not-an-object', message: m('notAnObject', { actual: typeName(data) }), severity: 'error' }],
      warnings: [],
    };
  }
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  // schemaVersion first: a file for another version gets one clear message.
  if (!('schemaVersion' in data)) {
    problems.push({
      path: '',
      code: 'schema-version-missing',
      message: m('schemaVersionMissing', { supported: SCHEMA_VERSION }),
      severity: 'error',
    });
  } else if (!(READABLE_SCHEMA_VERSIONS as readonly unknown[]).includes(data.schemaVersion)) {
    problems.push({
      path: '/schemaVersion',
      code: 'schema-version-unsupported',
      message: m('schemaVersionUnsupported', {
        value: quote(data.schemaVersion),
        supported: SCHEMA_VERSION,
        readable: READABLE_SCHEMA_VERSIONS,
        notText: typeof data.schemaVersion !== 'string',
      }),
      severity: 'error',
    });
  }

  const shape = schemaProblems(data, m);
  // A bidi control in a short text is refused by the schema too: report it once.
  const shaped = new Set(shape.map((p) => p.path));
  problems.push(...shape, ...impossibleDates(data, m), ...hostileTextProblems(data, m).filter((p) => !shaped.has(p.path)));
  const refs = referenceProblems(data, m);
  problems.push(...refs.problems);
  warnings.push(...refs.warnings);

  if (options.checks && options.checks.length > 0) {
    const context: CheckContext = { lang: options.lang ?? 'nl', describe: (path) => describePointer(data, path, m).text };
    for (const check of options.checks) {
      for (const p of check(data, context)) (p.severity === 'warning' ? warnings : problems).push(p);
    }
  }

  return { valid: problems.length === 0, problems: cap(problems, m), warnings: cap(warnings, m) };
}

function cap(list: Problem[], m: ModelText): Problem[] {
  if (list.length <= MAX_PROBLEMS) return list;
  const rest = list.length - MAX_PROBLEMS;
  return [
    ...list.slice(0, MAX_PROBLEMS),
    { path: '', code: 'too-many-problems', message: m('tooManyProblems', { count: rest }), severity: list[0]!.severity },
  ];
}
