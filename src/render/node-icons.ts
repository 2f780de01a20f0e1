/**
 * A small icon per node kind, drawn inside the shape (shape + icon: kind is never told by colour
 * alone). Pure: SVG path data centred on (0, 0), fitting in a circle of radius `r`.
 */
import type { NodeKind } from '../graph/types.js';

function f(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** Path data of the icon of `kind` at size `r` (phase nodes show their number as text instead: ''). */
export function nodeIconPath(kind: NodeKind, r: number): string {
  const s = r / 10;
  const p = (x: number, y: number) => `${f(x * s)},${f(y * s)}`;
  switch (kind) {
    case 'organisation':
      // A building: roof and body.
      return `M${p(-5, -1)}L${p(0, -5)}L${p(5, -1)}ZM${p(-4, 0)}H${f(4 * s)}V${f(5 * s)}H${f(-4 * s)}Z`;
    case 'meeting':
      // Three heads around a table.
      return [[-4, -2], [4, -2], [0, 3.5]]
        .map(([x, y]) => `M${p(x! - 2, y!)}a${f(2 * s)},${f(2 * s)} 0 1,0 ${f(4 * s)},0a${f(2 * s)},${f(2 * s)} 0 1,0 ${f(-4 * s)},0Z`)
        .join('');
    case 'intervention':
      // A plus (help).
      return `M${p(-1.5, -5)}H${f(1.5 * s)}V${f(-1.5 * s)}H${f(5 * s)}V${f(1.5 * s)}H${f(1.5 * s)}V${f(5 * s)}H${f(-1.5 * s)}V${f(1.5 * s)}H${f(-5 * s)}V${f(-1.5 * s)}H${f(-1.5 * s)}Z`;
    case 'specialism':
      // A dot (a field of expertise).
      return `M${p(-2.5, 1.5)}a${f(2.5 * s)},${f(2.5 * s)} 0 1,0 ${f(5 * s)},0a${f(2.5 * s)},${f(2.5 * s)} 0 1,0 ${f(-5 * s)},0Z`;
    case 'contact':
      // A person: head and shoulders.
      return `M${p(-2.2, -2)}a${f(2.2 * s)},${f(2.2 * s)} 0 1,0 ${f(4.4 * s)},0a${f(2.2 * s)},${f(2.2 * s)} 0 1,0 ${f(-4.4 * s)},0ZM${p(-4.5, 5)}Q${p(0, -1)} ${p(4.5, 5)}Z`;
    default:
      return '';
  }
}
