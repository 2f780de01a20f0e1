/**
 * A strict JSON scanner that knows positions: it explains the FIRST syntax error in words an editor
 * understands (trailing comma, single quotes, comments, …), finds duplicate keys, and records where
 * the values at given JSON pointers start. It builds no values (JSON.parse does that); it never
 * recurses, so hostile nesting cannot overflow the stack.
 */

export interface ScanIssue {
  code:
    | 'json-trailing-comma'
    | 'json-missing-comma'
    | 'json-missing-colon'
    | 'json-missing-value'
    | 'json-unquoted-key'
    | 'json-single-quotes'
    | 'json-smart-quotes'
    | 'json-comment'
    | 'json-unterminated-string'
    | 'json-control-character'
    | 'json-invalid-escape'
    | 'json-invalid-number'
    | 'json-invalid-literal'
    | 'json-unexpected-character'
    | 'json-unexpected-end'
    | 'json-trailing-content'
    | 'json-mismatched-bracket'
    | 'json-duplicate-key'
    | 'json-too-deep';
  /** Offset (UTF-16 index) in the text. */
  offset: number;
  /** Pointer of the value the issue is in (for duplicate keys and depth). */
  pointer?: string;
  text?: string;
  closer?: string;
  found?: string;
  expected?: string;
  openOffset?: number;
  firstOffset?: number;
}

export interface ScanResult {
  /** The first syntax error, if any (scanning stops there). */
  error?: ScanIssue;
  /** Duplicate keys (and depth problems) found before the end or the first error. */
  issues: ScanIssue[];
  /** Start offsets of the wanted pointers: the key for an object member, else the value. */
  positions: Map<string, number>;
}

export const MAX_DEPTH = 64;

