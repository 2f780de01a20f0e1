/** The text drawn beside a node (SVG labels, canvas labels, label placement). Pure. */
import type { GraphNode } from '../graph/types.js';

/** Longest line of a label (characters). */
export const LINE_MAX = 22;
/** Longest label kept on one line: longer ones wrap to two about equal lines (narrower, so more labels fit). */
export const SINGLE_LINE_MAX = 14;

/** Shortens a label for drawing (the accessible name keeps it whole). */
export function shortLabel(label: string, max = 28): string {
  return label.length > max ? label.slice(0, max - 1).trimEnd() + '…' : label;
}

/** The whole text a node's label is made from (organisations use their short name when they have one). */
function fullLabel(node: GraphNode): string {
  return node.kind !== 'phase' && node.subtitle && node.subtitle.length < node.label.length && node.kind === 'organisation' ? node.subtitle : node.label;
}

/** The text drawn under a node on one line (the canvas path). */
export function labelOf(node: GraphNode): string {
  return node.kind === 'phase' ? node.label : shortLabel(fullLabel(node));
}

/**
 * A label on one or two lines of at most `max` characters: a label longer than `single` is broken at the
 * space nearest its middle (two about equal, narrow lines), words are kept whole, and only text that does
 * not fit on two lines ends in "…".
 */
export function wrapLabel(text: string, max = LINE_MAX, single = Math.min(max, SINGLE_LINE_MAX)): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= single) return [clean];
  // The break nearest the middle that leaves the first line within `max`.
  let best = -1;
  for (let i = clean.indexOf(' '); i !== -1 && i <= max; i = clean.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - clean.length / 2) < Math.abs(best - clean.length / 2)) best = i;
  }
  if (best === -1) return [clean.length <= max ? clean : shortLabel(clean, max)];
  const first = clean.slice(0, best);
  const rest = clean.slice(best + 1);
  if (rest.length <= max) return [first, rest];
  // The rest is too long: fill the first line as far as it goes, then cut the second.
  const fill = clean.lastIndexOf(' ', max);
  return [clean.slice(0, fill), shortLabel(clean.slice(fill + 1), max)];
}

/** The lines drawn beside a node (SVG path): its label on one or two lines. */
export function labelLines(node: GraphNode): string[] {
  return node.kind === 'phase' ? [node.label] : wrapLabel(fullLabel(node));
}
