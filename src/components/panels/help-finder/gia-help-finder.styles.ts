import { css } from 'lit';

export const helpFinderStyles = css`
  section {
    padding: 0.75rem 1rem 1rem;
  }
  form {
    display: grid;
    gap: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.125rem;
  }
  label {
    font-weight: 600;
  }
  select {
    min-block-size: 32px;
    inline-size: 100%;
  }
  .restart {
    justify-self: start;
    min-block-size: 32px;
  }
  .status {
    font-weight: 600;
    margin-block-start: 0.75rem;
  }
  ul.items,
  ul.channels {
    list-style: none;
    padding-inline-start: 0;
  }
  .item {
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    padding: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .item.key {
    border-inline-start: 4px solid var(--_gia-color-highlight);
    background: var(--_gia-color-surface);
  }
  .item .name {
    font-weight: 600;
  }
  .reason {
    font-size: 0.9375rem;
    margin: 0.125rem 0;
  }
  .channel-label {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .item,
    .item.key {
      border-color: CanvasText;
    }
  }
`;
