/**
 * The map's captions: in the AVE layout the name of each track's lane (schema 1.1 `tracks`) with a thin rule
 * above the lane, and the names of the groups of the neutral strip; in both layouts a caption over the nodes
 * without any link, saying why they stand apart ("Nog geen verbinding vastgelegd"). Captions are part of the
 * drawing (layout units: they scale with the zoom, like the lanes they name) and are aria-hidden: a screen
 * reader hears the same in each node's accessible name (its track, "nog geen verbinding vastgelegd"), not
 * as loose text between the nodes. Node labels keep clear of them (label-placement.ts `obstacles`). Pure.
 */
import type { Id } from '../model/types.js';
import type { GraphNode, GraphTrack } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import { CAPTION_HEIGHT, type AveBandGeometry } from '../layout/ave-band-geometry.js';
import { msg, type Lang } from '../i18n/localize.js';
import { CHAR_WIDTH } from './label-placement.js';

/** Font size of a caption on screen (px), down to a zoom of CAPTION_MIN_SCALE; further out it shrinks with the map. */
export const CAPTION_FONT = 12;
export const CAPTION_MIN_SCALE = 0.75;
/** Least space between two captions in a row, in screen px. */
const CAPTION_GAP = 24;

/** The captions' font size in layout units at zoom `k` (their rows are CAPTION_HEIGHT high: it fits down to CAPTION_MIN_SCALE). */
export function captionFontSize(k: number): number {
  return CAPTION_FONT / Math.max(k > 0 ? k : 1, CAPTION_MIN_SCALE);
}
/** The neutral group of the unlinked nodes (force-ave-bands.ts UNLINKED; repeated here: render/ does not load the lazy forces). */
const UNLINKED = 'unlinked';

export interface MapCaption {
  /** `lane:<track id>`, `group:<kind>` or `unlinked`. */
  id: string;
  kind: 'lane' | 'group' | 'unlinked';
  text: string;
  /** The anchor point of the text (vertically its middle). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A thin rule above the neutral strip. */
  rule?: { x0: number; x1: number; y: number };
  /** The lane's area, drawn as a light band behind its nodes. */
  band?: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a caption's text takes (layout units) at zoom `k`. */
export function captionBox(caption: MapCaption, k = 1): Box {
  const font = captionFontSize(k);
  const w = caption.text.length * font * CHAR_WIDTH;
  const x0 = caption.anchor === 'start' ? caption.x : caption.anchor === 'end' ? caption.x - w : caption.x - w / 2;
  const h = font * 1.2;
  return { x0, y0: caption.y - h / 2, x1: x0 + w, y1: caption.y + h / 2 };
}

const overlaps = (a: Box, b: Box, gap = 0) => a.x0 < b.x1 + gap && a.x1 + gap > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/** "Spoor: Jeugd, zonder strafrecht"; a name that already says "spoor" is shown as it is. */
function laneText(lang: Lang, track: GraphTrack): string {
  return /spoor|track/i.test(track.name) ? track.name : msg(lang, 'map.lane', { name: track.name });
}

function groupText(lang: Lang, key: string): string {
  return msg(lang, key === UNLINKED ? 'map.unlinked' : `map.group.${key}`);
}

/**
 * Captions of the AVE layout at zoom `k`: the lanes of the tracks and the groups of the neutral strip. A lane's
 * name stays at the left edge of the view (`viewLeft`, layout units) while the map is panned, within the lane:
 * on a phone, zoomed in, the lane is still named (its caption row holds no nodes, so it can slide).
 */
export function aveCaptions(lang: Lang, geometry: AveBandGeometry, tracks: readonly GraphTrack[], k = 1, viewLeft = -Infinity): MapCaption[] {
  const { extent } = geometry;
  const out: MapCaption[] = [];
  for (const lane of geometry.lanes) {
    const track = tracks[lane.index];
    if (!track) continue;
    const y = lane.y0 + CAPTION_HEIGHT / 2;
    const text = laneText(lang, track);
    const width = text.length * captionFontSize(k) * CHAR_WIDTH;
    out.push({
      id: `lane:${track.id}`,
      kind: 'lane',
      text,
      x: Math.max(extent.x0 + 4, Math.min(viewLeft + 4 / k, extent.x1 - 4 - width)),
      y,
      anchor: 'start',
      band: { x0: extent.x0, y0: lane.y0 + 2, x1: extent.x1, y1: lane.y1 - 2 },
    });
  }
  const neutral = geometry.neutral;
  if (!neutral || geometry.groups.length === 0) return out;
  const y = neutral.y0 + CAPTION_HEIGHT / 2;
  // The unlinked group's caption first (it always shows), right-aligned to its block; then the others at the
  // left edge of their block, where they fit.
  const placed: Box[] = [];
  const groups = [...geometry.groups].sort((a, b) => Number(b.key === UNLINKED) - Number(a.key === UNLINKED));
  groups.forEach((group) => {
    const unlinked = group.key === UNLINKED;
    const text = groupText(lang, group.key);
    // The unlinked group's caption is centred over its block, within the map.
    const half = (text.length * captionFontSize(k) * CHAR_WIDTH) / 2;
    const centre = Math.min(extent.x1 - 2 - half, Math.max(extent.x0 + 2 + half, (group.x0 + group.x1) / 2));
    const caption: MapCaption = {
      id: unlinked ? UNLINKED : `group:${group.key}`,
      kind: unlinked ? 'unlinked' : 'group',
      text,
      x: unlinked ? centre : group.x0 + 2,
      y,
      anchor: unlinked ? 'middle' : 'start',
    };
    const box = captionBox(caption, k);
    // At least CAPTION_GAP screen px between two names, so they never read as one.
    if (!unlinked && (box.x1 > extent.x1 || placed.some((other) => overlaps(box, other, CAPTION_GAP / (k > 0 ? k : 1))))) return;
    placed.push(box);
    out.push(caption);
  });
  const first = out.find((c) => c.kind !== 'lane');
  if (first) first.rule = { x0: extent.x0, x1: extent.x1, y: neutral.y0 + 1 };
  return out;
}

/**
 * The caption over the row of unlinked nodes in the force layout (forceAnchors puts them in one row along the
 * bottom): centred over the row, just above its highest node. Undefined when no unlinked node is drawn.
 */
export function unlinkedRowCaption(
  lang: Lang,
  nodes: readonly GraphNode[],
  positions: ReadonlyMap<Id, Point>,
  radius: (node: GraphNode) => number,
): MapCaption | undefined {
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = Infinity;
  for (const node of nodes) {
    if (node.degree !== 0 || node.kind === 'phase') continue;
    const p = positions.get(node.id);
    if (!p) continue;
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    top = Math.min(top, p.y - radius(node));
  }
  if (top === Infinity) return undefined;
  return { id: UNLINKED, kind: 'unlinked', text: msg(lang, 'map.unlinked'), x: (x0 + x1) / 2, y: top - 4 - CAPTION_FONT * 0.7, anchor: 'middle' };
}
