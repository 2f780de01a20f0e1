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

/**
 * Bytes of a CSV file → text. Strict UTF-8 first (a BOM counts as UTF-8); when the bytes are not valid
 * UTF-8 they are read as Windows-1252, which every byte maps to.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: CsvEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    encoding = 'windows-1252';
    text = decodeWindows1252(bytes);
  }
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

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
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
    } else {
      cell += ch;
    }
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
