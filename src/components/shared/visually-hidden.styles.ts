/** `.visually-hidden`: text for screen readers only (live regions, extra labels). One definition for every component. */
import { css } from 'lit';

export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
