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
  fieldset.audience {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  fieldset.audience legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .choice {
    font-weight: normal;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 24px;
  }
  .choice input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
  }
  .reach-heading {
    font-weight: 600;
  }
  ul.reach-lines {
    list-style: none;
    padding-inline-start: 0;
    margin: 0.25rem 0 0;
  }
  .reach-line {
    margin-block-end: 0.25rem;
  }
  .reach-line a {
    font-weight: 600;
  }
  .fallback {
    border: 2px solid var(--_gia-color-highlight);
    border-radius: var(--_gia-radius);
    padding: 0.5rem 0.75rem;
    margin-block-start: 0.75rem;
  }
  .fallback p {
    margin: 0 0 0.25rem;
  }
  @media (forced-colors: active) {
    .item,
    .item.key,
    .fallback {
      border-color: CanvasText;
    }
  }
`;