interface Frame {
  kind: 'object' | 'array';
  open: number;
  pointer: string;
  index: number;
  keys?: Map<string, number>;
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const LOOSE = /[A-Za-z0-9_$.+-]+/y;

const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Scans `text` (without BOM). `wanted`: pointers whose start offsets should be recorded; pass
 * `undefined` to record none.
 */
export function scanJson(text: string, wanted?: ReadonlySet<string>): ScanResult {
  const issues: ScanIssue[] = [];
  const positions = new Map<string, number>();
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const record = wanted !== undefined && wanted.size > 0;

  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const fail = (issue: ScanIssue): ScanResult => ({ error: issue, issues, positions });
  const closerOf = (f: Frame) => (f.kind === 'object' ? '}' : ']');
  const atEnd = (): ScanResult => {
    const top = stack[stack.length - 1];
    return fail({
      code: 'json-unexpected-end',
      offset: n,
      ...(top ? { openOffset: top.open, closer: closerOf(top) } : {}),
    });
  };

  /** Diagnoses a character where a value was expected. */
  const badValue = (afterComma: number | undefined, afterColon: boolean): ScanResult => {
    if (i >= n) return atEnd();
    const c = text[i]!;
    if (c === "'") return fail({ code: 'json-single-quotes', offset: i });
    if ('“”‘’„'.includes(c)) return fail({ code: 'json-smart-quotes', offset: i });
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail({ code: 'json-comment', offset: i });
    if (c === ']' || c === '}') {
      if (afterComma !== undefined) return fail({ code: 'json-trailing-comma', offset: afterComma, closer: c });
      if (afterColon) return fail({ code: 'json-missing-value', offset: i });
      const top = stack[stack.length - 1];
      if (top && c !== closerOf(top)) {
        return fail({ code: 'json-mismatched-bracket', offset: i, found: c, expected: closerOf(top), openOffset: top.open });
      }
      return fail({ code: 'json-unexpected-character', offset: i, text: c });
    }
    if (c === ',') {
      if (afterColon) return fail({ code: 'json-missing-value', offset: i });
      return fail({ code: 'json-unexpected-character', offset: i, text: c });
    }
    if (/[0-9.+-]/.test(c)) {
      LOOSE.lastIndex = i;
      const m = LOOSE.exec(text);
      return fail({ code: 'json-invalid-number', offset: i, text: m ? m[0] : c });
    }
    if (/[A-Za-z_$]/.test(c)) {
      WORD.lastIndex = i;
      const word = WORD.exec(text)![0];
      return fail({ code: 'json-invalid-literal', offset: i, text: word });
    }
    return fail({ code: 'json-unexpected-character', offset: i, text: String.fromCodePoint(text.codePointAt(i)!) });
  };

  /** Scans a string starting at `i` (which is a `"`); returns an error or undefined, leaves `i` after it. */
  const scanString = (): ScanIssue | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return undefined;
      }
      if (code === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) return { code: 'json-unterminated-string', offset: start };
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return { code: 'json-invalid-escape', offset: i, text: text.slice(i, i + 6).replace(/["\s].*$/s, '') };
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) return { code: 'json-invalid-escape', offset: i, text: '\\' + e };
        i += 2;
        continue;
      }
      if (code === 0x0a || code === 0x0d) return { code: 'json-unterminated-string', offset: start };
      if (code < 0x20) return { code: 'json-control-character', offset: i, text: text[i] };
      i++;
    }
    return { code: 'json-unterminated-string', offset: start };
  };

  const stringValue = (start: number, end: number): string => {
    const raw = text.slice(start, end);
    if (!raw.includes('\\')) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  };

  // The state machine: 'value' expects a value; 'after' has just finished a value.
  let state: 'value' | 'after' = 'value';
  let pendingPointer = '';
  let commaAt: number | undefined;
  let afterColon = false;

  for (;;) {
    skip();
    if (state === 'value') {
      if (i >= n) return atEnd();
      const c = text.charCodeAt(i);
      const valueStart = i;
      if (record && wanted.has(pendingPointer) && !positions.has(pendingPointer)) positions.set(pendingPointer, valueStart);
      if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (stack.length >= MAX_DEPTH) {
          issues.push({ code: 'json-too-deep', offset: i, pointer: pendingPointer });
          return fail(issues.pop()!);
        }
        const frame: Frame = { kind: c === 0x7b ? 'object' : 'array', open: i, pointer: pendingPointer, index: 0 };
        if (frame.kind === 'object') frame.keys = new Map();
        stack.push(frame);
        i++;
        skip();
        if (frame.kind === 'array') {
          if (text.charCodeAt(i) === 0x5d) {
            stack.pop();
            i++;
            state = 'after';
            continue;
          }
          pendingPointer = frame.pointer + '/0';
          commaAt = undefined;
          afterColon = false;
          continue;
        }
        // Object: expect a key or }.
        if (text.charCodeAt(i) === 0x7d) {
          stack.pop();
          i++;
          state = 'after';
          continue;
        }
        const keyError = readKey(undefined);
        if (keyError) return keyError;
        continue;
      }
      if (c === 0x22) {
        const error = scanString();
        if (error) return fail(error);
        state = 'after';
        continue;
      }
      if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        LOOSE.lastIndex = i;
        const loose = LOOSE.exec(text)![0];
        if (!m || m[0].length !== loose.length) return fail({ code: 'json-invalid-number', offset: i, text: loose });
        i += m[0].length;
        state = 'after';
        continue;
      }
      if (c >= 0x61 && c <= 0x7a) {
        WORD.lastIndex = i;
        const word = WORD.exec(text)![0];
        if (word === 'true' || word === 'false' || word === 'null') {
          i += word.length;
          state = 'after';
          continue;
        }
      }
      return badValue(commaAt, afterColon);
    }

    // state === 'after': a value has ended.
    const top = stack[stack.length - 1];
    if (!top) {
      if (i >= n) return { issues, positions };
      if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail({ code: 'json-comment', offset: i });
      return fail({ code: 'json-trailing-content', offset: i });
    }
    if (i >= n) return atEnd();
    const c = text[i]!;
    if (c === ',') {
      const comma = i;
      i++;
      if (top.kind === 'array') {
        top.index++;
        pendingPointer = top.pointer + '/' + top.index;
        state = 'value';
        commaAt = comma;
        afterColon = false;
        continue;
      }
      skip();
      const keyError = readKey(comma);
      if (keyError) return keyError;
      continue;
    }
    if (c === closerOf(top)) {
      stack.pop();
      i++;
      state = 'after';
      continue;
    }
    if (c === ']' || c === '}') {
      return fail({ code: 'json-mismatched-bracket', offset: i, found: c, expected: closerOf(top), openOffset: top.open });
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail({ code: 'json-comment', offset: i });
    if (c === ':' && top.kind === 'array') return fail({ code: 'json-unexpected-character', offset: i, text: c });
    // Something that starts a new value or key: a comma is missing.
    if (/["'{[0-9a-zA-Z“”‘’-]/.test(c)) return fail({ code: 'json-missing-comma', offset: i });
    return fail({ code: 'json-unexpected-character', offset: i, text: String.fromCodePoint(text.codePointAt(i)!) });
  }

  /** Reads `"key":` at `i` inside the top object; sets up the state for its value. */
  function readKey(comma: number | undefined): ScanResult | undefined {
    const top = stack[stack.length - 1]!;
    skip();
    if (i >= n) return atEnd();
    const c = text[i]!;
    if (c === '}' && comma !== undefined) return fail({ code: 'json-trailing-comma', offset: comma, closer: '}' });
    if (c === ']') {
      return fail({ code: 'json-mismatched-bracket', offset: i, found: c, expected: '}', openOffset: top.open });
    }
    if (c !== '"') {
      if (/[A-Za-z_$]/.test(c)) {
        WORD.lastIndex = i;
        const word = WORD.exec(text)![0];
        return fail({ code: 'json-unquoted-key', offset: i, text: word });
      }
      return badValue(undefined, false);
    }
    const keyStart = i;
    const error = scanString();
    if (error) return fail(error);
    const key = stringValue(keyStart, i);
    const pointer = top.pointer + '/' + escapeSegment(key);
    const first = top.keys!.get(key);
    if (first !== undefined) {
      issues.push({ code: 'json-duplicate-key', offset: keyStart, text: key, firstOffset: first, pointer });
    } else {
      top.keys!.set(key, keyStart);
    }
    if (record && wanted.has(pointer) && !positions.has(pointer)) positions.set(pointer, keyStart);
    skip();
    if (text[i] !== ':') {
      if (i >= n) return atEnd();
      return fail({ code: 'json-missing-colon', offset: i, text: key });
    }
    i++;
    // Value positions of members are recorded under a private name; the key position wins above.
    pendingPointer = pointer;
    state = 'value';
    commaAt = undefined;
    afterColon = true;
    return undefined;
  }
}

/** Start offsets of every line (for offset → line/column). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
