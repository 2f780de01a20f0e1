/**
 * Styles of `<gia-network-list>`: a single column from 320 px, controls | list | details from 60rem,
 * visible focus, 24 px targets, forced colours, and a print stylesheet for the list and the details.
 * Put after `themeStyles`.
 */
import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { hostStyles } from '../shared/host.styles.js';

export const networkListStyles = css`
  ${hostStyles}

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  @media (min-width: 60rem) {
    .layout.with-controls {
      grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
    }
    .layout.with-controls.with-details {
      grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr) minmax(16rem, 24rem);
    }
    .details {
      position: sticky;
      inset-block-start: 0;
      align-self: start;
    }
  }
  .controls {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    min-inline-size: 0;
  }
  .details {
    min-inline-size: 0;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    padding: 0.75rem;
    background: var(--_gia-color-background);
  }

  .list {
    min-inline-size: 0;
  }
  h2,
  h3 {
    line-height: 1.25;
    margin-block: 1em 0.25em;
  }
  h2 {
    font-size: 1.25rem;
    margin-block-start: 0;
  }
  h3 {
    font-size: 1.0625rem;
  }
  p {
    margin-block: 0.25em 0.5em;
  }
  .muted,
  .meta,
  .count {
    color: var(--_gia-color-text-muted);
  }
  .count {
    font-weight: normal;
    font-size: 0.9375rem;
  }

  fieldset.group-by {
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.75rem 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  fieldset.group-by legend {
    padding-inline: 0.25rem;
  }
  fieldset.group-by label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 24px;
    cursor: pointer;
  }
  input[type='radio'] {
    inline-size: 20px;
    block-size: 20px;
    margin: 2px;
    accent-color: var(--_gia-color-accent);
  }

  ul.items {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  ul.items > li {
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--_gia-color-surface);
  }
  button {
    font: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    cursor: pointer;
    border-radius: var(--_gia-radius);
  }
  button.item,
  button.heading-button {
    border: none;
    background: none;
    padding: 0;
    color: var(--_gia-color-link);
    text-decoration: underline;
    text-align: start;
    font-weight: inherit;
    /* A long word ("afhankelijkheidsrelaties)") breaks instead of pushing the page sideways at 320 px. */
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  button.item[aria-current='true'],
  button.heading-button[aria-current='true'] {
    font-weight: bold;
    text-decoration-thickness: 3px;
  }
  button.clear {
    border: 1px solid var(--_gia-color-border);
    background: var(--_gia-color-surface);
    color: var(--_gia-color-text);
    padding: 0.125em 0.5em;
  }
  .meta {
    display: block;
    font-size: 0.9375rem;
  }
  .tag {
    display: inline-block;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    padding: 0 0.375em;
    font-size: 0.875rem;
    margin-inline-start: 0.25em;
    color: var(--_gia-color-text);
  }
  .tag.selected {
    border-color: var(--_gia-color-accent);
    background: var(--_gia-color-accent);
    color: var(--_gia-color-accent-text);
  }
  .tag.help,
  .tag.chain {
    border-color: var(--_gia-color-highlight);
    color: var(--_gia-color-highlight);
    font-weight: bold;
  }
  .tag.inferred {
    border-style: dashed;
    font-style: italic;
  }
  .status {
    margin-block: 0 0.5rem;
  }
  .error {
    border: 2px solid var(--_gia-color-error);
    border-radius: var(--_gia-radius);
    padding: 0.75rem;
  }
  .error h2 {
    color: var(--_gia-color-error);
  }
  .error code {
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  ${visuallyHiddenStyles}

  @media (forced-colors: active) {
    button.item,
    button.heading-button {
      color: LinkText;
    }
    button.clear,
    .details,
    fieldset.group-by,
    .tag {
      border-color: CanvasText;
    }
    .tag.selected {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* Print: the list and the details on paper, without controls; every group readable on its own. */
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .controls,
    fieldset.group-by,
    button.clear {
      display: none !important;
    }
    .layout,
    .layout.with-controls,
    .layout.with-controls.with-details {
      display: block;
    }
    .details {
      position: static;
      border: 1pt solid #000;
      margin-block-start: 1rem;
      break-inside: avoid;
    }
    button.item,
    button.heading-button {
      color: #000;
      text-decoration: none;
      font-weight: inherit;
    }
    .meta,
    .count,
    .muted {
      color: #333;
    }
    h3 {
      break-after: avoid;
    }
    ul.items > li {
      break-inside: avoid;
      border-block-end-color: #ccc;
    }
    .tag,
    .tag.selected,
    .tag.help,
    .tag.chain {
      background: none;
      color: #000;
      border-color: #000;
    }
    gia-details-panel::part(close) {
      display: none;
    }
  }
`;
