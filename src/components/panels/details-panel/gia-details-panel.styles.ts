import { css } from 'lit';

export const detailsPanelStyles = css`
  section {
    padding: 0.75rem 1rem 1rem;
  }
  .header {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  .kind {
    color: var(--_gia-color-text-muted);
    margin-block: 0 0.5rem;
  }
  .jargon {
    margin-block: 0 0.5rem;
    font-size: 0.9375rem;
  }
  .close {
    flex: none;
    min-block-size: 32px;
  }
  .section h3 {
    border-block-start: 1px solid var(--_gia-color-border);
    padding-block-start: 0.5rem;
  }
  ul.nodes,
  ul.contact-list,
  ul.channels {
    list-style: none;
    padding-inline-start: 0;
  }
  ul.nodes li {
    margin-block: 0.125rem;
  }
  .contact {
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    padding: 0.5rem;
    margin-block-end: 0.5rem;
    background: var(--_gia-color-surface);
  }
  .contact h4 {
    margin: 0;
  }
  .contact p {
    margin: 0;
  }
  .channel-label {
    font-weight: 600;
  }
  ul.sources {
    padding-inline-start: 1rem;
  }
  ul.sources q,
  ul.sources .muted {
    display: block;
  }
  .certainty[data-level='inferred'] strong {
    font-style: italic;
  }
`;
