/**
 * Reading and writing CSV as spreadsheets make it: semicolon (Dutch Excel), comma or tab separated,
 * UTF-8 with or without BOM, quoted fields with doubled quotes and line breaks inside quotes, CRLF or LF.
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
