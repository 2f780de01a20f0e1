import { css } from 'lit';

export const powersPanelStyles = css`
  section {
    padding: 0.75rem 1rem 1rem;
  }
  select {
    font: inherit;
    min-block-size: 2.25rem;
    inline-size: 100%;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block: 0.5em 0.25em;
  }
  ol.chain {
    list-style: none;
    padding: 0;
    margin-block: 0.75em 0;
  }
  ol.chain > li {
    border-inline-start: 4px solid var(--_gia-color-border, #6b6f76);
    padding: 0.25em 0 0.5em 0.75em;
    margin-block-end: 0.5em;
  }
  ol.chain > li.chosen {
    border-inline-start-color: var(--_gia-color-focus, #1a5e8a);
  }
  ol.chain > li.inferred {
    border-inline-start-style: dashed;
  }
  .position {
    font-size: 0.875rem;
    color: var(--_gia-color-text-muted);
  }
  dl {
    margin: 0.25em 0 0;
  }
  dt {
    font-weight: 600;
    margin-block-start: 0.35em;
  }
  dd {
    margin: 0;
  }
  .badge {
    display: inline-block;
    border: 1px dashed currentColor;
    border-radius: 3px;
    padding: 0 0.3em;
    font-size: 0.8125rem;
    margin-inline-start: 0.4em;
  }
  ol.turn-to {
    padding-inline-start: 1.5em;
  }
`;
