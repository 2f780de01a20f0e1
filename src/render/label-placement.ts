/**
 * Which labels to draw so that they never overlap (readable at every zoom): labels are placed greedily
 * in priority order (the selected, hovered and focused nodes, the highlighted results, phases, then by kind
 * and degree) in screen space; a label that would overlap another label or any node's shape is left out
 * (its node keeps its accessible name, and the label appears when zooming in or pointing at it). A label
 * keeps a clear gap from every other node, so that the text next to a node is always that node's own (never
 * a neighbour's label that happens to sit under it). The labels that matter most (selected, hovered,
 * focused, results) also try eight more places (beside and at the corners) and a narrower gap. Only the
 * nodes the user looks at (`first`: chosen, pointed at, focused) are labelled whatever their label covers,
 * as a tooltip would be; results, too, only where they fit. Labels may have two lines (label-text.ts
 * wrapLabel). Pure.
 */
import type { Id } from '../model/types.js';
import type { GraphNode, NodeKind } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';

export interface LabelInput {
  nodes: readonly GraphNode[];
  positions: ReadonlyMap<Id, Point>;
  /** Zoom scale (labels have a constant screen size). */
  scale: number;
  /** Screen font size in px. */
  fontSize: number;
  text: (node: GraphNode) => string;
  /** The label's lines (default: one line, `text`). */
  lines?: ((node: GraphNode) => readonly string[]) | undefined;
  radius: (node: GraphNode) => number;
  /** Labelled first, even where there is no room (the selected, hovered and focused nodes: the user looks at them). */
  first?: readonly (Id | undefined)[];
  /** Placed before the others, but only where they fit (e.g. the neighbours of the hovered node). */
  preferred?: ReadonlySet<Id> | undefined;
  /** Placed right after `first` (the search and help results), where they fit. */
  highlighted?: ReadonlySet<Id> | undefined;
  /** Boxes no label may cover, in layout coordinates (the map's captions: lane and group names). */
  obstacles?: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }> | undefined;
  /** The visible area in the same (scaled, untranslated) space: labels stay inside it. */
  bounds?: { x0: number; y0: number; x1: number; y1: number } | undefined;
}

const KIND_RANK: Record<NodeKind, number> = { phase: 0, organisation: 1, meeting: 2, intervention: 3, specialism: 4, contact: 5 };

/** Width of one character (share of the font size), a little over the mean of the map's sans-serif font. */
export const CHAR_WIDTH = 0.6;
/** Line height (share of the font size). */
export const LINE_HEIGHT = 1.2;
/** Clear space (screen px) between two labels, or a label and a caption. */
export const LABEL_PAD = 2;
/** Clear space (screen px) between a label and any node other than its own. */
export const OTHER_NODE_GAP = 7;

/**
 * Where a label sits relative to its node: centred below or above it; beside it (right, left) on its centre
 * line, hanging down from that line (right-low, left-low) or standing on it (right-high, left-high); or at a
 * corner of its bounding square (below-right, below-left, above-right, above-left).
 */
export type LabelSide =
  | 'below'
  | 'above'
  | 'right'
  | 'left'
  | 'right-low'
  | 'left-low'
  | 'right-high'
  | 'left-high'
  | 'below-right'
  | 'below-left'
  | 'above-right'
  | 'above-left';

const SIDES: readonly LabelSide[] = ['below', 'right', 'above', 'left'];
/** The labels that matter most also try the lower and higher places beside the node, then its corners. */
const ALL_SIDES: readonly LabelSide[] = [...SIDES, 'right-low', 'left-low', 'right-high', 'left-high', 'below-right', 'below-left', 'above-right', 'above-left'];

