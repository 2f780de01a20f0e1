import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { GiaNetwork, Id } from '../../../model/types.js';
import { activeFilterCount, cleanFilter, emptyFilter, isEmptyFilter, type FilterFacet, type FilterState } from '../../../graph/filter-state.js';
import { NODE_KINDS, type Mode, type NetworkGraph } from '../../../graph/types.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { GiaElement } from '../../shared/gia-element.js';
import { requestEvent } from '../../shared/request-event.js';
import { panelStyles } from '../shared/panel.styles.js';
import { kindName, objectList } from '../shared/panel-text.js';
import { filterPanelStyles } from './gia-filter-panel.styles.js';
import { compareNames } from '../../shared/name-order.js';

interface Option {
  id: string;
  label: string;
  hint?: string;
}

/**
 * @summary Filters for the netwerkkaart: check boxes per specialisme, kind, AVE phase and municipality
 * (werkgebied), the number of items left, and — when nothing is left — a message with "Wis filters".
 *
 * @event gia-request-filter - `{ filter }` the user changed a filter or cleared them all.
 *
 * @csspart base - The panel.
 * @csspart count - The result count (a polite live region, unless `no-announce` is set).
 * @csspart clear - The "Wis filters" button.
 *
 * @cssproperty --gia-color-accent - Check box colour (and every other `--gia-…` theme token).
 */
export class GiaFilterPanel extends GiaElement {
  static override styles = [themeStyles, panelStyles, filterPanelStyles];

  @property({ attribute: false }) network?: GiaNetwork;
  @property({ attribute: false }) graph?: NetworkGraph;
  @property({ attribute: false }) override lang: Lang = 'nl';

  @property({ attribute: false }) mode: Mode = 'public';
  /** The current filter (set by the host). */
  @property({ attribute: false }) filter?: FilterState;
  /** The number of items the current filter leaves visible. */
  @property({ attribute: false }) resultCount = 0;
  /**
   * The count is shown but is no live region: for a host that announces filter results itself (the map does,
   * so one filter change speaks once).
   */
  @property({ type: Boolean, attribute: 'no-announce' }) noAnnounce = false;

  @state() private current: FilterState = emptyFilter();

  @query('h2') private heading?: HTMLElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter')) this.current = cleanFilter(this.filter);
  }

  private emit(filter: FilterState): void {
    this.current = filter;
    this.dispatchEvent(requestEvent('gia-request-filter', { filter: cleanFilter(filter) }));
  }

  private toggle(facet: FilterFacet, id: string, checked: boolean): void {
    const next = cleanFilter(this.current);
    const list = next[facet] as string[];
    const without = list.filter((x) => x !== id);
    (next[facet] as string[]) = checked ? [...without, id] : without;
    this.emit(next);
  }

  private clearAll(): void {
    this.emit(emptyFilter());
    void this.updateComplete.then(() => this.heading?.focus());
  }

  private options(facet: FilterFacet, lang: Lang): Option[] {
    const nodes = this.graph?.nodes ?? [];
    switch (facet) {
      case 'specialisms':
        return nodes.filter((n) => n.kind === 'specialism').map((n) => ({ id: n.id, label: n.label })).sort((a, b) => compareNames(a.label, b.label));
      case 'kinds':
        return NODE_KINDS.filter((k) => this.mode === 'professional' || k !== 'contact')
          .filter((k) => nodes.some((n) => n.kind === k))
          .map((k) => ({ id: k, label: capitalise(kindName(lang, k, 2)) }));
      case 'phases':
        return nodes.filter((n) => n.kind === 'phase').map((n) => ({ id: n.id, label: n.label, ...(n.subtitle ? { hint: n.subtitle } : {}) }));
      case 'municipalities':
        return objectList<{ id?: unknown; name?: unknown }>(this.network?.municipalities)
          .filter((m): m is { id: string; name: string } => typeof m.id === 'string' && typeof m.name === 'string')
          .map((m) => ({ id: m.id, label: m.name }))
          .sort((a, b) => compareNames(a.label, b.label));
      default:
        return [];
    }
  }

  private renderGroup(facet: FilterFacet, lang: Lang): TemplateResult | typeof nothing {
    const options = this.options(facet, lang);
    if (options.length === 0) return nothing;
    const chosen = new Set<Id>(this.current[facet] as string[]);
    return html`<fieldset class="group" data-facet=${facet}>
      <legend>${msg(lang, `filter.${facet}`)}</legend>
      <ul class=${facet === 'phases' ? 'options wide' : 'options'}>
        ${options.map(
          (option) => html`<li>
            <label>
              <input
                type="checkbox"
                value=${option.id}
                .checked=${chosen.has(option.id)}
                @change=${(e: Event) => this.toggle(facet, option.id, (e.target as HTMLInputElement).checked)}
              />
              <span>${option.label}${option.hint ? html` <span class="muted">— ${option.hint}</span>` : nothing}</span>
            </label>
          </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const total = this.graph?.nodes.filter((n) => this.mode === 'professional' || n.kind !== 'contact').length ?? 0;
    const count = Number.isFinite(this.resultCount) ? Math.max(0, Math.floor(this.resultCount)) : 0;
    const empty = isEmptyFilter(this.current);
    const active = activeFilterCount(this.current);
    return html`<section part="base" lang=${lang} aria-labelledby="filter-heading">
      <h2 id="filter-heading" tabindex="-1">${msg(lang, 'filter.heading')}</h2>
      <div class="summary">
        <p part="count" class="count" role=${this.noAnnounce ? nothing : 'status'}>
          ${empty ? msg(lang, 'filter.count', { count }) : msg(lang, 'filter.countOf', { count, total })}${!empty
            ? html`<span class="muted"> · ${msg(lang, 'filter.active', { count: active })}</span>`
            : nothing}
        </p>
        ${!empty && count === 0 ? html`<p class="empty">${msg(lang, 'filter.empty')}</p>` : nothing}
        ${!empty
          ? html`<button type="button" part="clear" class=${count === 0 ? 'primary clear' : 'clear'} @click=${this.clearAll}>
              ${msg(lang, 'filter.clear')}
            </button>`
          : nothing}
        ${this.current.query.trim() ? html`<p class="query">${msg(lang, 'filter.query', { query: this.current.query.trim() })}</p>` : nothing}
      </div>
      ${this.renderGroup('specialisms', lang)} ${this.renderGroup('kinds', lang)} ${this.renderGroup('phases', lang)}
      ${this.renderGroup('municipalities', lang)}
    </section>`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
