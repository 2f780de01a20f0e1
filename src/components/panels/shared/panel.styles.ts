/** Styles shared by all panels: text, headings, buttons, links, focus, 24 px targets, forced colours, print. */
import { css } from 'lit';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.styles.js';
import { hostStyles } from '../../shared/host.styles.js';

export const panelStyles = css`
  ${hostStyles}
  h2,
  h3,
  h4 {
    margin-block: 1em 0.25em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25rem;
    margin-block-start: 0;
  }
  h3 {
    font-size: 1.0625rem;
  }
  h4 {
    font-size: 1rem;
  }
  p {
    margin-block: 0.25em 0.5em;
  }
  ul {
    margin-block: 0.25em 0.5em;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_gia-color-link);
    text-decoration: underline;
    display: inline-block;
    min-block-size: 24px;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_gia-color-text-muted);
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-block-size: 24px;
    min-inline-size: 24px;
    cursor: pointer;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    background: var(--_gia-color-surface);
    color: var(--_gia-color-text);
    padding: 0.125em 0.5em;
  }
  button.primary {
    background: var(--_gia-color-accent);
    color: var(--_gia-color-accent-text);
    border-color: var(--_gia-color-accent);
  }
  button.link-button {
    border: none;
    background: none;
    padding: 0;
    color: var(--_gia-color-link);
    text-decoration: underline;
    text-align: start;
  }
  select,
  input {
    min-block-size: 24px;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    background: var(--_gia-color-background);
    padding: 0.25em 0.375em;
    max-inline-size: 100%;
  }
  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_gia-color-accent);
    flex: none;
  }
  :focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  ${visuallyHiddenStyles}
  .external {
    margin-inline-start: 0.2em;
  }
  .tag {
    display: inline-block;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    padding: 0 0.375em;
    font-size: 0.875rem;
    color: var(--_gia-color-text);
    background: var(--_gia-color-surface);
  }
  @media (forced-colors: active) {
    :host {
      color: CanvasText;
      background: Canvas;
    }
    a {
      color: LinkText;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button.link-button {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .tag {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button.close,
    .no-print {
      display: none !important;
    }
    a {
      color: #000;
    }
  }
`;
