/**
 * The SVG layer of the map's captions (lane and group names, map-captions.ts). Lazy, with the label code
 * (map-labels.ts): captions are drawn with the labels, one frame after the first paint at the latest.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { captionFontSize, type MapCaption } from './map-captions.js';
import { round } from './svg-geometry.js';

/**
 * The captions (map-captions.ts): aria-hidden, since each node's accessible name says the same (its track,
 * "nog geen verbinding vastgelegd"); a lane is a light band, the neutral strip has a thin rule above it.
 */
export function captionsTemplate(captions: readonly MapCaption[], k: number): SVGTemplateResult {
  return svg`<g class="captions" aria-hidden="true" font-size=${captionFontSize(k)}>${repeat(
    captions,
    (c) => c.id,
    (c) =>
      svg`<g class=${`caption-item ${c.kind}`} data-caption-id=${c.id}>${c.band
        ? svg`<rect class="caption-band" x=${round(c.band.x0)} y=${round(c.band.y0)} width=${round(c.band.x1 - c.band.x0)} height=${round(c.band.y1 - c.band.y0)}></rect>`
        : nothing}${c.rule
        ? svg`<line class="caption-rule" x1=${round(c.rule.x0)} x2=${round(c.rule.x1)} y1=${round(c.rule.y)} y2=${round(c.rule.y)}></line>`
        : nothing}<text class="caption" x=${round(c.x)} y=${round(c.y)} dy="0.35em" text-anchor=${c.anchor}>${c.text}</text></g>`,
  )}</g>`;
}

