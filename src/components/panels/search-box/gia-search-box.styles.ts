import { css } from 'lit';

export const searchBoxStyles = css`
  form {
    position: relative;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .field {
    display: flex;
    gap: 0.25rem;
    align-items: stretch;
  }
  input {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 32px;
  }
  /* The field gives way, the button never does: its text is never clipped (large text, narrow screens). */
  .field button {
    flex: none;
  }
  /* The browser's placeholder grey is 4.0:1 on the dark background: use the muted text token (≥ 4.5:1). */
  input::placeholder {
    color: var(--_gia-color-text-muted);
    opacity: 1;
  }
  .clear {
    min-inline-size: 32px;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    background: var(--_gia-color-background);
    max-block-size: 20rem;
    overflow-y: auto;
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    flex-direction: column;
    padding: 0.375rem 0.5rem;
    min-block-size: 24px;
    cursor: pointer;
    border-block-end: 1px solid var(--_gia-color-surface);
  }
  [role='option']:hover {
    background: var(--_gia-color-surface);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_gia-color-accent);
    color: var(--_gia-color-accent-text);
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] .meta {
    color: inherit;
  }
  .meta {
    font-size: 0.875rem;
    color: var(--_gia-color-text-muted);
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