export function placeLabels(input: LabelInput): Map<Id, LabelSide> {
  const k = input.scale > 0 ? input.scale : 1;
  const first = new Set(input.first?.filter((id): id is Id => id !== undefined));
  const order = [...input.nodes].sort(
    (a, b) =>
      Number(first.has(b.id)) - Number(first.has(a.id)) ||
      Number(input.highlighted?.has(b.id) ?? false) - Number(input.highlighted?.has(a.id) ?? false) ||
      Number(input.preferred?.has(b.id) ?? false) - Number(input.preferred?.has(a.id) ?? false) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      b.degree - a.degree ||
      (a.id < b.id ? -1 : 1),
  );
  const cell = 64;
  type Box = [number, number, number, number, Id | undefined];
  // Numeric cell keys (no string per lookup): cells are 64 px, so ±2^20 cells cover any screen.
  const grid = new Map<number, Box[]>();
  const cellKey = (gx: number, gy: number) => (gx + 1048576) * 2097152 + (gy + 1048576);
  const bounds = input.bounds;
  // Nodes and labels far outside the visible area can neither be shown nor block a visible label.
  const margin = 400;
  const near = (x: number, y: number) =>
    !bounds || (x >= bounds.x0 - margin && x <= bounds.x1 + margin && y >= bounds.y0 - margin && y <= bounds.y1 + margin);
  const insert = (box: Box) => {
    for (let gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
      for (let gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
        const key = cellKey(gx, gy);
        let list = grid.get(key);
        if (!list) grid.set(key, (list = []));
        list.push(box);
      }
    }
  };
  // The nodes themselves are obstacles: a label never covers a node's shape, and keeps a gap from other nodes.
  for (const node of input.nodes) {
    const p = input.positions.get(node.id);
    if (!p) continue;
    if (!near(p.x * k, p.y * k)) continue;
    const r = input.radius(node) * k + OTHER_NODE_GAP;
    insert([p.x * k - r, p.y * k - r, p.x * k + r, p.y * k + r, node.id]);
  }
  for (const box of input.obstacles ?? []) insert([box.x0 * k, box.y0 * k, box.x1 * k, box.y1 * k, undefined]);
  const placed = new Map<Id, LabelSide>();
  const lines = input.lines ?? ((node: GraphNode) => [input.text(node)]);
  for (const node of order) {
    const p = input.positions.get(node.id);
    if (!p) continue;
    const cx = p.x * k;
    const cy = p.y * k;
    if (!near(cx, cy) && !first.has(node.id)) continue;
    const text = lines(node);
    const w = Math.max(...text.map((line) => line.length)) * input.fontSize * CHAR_WIDTH;
    const h = input.fontSize * LINE_HEIGHT * text.length;
    const r = input.radius(node) * k + 1;
    const boxOf = (side: LabelSide): Box => {
      switch (side) {
        case 'below':
          return [cx - w / 2, cy + r, cx + w / 2, cy + r + h, undefined];
        case 'above':
          return [cx - w / 2, cy - r - h, cx + w / 2, cy - r, undefined];
        case 'right':
          return [cx + r + 2, cy - h / 2, cx + r + 2 + w, cy + h / 2, undefined];
        case 'left':
          return [cx - r - 2 - w, cy - h / 2, cx - r - 2, cy + h / 2, undefined];
        case 'right-low':
          return [cx + r + 2, cy, cx + r + 2 + w, cy + h, undefined];
        case 'left-low':
          return [cx - r - 2 - w, cy, cx - r - 2, cy + h, undefined];
        case 'right-high':
          return [cx + r + 2, cy - h, cx + r + 2 + w, cy, undefined];
        case 'left-high':
          return [cx - r - 2 - w, cy - h, cx - r - 2, cy, undefined];
        case 'below-right':
          return [cx + r, cy + r, cx + r + w, cy + r + h, undefined];
        case 'below-left':
          return [cx - r - w, cy + r, cx - r, cy + r + h, undefined];
        case 'above-right':
          return [cx + r, cy - r - h, cx + r + w, cy - r, undefined];
        default:
          return [cx - r - w, cy - r - h, cx - r, cy - r, undefined];
      }
    };
    // `relax`: how much of the gap round other nodes may be given up (only for results and the selected node).
    const clashes = (box: Box, relax = 0) => {
      if (bounds && (box[0] < bounds.x0 || box[2] > bounds.x1 || box[1] < bounds.y0 || box[3] > bounds.y1)) return true;
      for (let gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (let gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          for (const other of grid.get(cellKey(gx, gy)) ?? []) {
            // Its own node: only its shape (without the gap) must stay clear.
            if (other[4] === node.id) {
              const g = OTHER_NODE_GAP;
              if (box[0] < other[2] - g && box[2] > other[0] + g && box[1] < other[3] - g && box[3] > other[1] + g) return true;
              continue;
            }
            // Other labels (and captions) have no node id: they keep LABEL_PAD clear (the estimated boxes are
            // about a pixel short of the drawn glyphs). Other nodes are inflated by the gap, of which `relax` may go.
            const g = other[4] === undefined ? -LABEL_PAD : relax;
            if (box[0] < other[2] - g && box[2] > other[0] + g && box[1] < other[3] - g && box[3] > other[1] + g) return true;
          }
        }
      }
      return false;
    };
    // A result or a node looked at that finds no room on a side: the other places, then all twelve with a
    // narrower gap (its shape and a line's breadth stay clear). A node looked at: below all the same.
    const important = first.has(node.id) || (input.highlighted?.has(node.id) ?? false);
    const side =
      SIDES.find((candidate) => !clashes(boxOf(candidate))) ??
      (important ? ALL_SIDES.find((candidate, i) => i >= SIDES.length && !clashes(boxOf(candidate))) : undefined) ??
      (important ? ALL_SIDES.find((candidate) => !clashes(boxOf(candidate), OTHER_NODE_GAP - 3)) : undefined) ??
      (first.has(node.id) ? 'below' : undefined);
    if (side === undefined) continue;
    const box = boxOf(side);
    placed.set(node.id, side);
    insert(box);
  }
  return placed;
}
