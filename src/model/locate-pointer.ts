/**
 * JSON pointer → line and column in the original text (for the CLI and the editor).
 */
import { lineStarts, positionOf, scanJson } from './json-scan.js';
import { parsePointer, toPointer } from './text.js';

/**
 * Line/column (1-based) of many pointers in one scan: the key of an object member, the value of an
 * array item. A pointer that does not exist (a missing field) gets its nearest existing ancestor.
 */
export function locatePointers(text: string, pointers: readonly string[]): Map<string, { line: number; column: number }> {
  const result = new Map<string, { line: number; column: number }>();
  if (pointers.length === 0) return result;
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = shift ? text.slice(1) : text;
  const wanted = new Set<string>();
  for (const pointer of pointers) {
    const segments = parsePointer(pointer);
    for (let k = segments.length; k >= 0; k--) wanted.add(toPointer(segments.slice(0, k)));
  }
  const { positions } = scanJson(body, wanted);
  const starts = lineStarts(text);
  for (const pointer of pointers) {
    const segments = parsePointer(pointer);
    for (let k = segments.length; k >= 0; k--) {
      const offset = positions.get(toPointer(segments.slice(0, k)));
      if (offset !== undefined) {
        result.set(pointer, positionOf(starts, offset + shift));
        break;
      }
    }
  }
  return result;
}

/** Line/column of exactly this pointer, or undefined when it does not occur in the text. */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { positions } = scanJson(shift ? text.slice(1) : text, new Set([pointer]));
  const offset = positions.get(pointer);
  return offset === undefined ? undefined : positionOf(lineStarts(text), offset + shift);
}
