/**
 * One line style per link type, so a relation is never told by colour alone. Pure data, shared by
 * the SVG renderer, the canvas renderer and the legend.
 */
import type { LinkType } from '../graph/types.js';

export interface LinkStyle {
  /** Stroke width in layout units. */
  width: number;
  /** SVG/canvas dash pattern (empty = solid). */
  dash: readonly number[];
  /** Draw an arrow head at the target (directed relations). */
  arrow: boolean;
  /** Opacity of the line (structural links are quieter). */
  opacity: number;
}

const solid: readonly number[] = [];

export const LINK_STYLES: Readonly<Record<LinkType, LinkStyle>> = {
  'refers-to': { width: 1.6, dash: solid, arrow: true, opacity: 0.9 },
  'escalates-to': { width: 2.4, dash: solid, arrow: true, opacity: 0.95 },
  'collaborates-with': { width: 1.6, dash: solid, arrow: false, opacity: 0.85 },
  'part-of': { width: 2.2, dash: [8, 3], arrow: true, opacity: 0.85 },
  'participates-in': { width: 1.4, dash: [6, 3], arrow: true, opacity: 0.8 },
  provides: { width: 1.4, dash: [8, 3, 2, 3], arrow: true, opacity: 0.8 },
  funds: { width: 1.2, dash: [2, 4], arrow: true, opacity: 0.8 },
  advises: { width: 1.2, dash: [4, 2, 1, 2], arrow: true, opacity: 0.8 },
  'has-specialism': { width: 0.9, dash: [1.5, 3], arrow: false, opacity: 0.6 },
  'in-phase': { width: 0.8, dash: [3, 5], arrow: false, opacity: 0.35 },
  'member-of': { width: 1.2, dash: [6, 3], arrow: false, opacity: 0.75 },
  chairs: { width: 2, dash: [6, 3], arrow: true, opacity: 0.85 },
  'works-at': { width: 1.2, dash: solid, arrow: false, opacity: 0.75 },
  'provided-by': { width: 1.2, dash: [8, 3, 2, 3], arrow: false, opacity: 0.75 },
  parent: { width: 2.2, dash: [8, 3], arrow: true, opacity: 0.85 },
  'next-phase': { width: 3, dash: solid, arrow: true, opacity: 0.9 },
};

/**
 * The links the AVE layout draws only for the nodes in view (render/map-view-model.ts; the legend says so): at
 * rest they would run from the phase columns and lanes to the specialisms and the funders grouped below.
 */
export const ON_DEMAND_IN_AVE: ReadonlySet<LinkType> = new Set<LinkType>(['has-specialism', 'funds']);

export function linkStyle(type: LinkType): LinkStyle {
  return LINK_STYLES[type] ?? LINK_STYLES['collaborates-with'];
}

/** SVG `stroke-dasharray` value for a style ('none' when solid). */
export function dashArray(style: LinkStyle): string {
  return style.dash.length === 0 ? 'none' : style.dash.join(' ');
}

/**
 * The SVG links' width, dashes and opacity as CSS rules, one per type (`.link.type-…`; unknown types
 * keep the `.link` default), so each line element carries only its class and coordinates.
 */
export function linkStyleRules(): string {
  const rule = (selector: string, style: LinkStyle) =>
    `${selector}{stroke-width:${style.width};stroke-dasharray:${dashArray(style)};stroke-opacity:${style.opacity}}`;
  return [
    rule('.link', linkStyle('collaborates-with')),
    ...Object.entries(LINK_STYLES).map(([type, style]) => rule(`.link.type-${type}`, style)),
  ].join('\n');
}
