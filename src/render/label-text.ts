/** The text drawn beside a node (SVG labels, canvas labels, label placement). Pure. */
import type { GraphNode } from '../graph/types.js';

/** Shortens a label for drawing (the accessible name keeps it whole). */
export function shortLabel(label: string, max = 28): string {
  return label.length > max ? label.slice(0, max - 1).trimEnd() + '…' : label;
}

/** The text drawn under a node (organisations use their short name when they have one). */
export function labelOf(node: GraphNode): string {
  return node.kind === 'phase' ? node.label : shortLabel(node.subtitle && node.subtitle.length < node.label.length && node.kind === 'organisation' ? node.subtitle : node.label);
}
