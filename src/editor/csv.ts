/**
 * Reading and writing CSV as spreadsheets make it: semicolon (Dutch Excel), comma or tab separated,
 * UTF-8 with or without BOM or Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)"), quoted fields with doubled quotes and line breaks inside quotes, CRLF or LF.
 * Never throws; a quote that is never closed is reported with its line.
 */

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvTable {
  delimiter: CsvDelimiter;
  /** Rows of cells; completely empty lines are left out. */
  rows: string[][];
  /** 1-based line in the text where each row starts. */
  lines: number[];
  /** Problems with the text itself (an unclosed quote), with their line. */
  problems: { line: number; code: 'unclosed-quote' }[];
}

export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Whether the file started with a UTF-8 byte order mark. */
  bom: boolean;
  /** Number of replacement characters (U+FFFD) in the text: characters that could not be read. */
  replacements: number;
}

/** Code points of bytes 0x80–0x9F in Windows-1252 (the WHATWG index); every other byte is its Latin-1 code point. */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Windows-1252 by its table: Node builds without full ICU decode the label 'windows-1252' as Latin-1,
 * which turns "€" into U+0080, so the mapping is done here and gives the same text everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : byte);
    if (chunk.length === 8192) parts.push(String.fromCharCode(...chunk.splice(0)));
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** Runs a stepped computation (a generator that yields its progress) to its end and returns its result. */
export function runSteps<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Bytes of a CSV file → text. Strict UTF-8 first (a BOM counts as UTF-8); when the bytes are not valid
 * UTF-8 they are read as Windows-1252, which every byte maps to.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  return runSteps(decodeCsvSteps(bytes));
}

/**
 * `decodeCsvBytes` in steps of `chunkBytes` bytes, yielding the bytes read so far after each step (so a large
 * file can be read one browser task per step; csv-preview-task.ts).
 */
export function* decodeCsvSteps(bytes: Uint8Array, chunkBytes = Infinity): Generator<number, DecodedCsv, void> {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const size = Math.max(1, Math.min(chunkBytes, bytes.length));
  let parts: string[] = [];
  let encoding: CsvEncoding = 'utf-8';
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    for (let at = 0; at < bytes.length; at += size) {
      if (at > 0) yield at;
      parts.push(decoder.decode(bytes.subarray(at, at + size), { stream: true }));
    }
    parts.push(decoder.decode());
  } catch {
    encoding = 'windows-1252';
    parts = [];
    for (let at = 0; at < bytes.length; at += size) {
      yield at;
      parts.push(decodeWindows1252(bytes.subarray(at, at + size)));
    }
  }
  // Joining the parts into one text of several megabytes is a step of its own.
  if (bytes.length > size) yield bytes.length;
  const text = parts.join('');
  let replacements = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacements++;
  return { text, encoding, bom, replacements };
}

/** The most likely delimiter: the one that occurs most in the first line, outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return counts[','] > 0 ? ',' : ';';
}

/** Parses CSV text (delimiter detected unless given). */
export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvTable {
  return runSteps(parseCsvSteps(input, delimiter));
}

/**
 * `parseCsv` in steps: yields the characters read so far at the end of a row once `chunkChars` more characters
 * were read (so a large file can be parsed one browser task per step; csv-preview-task.ts).
 */
export function* parseCsvSteps(input: string, delimiter?: CsvDelimiter, chunkChars = Infinity): Generator<number, CsvTable, void> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: CsvTable['problems'] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let cellWasQuoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;

  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '' || cellWasQuoted) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    cell = '';
    cellWasQuoted = false;
  };

  // Runs of ordinary characters are taken as one slice (found by char code, or by indexOf inside quotes) instead of
  // one string concatenation per character: a file of 20,000 rows is read in a fraction of the time.
  const sepCode = sep.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let mark = 0;
  while (i < n) {
    if (quoted) {
      const q = text.indexOf('"', i);
      const end = q === -1 ? n : q;
      for (let nl = text.indexOf('\n', i); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) line++;
      cell += text.slice(i, end);
      if (q === -1) break;
      if (text.charCodeAt(q + 1) === 34) {
        cell += '"';
        i = q + 2;
      } else {
        quoted = false;
        i = q + 1;
      }
      continue;
    }
    let j = i;
    while (j < n) {
      const code = text.charCodeAt(j);
      if (code === 34 || code === sepCode || code === 13 || code === 10) break;
      j++;
    }
    if (j > i) {
      cell += text.slice(i, j);
      i = j;
      if (i >= n) break;
    }
    const ch = text[i]!;
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cellWasQuoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
      if (i - mark >= chunkChars) {
        mark = i;
        yield i;
      }
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) problems.push({ line: quoteLine, code: 'unclosed-quote' });
  if (cell !== '' || row.length > 0 || cellWasQuoted) endRow();
  return { delimiter: sep, rows, lines, problems };
}

function quoteCell(value: string, sep: string): string {
  return /["\r\n]/.test(value) || value.includes(sep) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV text of rows. With `bom` (default true) a UTF-8 byte order mark is written first, so Excel opens
 * accented characters correctly; lines end in CRLF as spreadsheets expect.
 */
export function serializeCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ';', bom = true): string {
  const body = rows.map((r) => r.map((c) => quoteCell(c, delimiter)).join(delimiter)).join('\r\n');
  return (bom ? '\uFEFF' : '') + body + '\r\n';
}
