/**
 * The SVG map's label code, a lazy chunk of the script-tag bundle (components/map/lazy-parts.ts `labelsPart`):
 * the placement (label-placement.ts), the label text (label-text.ts), the label layer (node-labels.ts) and the
 * captions of lanes and groups (map-captions.ts, caption-layer.ts), which the labels keep clear of. The
 * map fetches it when it connects, so it is in before the data as a rule; a map drawn before it is in (made and
 * given its data in one task) draws its nodes and links first and the labels in the update after it arrives.
 */
export { placeLabels } from './label-placement.js';
export { labelLines, labelOf } from './label-text.js';
export { nodeLabels } from './node-labels.js';
export { aveCaptions, captionBox, unlinkedRowCaption } from './map-captions.js';
export { captionsTemplate } from './caption-layer.js';
