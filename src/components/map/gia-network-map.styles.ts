import { css, unsafeCSS } from 'lit';
import { linkStyleRules } from '../../render/link-styles.js';
import { hostTextReset } from '../shared/host.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const mapStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
    font-family: var(--_gia-font-family);
    color: var(--_gia-color-text);
    background: var(--_gia-color-background);
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    --_gia-map-height: var(--gia-map-height, 560px);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Inherited host-page styles stop here (a page rule such as "* { font-size: 22px }" beats :host, but not
     this wrapper): the user's own text size still applies (medium is the browser's text-size setting, scaled
     by zoom). Letter and word spacing still inherit, so a page-level 1.4.12 text-spacing override reaches in. */
  ${hostTextReset}
  .base {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  /* The bar itself; its controls and their styles come with the toolbar's chunk (map-toolbar.ts). Until
     then it keeps one row's place (a button's 2rem and the padding). */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem;
    min-height: calc(3rem + 1px);
    background: var(--_gia-color-surface);
    border-block-end: 1px solid var(--_gia-color-border);
  }
  button {
    font: inherit;
    font-size: 0.9375rem;
    color: var(--_gia-color-text);
    background: var(--_gia-color-background);
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    min-height: 2rem;
    min-width: 2rem;
    padding: 0.25rem 0.6rem;
  }
  button {
    cursor: pointer;
    color: var(--_gia-color-link);
  }
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  ${visuallyHiddenStyles}
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    min-height: var(--_gia-map-height);
  }
  @container (max-width: 640px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
    .side {
      border-inline-start: none !important;
      border-block-start: 1px solid var(--_gia-color-border);
      max-height: none !important;
    }
    .stage {
      height: min(70vh, 420px) !important;
    }
  }
  /* The phone layout of public mode (gia-network-map.component.ts renderMap): urgent help, then the help
     finder, then the toolbar and the map or list at full width; the filters folded. */
  .narrow {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .narrow .body {
    display: block;
    min-height: 0;
  }
  .narrow .side {
    border-inline-start: none;
    border-block-end: 1px solid var(--_gia-color-border);
    max-height: none;
  }
  .narrow .toolbar {
    border-block-start: 1px solid var(--_gia-color-border);
  }
  .narrow .stage {
    height: min(75vh, 560px) !important;
  }
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.5rem;
  }
  .jump button {
    flex: 1 1 8rem;
    min-height: 2.75rem;
  }
  .folded-filters > summary {
    cursor: pointer;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    padding-inline: 0.5rem;
    font-weight: 600;
    color: var(--_gia-color-link);
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
  }
  .folded-filters > summary:focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  .stage {
    position: relative;
    height: var(--_gia-map-height);
    min-width: 0;
    overflow: hidden;
  }
  .stage .pan,
  .stage svg.surface,
  .stage canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
    touch-action: none;
    /* A drag on the map pans or moves a node: it never selects label text. */
    user-select: none;
  }
  .stage canvas {
    pointer-events: none;
  }
  /* A press on the map focuses the surface (tabindex -1): no focus ring then, which a drag would carry into view.
     Focus that the keyboard brings there keeps it. */
  .stage svg.surface:focus:not(:focus-visible) {
    outline: none;
  }
  /* A wheel or pinch zoom in progress (frame-path-controller.ts): the texts return at the new scale when it pauses. */
  .pan.zooming text {
    display: none;
  }
  .list-stage {
    overflow: auto;
    padding: 0.5rem 0.75rem;
  }
  .side {
    border-inline-start: 1px solid var(--_gia-color-border);
    background: var(--_gia-color-background);
    max-height: var(--_gia-map-height);
    overflow: auto;
    padding: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
  }
  .state {
    padding: 1.5rem;
  }
  /* The error view's styles come with it (map-error.ts). */
  .empty-result {
    position: absolute;
    inset-inline: 1rem;
    inset-block-start: 1rem;
    padding: 0.75rem;
    background: var(--_gia-color-surface);
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
  }

  /* Graph */
  /* Links are not interactive: a pointer over one hits what is under it (no stroke hit-testing of
     hundreds of lines on every pointer move). */
  .links {
    pointer-events: none;
  }
  .link {
    stroke: var(--_gia-color-link-line);
    fill: none;
    vector-effect: non-scaling-stroke;
  }
  .arrow {
    fill: var(--_gia-color-link-line);
  }
  .link.faded {
    opacity: 0.12;
  }
  /* The AVE layout: a line between the groups below and the phases or lanes, while nothing is pointed at. */
  .link.receding {
    opacity: 0.3;
  }
  .node,
  .node:focus-visible {
    cursor: pointer;
    outline: none;
  }
  /* Over a node's target (node-at-point.ts), which reaches beyond small shapes. */
  .surface.over-node {
    cursor: pointer;
  }
  .node .shape {
    fill: var(--_gia-color-kind-organisation);
    stroke: var(--_gia-color-background);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .kind-phase .shape {
    fill: var(--_gia-color-kind-phase);
  }
  .kind-meeting .shape {
    fill: var(--_gia-color-kind-meeting);
  }
  .kind-intervention .shape {
    fill: var(--_gia-color-kind-intervention);
  }
  .kind-specialism .shape {
    fill: var(--_gia-color-kind-specialism);
  }
  .kind-contact .shape {
    fill: var(--_gia-color-kind-contact);
  }
  .node .icon,
  .node .phase-number {
    fill: var(--_gia-color-background);
    pointer-events: none;
  }
  .node .phase-number {
    text-anchor: middle;
    font-weight: 700;
  }
  /* The styles of the labels and captions come with their code (render/map-labels.ts, the label chunk). */
  .node .focus-ring {
    fill: none;
    stroke: none;
  }
  .node.selected .focus-ring {
    stroke: var(--_gia-color-accent);
  }
  .node.highlighted .shape {
    stroke: var(--_gia-color-highlight);
    stroke-width: 4;
  }
  .node:focus-visible .focus-ring,
  .node:focus .focus-ring {
    stroke: var(--_gia-color-focus);
    stroke-dasharray: none;
    filter: drop-shadow(0 0 1px var(--_gia-color-background));
  }
  .node.moving .focus-ring {
    stroke: var(--_gia-color-focus);
    stroke-dasharray: 4 3;
  }
  /* An inferred placement: a dotted outline (the legend explains it; the name says "plaats afgeleid"). */
  .node.inferred .shape {
    stroke: var(--_gia-color-text);
    stroke-width: 1.5;
    stroke-dasharray: 1 2;
  }
  /* A highlighted node (help result, "Wie mag wat?" chain) whose place is inferred: the highlight, still dotted. */
  .node.highlighted.inferred .shape {
    stroke: var(--_gia-color-highlight);
    stroke-width: 4;
    stroke-dasharray: 2 3;
  }
  .node.pinned .shape {
    stroke: var(--_gia-color-text);
    stroke-dasharray: 3 2;
  }
  .node.faded {
    opacity: 0.2;
  }

  /* The keys dialog's styles come with it (map-keyboard.ts). */

  /* The styles of the map's own details come with them (map-fallbacks.ts). */

  @media (prefers-reduced-motion: no-preference) {
    .node.faded,
    .link.faded {
      transition: opacity 150ms;
    }
  }

  @media (forced-colors: active) {
    .node .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .node.inferred .shape {
      stroke: CanvasText;
    }
    .node .icon,
    .node .phase-number {
      fill: CanvasText;
    }
    .link {
      stroke: CanvasText;
    }
    .arrow {
      fill: CanvasText;
    }
    .node:focus .focus-ring,
    .node.selected .focus-ring,
    .node.moving .focus-ring {
      stroke: Highlight;
    }
    .node.highlighted .shape {
      stroke: Highlight;
    }
  }
`;

/** Width, dashes and opacity of each link type (generated from render/link-styles.ts: constant text). */
export const linkTypeStyles = unsafeCSS(linkStyleRules());
