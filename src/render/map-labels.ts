/**
 * The SVG map's label code, a lazy chunk of the script-tag bundle (components/map/lazy-parts.ts `labelsPart`):
 * the placement (label-placement.ts), the label text (label-text.ts), the label layer (node-labels.ts) and the
 * captions of lanes and groups (map-captions.ts, caption-layer.ts), which the labels keep clear of, with the
 * styles of both (labelStyles, kept in this file). The map fetches it when it connects, so it is in before the
 * data as a rule; a map drawn before it is in (made and given its data in one task) draws its nodes and links
 * first and the labels in the update after it arrives.
 */
import { css } from 'lit';

export { placeLabels } from './label-placement.js';
export { labelLines, labelOf } from './label-text.js';
export { nodeLabels } from './node-labels.js';
export { aveCaptions, captionBox, unlinkedRowCaption } from './map-captions.js';
export { captionsTemplate } from './caption-layer.js';

/** Styles of the labels and captions: the map adds them to its shadow root before its first render with labels. */
export const labelStyles = css`
  .node-label {
    pointer-events: none;
  }
  /* De-emphasised labels (hover or focus on another node) step back in colour, never in opacity: the
     secondary text colour keeps 4.5:1 against the background in both themes (WCAG 1.4.3; tested in
     test/browser/a11y/label-contrast.test.ts). */
  .node-label.faded {
    fill: var(--_gia-color-text-muted);
  }
  .label {
    fill: var(--_gia-color-text);
    stroke: var(--_gia-color-background);
    paint-order: stroke;
    pointer-events: none;
  }
  /* Captions (map-captions.ts): the lanes of the tracks and the groups in the AVE layout, the unlinked row. */
  .captions {
    pointer-events: none;
  }
  .caption {
    fill: var(--_gia-color-text-muted);
    stroke: var(--_gia-color-background);
    stroke-width: 3px;
    paint-order: stroke;
    font-weight: 600;
  }
  .caption-rule {
    stroke: var(--_gia-color-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .caption-band {
    fill: var(--_gia-color-surface);
  }

  @media (forced-colors: active) {
    .label,
    .caption {
      fill: CanvasText;
      stroke: Canvas;
    }
    .caption-rule {
      stroke: CanvasText;
    }
    .caption-band {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
