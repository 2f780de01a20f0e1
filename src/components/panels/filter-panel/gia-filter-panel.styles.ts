import { css } from 'lit';

export const filterPanelStyles = css`
  section {
    padding: 0.75rem 1rem 1rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  .summary {
    margin-block-end: 0.5rem;
  }
  .count {
    font-weight: 600;
  }
  .empty {
    font-weight: 600;
  }
  .clear {
    min-block-size: 32px;
  }
  fieldset {
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    margin: 0 0 0.75rem;
    padding: 0.25rem 0.75rem 0.5rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  ul.options {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.125rem 0.75rem;
  }
  ul.options.wide {
    grid-template-columns: 1fr;
  }
  label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-block-size: 24px;
    padding-block: 0.125rem;
    cursor: pointer;
  }
  label > span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    fieldset {
      border-color: CanvasText;
    }
  }
`;
