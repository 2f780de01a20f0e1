// Small inline SVG icons for the toolbar buttons (decorative: every button has a text label). Each icon
// is one path in the same template, so a map made together with its data prepares one icon template,
// not one per icon (the first render prepares every template it uses).
import { svg, type SVGTemplateResult } from 'lit';

const icon = (d: string): SVGTemplateResult => svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;

/** A circle as path data (two arcs). */
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const icons = {
  zoomIn: icon(`${circle(10, 10, 6)}M10 7v6M7 10h6M15 15l5 5`),
  zoomOut: icon(`${circle(10, 10, 6)}M7 10h6M15 15l5 5`),
  fit: icon('M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5'),
  reset: icon('M4 12a8 8 0 1 0 3-6.2M4 4v5h5'),
  pause: icon('M8 5v14M16 5v14'),
  play: icon('M7 5l12 7-12 7z'),
  keys: icon('M5 6h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2zM7 10h.01M11 10h.01M15 10h.01M8 14h8'),
  legend: icon(`${circle(6, 7, 2)}M11 7h9M11 12h9M11 17h9M4 10h4v4H4zM6 16l2 3H4z`),
};
