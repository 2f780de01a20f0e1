/** The host block every panel-like element starts with: theme text and background, box sizing, `hidden`. */
import { css } from 'lit';

/**
 * Text properties that must not inherit from the host page into a component's own wrapper: a page rule on
 * every element (`* { font-size: 22px; line-height: 3 }`) beats `:host`, so the reset sits on the wrapper
 * inside the shadow root (the `.base` wrapper and every top-level element, such as the urgent-help strip; a whole rule, so the build's CSS minifier can parse it). `medium` is the user's own text size (browser setting and zoom). Letter and word
 * spacing are left to inherit, so a WCAG 1.4.12 text-spacing override on the page still applies.
 */
export const hostTextReset = css`
  .base,
  [part~='base'],
  :host > * {
    font-size: medium;
    line-height: 1.5;
    font-style: normal;
    font-weight: 400;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
  }
`;

/** The host block of the list and the panels, with the text reset on their `part="base"` wrapper. */
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
  ${hostTextReset}
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
