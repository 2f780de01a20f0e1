// Small inline SVG icons for the toolbar buttons (decorative: every button has a text label).
import { svg, type SVGTemplateResult } from 'lit';

const wrap = (body: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

export const icons = {
  zoomIn: wrap(svg`<circle cx="10" cy="10" r="6"></circle><path d="M10 7v6M7 10h6M15 15l5 5"></path>`),
  zoomOut: wrap(svg`<circle cx="10" cy="10" r="6"></circle><path d="M7 10h6M15 15l5 5"></path>`),
  fit: wrap(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"></path>`),
  reset: wrap(svg`<path d="M4 12a8 8 0 1 0 3-6.2M4 4v5h5"></path>`),
  pause: wrap(svg`<path d="M8 5v14M16 5v14"></path>`),
  play: wrap(svg`<path d="M7 5l12 7-12 7z"></path>`),
  keys: wrap(svg`<rect x="3" y="6" width="18" height="12" rx="2"></rect><path d="M7 10h.01M11 10h.01M15 10h.01M8 14h8"></path>`),
  legend: wrap(svg`<circle cx="6" cy="7" r="2"></circle><path d="M11 7h9M11 12h9M11 17h9"></path><rect x="4" y="10" width="4" height="4"></rect><path d="M6 16l2 3H4z"></path>`),
};
