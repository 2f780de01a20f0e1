import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { GiaNetwork } from '../../../model/types.js';
import { NODE_KINDS, type LinkType, type Mode, type NetworkGraph, type NodeKind } from '../../../graph/types.js';
import type { LayoutKind } from '../../../layout/index.js';
import { NODE_SHAPE_NAMES, nodeShapePath } from '../../../render/node-shapes.js';
import { nodeIconPath } from '../../../render/node-icons.js';
import { LINK_STYLES, ON_DEMAND_IN_AVE, dashArray, linkStyle, type LinkStyle } from '../../../render/link-styles.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { GiaElement } from '../../shared/gia-element.js';
import { panelStyles } from '../shared/panel.styles.js';
import { kindName } from '../shared/panel-text.js';
import { legendStyles } from './gia-legend.styles.js';

const ALL_LINK_TYPES = Object.keys(LINK_STYLES) as LinkType[];

/** Words for a line style: "gestreepte lijn, met pijl". */
export function lineStyleKeys(style: LinkStyle): string[] {
  const keys = [style.dash.length === 0 ? 'legend.line.solid' : (style.dash[0] ?? 0) <= 2 ? 'legend.line.dotted' : 'legend.line.dashed'];
  if (style.width >= 2.2) keys.push('legend.line.thick');
  if (style.arrow) keys.push('legend.line.arrow');
  return keys;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * @summary Explains every shape, icon, colour and line style of the map. Shows the kinds and link types
 * present in `graph` (all of them when no graph is given); contact persons only in professional mode.
 * Every entry is described in words, so nothing depends on colour or shape alone. In the AVE layout it says
 * that the lines to specialisms appear when an organisation is pointed at or chosen (the map draws them only then).
 *
 * @csspart base - The legend.
 *
 * @cssproperty --gia-color-kind-organisation - Colour of organisation nodes (one per kind; see tokens.ts).
 * @cssproperty --gia-color-link-line - Colour of the lines.
 */
export class GiaLegend extends GiaElement {
  static override styles = [themeStyles, panelStyles, legendStyles];

  @property({ attribute: false }) network?: GiaNetwork;
  @property({ attribute: false }) graph?: NetworkGraph;
  @property({ attribute: false }) override lang: Lang = 'nl';

  @property({ attribute: false }) mode: Mode = 'public';

  /** The map's layout: in the AVE layout the lines to specialisms are drawn only for the nodes in view. */
  @property({ attribute: false }) layout: LayoutKind = 'force';

  private kinds(): NodeKind[] {
    const present = this.graph ? new Set(this.graph.nodes.map((n) => n.kind)) : undefined;
    return NODE_KINDS.filter((k) => (this.mode === 'professional' || k !== 'contact') && (!present || present.has(k)));
  }

  private linkTypes(): LinkType[] {
    const present = this.graph ? new Set(this.graph.links.map((l) => l.type)) : undefined;
    return ALL_LINK_TYPES.filter((t) => (this.mode === 'professional' || t !== 'works-at') && (!present || present.has(t)));
  }

  private shape(kind: NodeKind): TemplateResult {
    const r = 11;
    return html`<svg class="swatch" viewBox="-14 -14 28 28" width="28" height="28" aria-hidden="true" focusable="false">
      ${svg`<path class="shape kind-${kind}" d=${nodeShapePath(kind, r)}></path>`}
      ${kind === 'phase'
        ? svg`<text class="phase-number" dy="0.35em" font-size="10">1</text>`
        : svg`<path class="icon" d=${nodeIconPath(kind, r * 0.75)}></path>`}
    </svg>`;
  }

  private line(type: LinkType): TemplateResult {
    const style = linkStyle(type);
    return html`<svg class="swatch line" viewBox="0 0 48 16" width="48" height="16" aria-hidden="true" focusable="false">
      ${svg`<line x1="2" y1="8" x2=${style.arrow ? 38 : 46} y2="8" stroke-width=${Math.max(1, style.width)} stroke-dasharray=${dashArray(style)}></line>`}
      ${style.arrow ? svg`<path class="arrow" d="M38,3L47,8L38,13Z"></path>` : nothing}
    </svg>`;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const kinds = this.kinds();
    const links = this.linkTypes();
    return html`<section part="base" lang=${lang} aria-labelledby="legend-heading">
      <h2 id="legend-heading">${msg(lang, 'legend.heading')}</h2>
      <h3>${msg(lang, 'legend.kinds')}</h3>
      <ul class="kinds">
        ${kinds.map(
          (kind) => html`<li data-kind=${kind}>
            ${this.shape(kind)}
            <span>${msg(lang, 'legend.kindItem', { kind: capitalise(kindName(lang, kind)), shape: msg(lang, `legend.shape.${NODE_SHAPE_NAMES[kind]}`) })}</span>
          </li>`,
        )}
      </ul>
      ${this.graph?.nodes.some((n) => n.placementInferred)
        ? html`<h3>${msg(lang, 'legend.states')}</h3>
            <ul class="states">
              <li data-state="inferred">
                <svg class="swatch" viewBox="-14 -14 28 28" width="28" height="28" aria-hidden="true" focusable="false">
                  <circle r="10" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="1 2"></circle>
                </svg>
                <span>${msg(lang, 'legend.inferred')}</span>
              </li>
            </ul>`
        : nothing}
      ${links.length > 0
        ? html`<h3>${msg(lang, 'legend.links')}</h3>
            <ul class="links">
              ${links.map(
                (type) => html`<li data-link=${type}>
                  ${this.line(type)}
                  <span
                    >${capitalise(msg(lang, `link.${type}`))}
                    <span class="muted">(${lineStyleKeys(linkStyle(type)).map((k) => msg(lang, k)).join(', ')})</span></span
                  >
                </li>`,
              )}
            </ul>
            ${this.layout === 'ave' && links.some((type) => ON_DEMAND_IN_AVE.has(type))
              ? html`<p class="note" data-note="specialism-links">${msg(lang, 'legend.specialismLinksAve')}</p>`
              : nothing}
            ${this.layout === 'ave' ? html`<p class="note" data-note="receding-links">${msg(lang, 'legend.recedingLinksAve')}</p>` : nothing}`
        : nothing}
    </section>`;
  }
}
