/** The host block every panel-like element starts with: theme text and background, box sizing, `hidden`. */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_gia-color-text);
    background: var(--_gia-color-background);
    font-family: var(--_gia-font-family);
    font-size: 1rem;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
