/**
 * Text → JSON value, with problems an editor understands: empty file, BOM, UTF-16, syntax errors
 * with line and column, duplicate keys, absurd size or nesting.
 */
import type { Lang } from '../i18n/lookup.js';
import { modelTexts } from '../i18n/model-catalogue.js';
import type { ModelText } from '../i18n/model-messages.js';
import type { Problem } from './problem.js';
import { lineStarts, positionOf, scanJson, type ScanIssue } from './json-scan.js';
import { codePointName, makeVisible, quote } from './text.js';

/** Largest text accepted (characters; the CLI checks bytes before reading). */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;

export type ParseResult =
  | { ok: true; value: unknown; warnings?: Problem[] }
  | { ok: false; problems: Problem[] };

/** Human size: "52,4 MB" / "52.4 MB". */
export function formatSize(bytes: number, lang: Lang = 'nl'): string {
  const mb = bytes / (1024 * 1024);
  const text = mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
  return `${lang === 'en' ? text : text.replace('.', ',')} MB`;
}

const problem = (code: string, message: string, extra: Partial<Problem> = {}): Problem => ({
  path: '',
  code,
  message,
  severity: 'error',
  ...extra,
});

/** True when text decoded from UTF-16 bytes as if they were 8-bit looks like this (many NULs). */
export function looksLikeUtf16(text: string): boolean {
  if (text.startsWith('\uFFFE') || text.startsWith('\u00FF\u00FE') || text.startsWith('\u00FE\u00FF')) return true;
  const sample = text.slice(0, 2000);
  if (sample.length < 4) return false;
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  return nul / sample.length > 0.3;
}

export function parseNetworkText(text: string, options: { lang?: Lang } = {}): ParseResult {
  const m = modelTexts(options.lang);
  if (typeof text !== 'string') return { ok: false, problems: [problem('file-not-text', m('jsonSyntax'))] };
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      problems: [
        problem('file-too-large', m('fileTooLarge', { size: formatSize(text.length, options.lang), limit: formatSize(MAX_TEXT_LENGTH, options.lang) })),
      ],
    };
  }
  if (text.length === 0) return { ok: false, problems: [problem('file-empty', m('fileEmpty'))] };
  if (looksLikeUtf16(text)) return { ok: false, problems: [problem('file-utf16', m('utf16'))] };
  const warnings: Problem[] = [];
  let body = text;
  let shift = 0;
  if (body.charCodeAt(0) === 0xfeff) {
    body = body.slice(1);
    shift = 1;
    warnings.push({ ...problem('file-bom', m('bom'), { line: 1, column: 1 }), severity: 'warning' });
  }
  if (body.trim() === '') return { ok: false, problems: [problem('file-whitespace', m('fileWhitespace'))] };

  let value: unknown;
  let parsed: boolean;
  try {
    value = JSON.parse(body);
    parsed = true;
  } catch {
    parsed = false;
  }
  // The scanner explains syntax errors, and finds duplicate keys and absurd nesting JSON.parse accepts.
  const scan = scanJson(body);
  const starts = lineStarts(text);
  const at = (offset: number) => positionOf(starts, offset + shift);
  const problems: Problem[] = [];
  for (const issue of scan.issues) problems.push(describeIssue(issue, m, at));
  if (scan.error) problems.push(describeIssue(scan.error, m, at));
  else if (!parsed) problems.push(problem('json-syntax', m('jsonSyntax')));
  if (problems.length > 0) return { ok: false, problems };
  // Text decoded by a browser or editor turns unreadable bytes into U+FFFD: say where the first is.
  const replacement = body.indexOf('\uFFFD');
  if (replacement >= 0) {
    const p = at(replacement);
    warnings.push({ ...problem('file-replacement-character', m('replacementCharacter', p), p), severity: 'warning' });
  }
  return warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };
}

function describeIssue(
  issue: ScanIssue,
  m: ModelText,
  at: (offset: number) => { line: number; column: number },
): Problem {
  const p = at(issue.offset);
  const text = issue.text ?? '';
  const line = (offset: number | undefined) => (offset === undefined ? undefined : at(offset).line);
  let message: string;
  switch (issue.code) {
    case 'json-trailing-comma':
      message = m('jsonTrailingComma', { ...p, closer: issue.closer ?? '}' });
      break;
    case 'json-missing-comma':
      message = m('jsonMissingComma', p);
      break;
    case 'json-missing-colon':
      message = m('jsonMissingColon', { ...p, key: quote(text) });
      break;
    case 'json-missing-value':
      message = m('jsonMissingValue', p);
      break;
    case 'json-unquoted-key':
      message = m('jsonUnquotedKey', { ...p, key: quote(text) });
      break;
    case 'json-single-quotes':
      message = m('jsonSingleQuotes', p);
      break;
    case 'json-smart-quotes':
      message = m('jsonSmartQuotes', p);
      break;
    case 'json-comment':
      message = m('jsonComment', p);
      break;
    case 'json-unterminated-string':
      message = m('jsonUnterminatedString', p);
      break;
    case 'json-control-character':
      message = m('jsonControlCharacter', { ...p, char: codePointName(text) });
      break;
    case 'json-invalid-escape':
      message = m('jsonInvalidEscape', { ...p, escape: quote(text, 12) });
      break;
    case 'json-invalid-number':
      message = m('jsonInvalidNumber', { ...p, text: quote(text, 30) });
      break;
    case 'json-invalid-literal':
      message = m('jsonInvalidLiteral', { ...p, word: quote(text, 30) });
      break;
    case 'json-unexpected-character': {
      const visible = makeVisible(text);
      const name = visible !== text || /\s/.test(text) || text.codePointAt(0)! > 0x7e ? codePointName(text) : undefined;
      message = m('jsonUnexpectedCharacter', { ...p, char: `'${visible}'`, ...(name ? { name } : {}) });
      break;
    }
    case 'json-unexpected-end': {
      const openLine = line(issue.openOffset);
      message = m('jsonUnexpectedEnd', { ...p, ...(openLine !== undefined && issue.closer ? { openLine, closer: issue.closer } : {}) });
      break;
    }
    case 'json-trailing-content':
      message = m('jsonTrailingContent', p);
      break;
    case 'json-mismatched-bracket':
      message = m('jsonMismatchedBracket', {
        ...p,
        found: issue.found ?? '?',
        expected: issue.expected ?? '?',
        openLine: line(issue.openOffset) ?? 1,
      });
      break;
    case 'json-duplicate-key':
      message = m('jsonDuplicateKey', { ...p, key: quote(text), firstLine: line(issue.firstOffset) ?? 1 });
      break;
    case 'json-too-deep':
      message = m('tooDeep', { where: { text: m('root'), root: true } });
      break;
  }
  return {
    path: issue.pointer ?? '',
    code: issue.code,
    message,
    severity: 'error',
    line: p.line,
    column: p.column,
  };
}
