import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Contact, GiaNetwork, Id } from '../../../model/types.js';
import { findHelp, type HelpAudience, type HelpItem, type HelpResult } from '../../../graph/find-help.js';
import { HELP_AUDIENCES, isHelpAudience } from '../../../graph/help-audience.js';
import type { Mode, NetworkGraph, NodeKind } from '../../../graph/types.js';
import type { HelpState } from '../../../view-state/hash-state.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { GiaElement } from '../../shared/gia-element.js';
import { toMode } from '../../shared/mode.js';
import { requestEvent } from '../../shared/request-event.js';
import { panelStyles } from '../shared/panel.styles.js';
import { renderAccess } from '../shared/panel-fragments.js';
import { renderFallback, renderReach } from './help-answer.js';
import { joinList, nodeLabel, objectList } from '../shared/panel-text.js';
import { helpFinderStyles } from './gia-help-finder.styles.js';
import { compareNames } from '../../shared/name-order.js';

const GROUPS: ReadonlyArray<{ list: 'contacts' | 'organisations' | 'meetings' | 'interventions'; kind: NodeKind; key: string }> = [
  { list: 'contacts', kind: 'contact', key: 'help.contacts' },
  { list: 'organisations', kind: 'organisation', key: 'help.organisations' },
  { list: 'meetings', kind: 'meeting', key: 'help.meetings' },
  { list: 'interventions', kind: 'intervention', key: 'help.interventions' },
];

/** A clean copy of a help state, or null when it names no specialism. */
function cleanHelp(help: Partial<HelpState> | null | undefined): HelpState | null {
  if (!help || typeof help.specialism !== 'string' || help.specialism === '') return null;
  return {
    specialism: help.specialism,
    ...(typeof help.municipality === 'string' && help.municipality !== '' ? { municipality: help.municipality } : {}),
    ...(typeof help.phase === 'string' && help.phase !== '' ? { phase: help.phase } : {}),
  };
}

/**
 * @summary "Ik zoek hulp bij…": first "voor wie" (slachtoffer, zorgen om iemand, pleger die wil stoppen,
 * professional), then a specialisme (and optionally a municipality and AVE phase); get the organisations,
 * meetings, interventions and — in professional mode, listed first with their e-mail and phone — the contact
 * persons that can help, with their access routes. Every answer ends in how to reach someone (number or link,
 * hours, for whom) and, when the map has no contact, says so and gives Veilig Thuis. The number found is
 * announced in a polite live region. "Voor wie" stays in the panel: it is not written to the URL.
 *
 * @event gia-request-help - `{ help }` the user changed the question (`null` when cleared).
 * @event gia-request-select - `{ id }` the user opened a result.
 *
 * @csspart base - The panel.
 * @csspart form - The question.
 * @csspart results - The result lists.
 * @csspart fallback - The closing part of an answer: "geen contact" or Veilig Thuis.
 * @csspart link - Every contact link.
 *
 * @cssproperty --gia-color-highlight - Marks key contacts (and every other `--gia-…` theme token).
 */
export class GiaHelpFinder extends GiaElement {
  static override styles = [themeStyles, panelStyles, helpFinderStyles];

  @property({ attribute: false }) network?: GiaNetwork;
  @property({ attribute: false }) graph?: NetworkGraph;
  @property({ attribute: false }) override lang: Lang = 'nl';

  @property({ attribute: false }) mode: Mode = 'public';
  /** The current question (set by the host, e.g. from the URL). */
  @property({ attribute: false }) help: HelpState | undefined;

  @state() private current: HelpState | null = null;
  /** "Voor wie" (none chosen: everything that matches; professional mode starts on professionals). */
  @state() private audience: HelpAudience | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('help')) this.current = cleanHelp(this.help);
  }

  private change(part: 'specialism' | 'municipality' | 'phase', value: string): void {
    const base: Partial<HelpState> = { ...(this.current ?? {}) };
    if (value === '') delete base[part];
    else base[part] = value;
    this.current = cleanHelp(base);
    this.dispatchEvent(requestEvent('gia-request-help', { help: this.current }));
  }

  private chooseAudience(value: string): void {
    this.audience = isHelpAudience(value) ? value : undefined;
  }

  /** The audience asked for: the choice, or professionals in professional mode. */
  private get effectiveAudience(): HelpAudience | undefined {
    return this.audience ?? (toMode(this.mode) === 'professional' ? 'professionals' : undefined);
  }

  private clear(): void {
    this.current = null;
    this.dispatchEvent(requestEvent('gia-request-help', { help: null }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLSelectElement>('#specialism')?.focus());
  }

  private select(id: Id): void {
    this.dispatchEvent(requestEvent('gia-request-select', { id }));
  }

  /** The result for the current question, or undefined when none is asked or the data is missing. */
  private get result(): HelpResult | undefined {
    if (!this.current || !this.network || !this.graph) return undefined;
    try {
      const audience = this.effectiveAudience;
      return findHelp(this.network, this.graph, { ...this.current, ...(audience ? { audience } : {}), mode: toMode(this.mode) });
    } catch {
      return undefined;
    }
  }

  private summary(lang: Lang, result: HelpResult | undefined): string {
    if (!result) return '';
    const parts = GROUPS.filter((g) => result[g.list].length > 0).map((g) => msg(lang, `help.count.${g.kind}`, { count: result[g.list].length }));
    return parts.length === 0 ? msg(lang, 'help.foundNone') : msg(lang, 'help.found', { list: joinList(lang, parts) });
  }

  override render(): TemplateResult {
    const lang = this.language;
    const nodes = this.graph?.nodes ?? [];
    const specialisms = nodes.filter((n) => n.kind === 'specialism').sort((a, b) => compareNames(a.label, b.label));
    const phases = nodes.filter((n) => n.kind === 'phase');
    const municipalities = objectList<{ id?: unknown; name?: unknown }>(this.network?.municipalities)
      .filter((m): m is { id: string; name: string } => typeof m.id === 'string' && typeof m.name === 'string')
      .sort((a, b) => compareNames(a.name, b.name));
    const current = this.current;
    const result = this.result;
    return html`<section part="base" lang=${lang} aria-labelledby="help-heading">
      <h2 id="help-heading">${msg(lang, 'help.heading')}</h2>
      <p class="muted">${msg(lang, 'help.intro')}</p>
      <form part="form" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="audience">
          <legend>${msg(lang, 'help.audience')}</legend>
          ${HELP_AUDIENCES.map(
            (a) => html`<label class="choice"
              ><input type="radio" name="audience" value=${a} .checked=${this.effectiveAudience === a}
                @change=${(e: Event) => this.chooseAudience((e.target as HTMLInputElement).value)} />
              ${msg(lang, `help.audience.${a}`)}</label
            >`,
          )}
        </fieldset>
        <div class="field">
          <label for="specialism">${msg(lang, 'help.specialism')}</label>
          <select id="specialism" @change=${(e: Event) => this.change('specialism', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!current}>${msg(lang, 'help.specialism.choose')}</option>
            ${specialisms.map((s) => html`<option value=${s.id} ?selected=${current?.specialism === s.id}>${s.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="municipality">${msg(lang, 'help.municipality')}</label>
          <select id="municipality" @change=${(e: Event) => this.change('municipality', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!current?.municipality}>${msg(lang, 'help.municipality.any')}</option>
            ${municipalities.map((m) => html`<option value=${m.id} ?selected=${current?.municipality === m.id}>${m.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="phase">${msg(lang, 'help.phase')}</label>
          <select id="phase" @change=${(e: Event) => this.change('phase', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!current?.phase}>${msg(lang, 'help.phase.any')}</option>
            ${phases.map(
              (p) => html`<option value=${p.id} ?selected=${current?.phase === p.id}>${p.label}${p.subtitle ? ` — ${p.subtitle}` : ''}</option>`,
            )}
          </select>
        </div>
        ${current ? html`<button type="button" class="restart" @click=${this.clear}>${msg(lang, 'help.clear')}</button>` : nothing}
      </form>
      <p class="status" role="status" aria-live="polite">${this.summary(lang, result)}</p>
      ${result ? this.renderResults(lang, result) : nothing}
    </section>`;
  }

  private renderResults(lang: Lang, result: HelpResult): TemplateResult {
    const municipality = objectList<{ id?: unknown; name?: unknown }>(this.network?.municipalities).find((m) => m.id === result.query.municipality);
    const fallback = renderFallback(lang, result, typeof municipality?.name === 'string' ? municipality.name : undefined);
    if (result.total === 0) return html`<p class="none">${msg(lang, 'help.none')}</p>${fallback}`;
    return html`<div part="results" class="results">
      ${GROUPS.map((group) => {
        const items = result[group.list];
        if (items.length === 0) return nothing;
        return html`<h3>${msg(lang, group.key)}</h3>
          <ul class="items" data-group=${group.list}>
            ${items.map((item) => (item.kind === 'contact' ? this.renderContact(lang, item) : this.renderItem(lang, item)))}
          </ul>`;
      })}
      ${fallback}
    </div>`;
  }

  private renderItem(lang: Lang, item: HelpItem): TemplateResult {
    return html`<li class="item" data-id=${item.id}>
      <button type="button" class="link-button name" @click=${() => this.select(item.id)}>${item.label}</button>
      ${item.node.subtitle ? html`<span class="muted"> (${item.node.subtitle})</span>` : nothing}
      <p class="reason muted">${msg(lang, item.reason)}</p>
      ${item.organisations.length > 0 && item.kind !== 'organisation'
        ? html`<p class="by">
            ${msg(lang, item.kind === 'meeting' ? 'details.chair' : 'details.providers')}:
            ${item.organisations.map(
              (id, index) => html`${index > 0 ? ', ' : ''}${this.graph?.byId.has(id)
                ? html`<button type="button" class="link-button" @click=${() => this.select(id)}>${nodeLabel(this.graph, id)}</button>`
                : id}`,
            )}
          </p>`
        : nothing}
      ${renderAccess(lang, item.access, this.graph, (id) => this.select(id))}
      ${renderReach(lang, item.channels ?? [], this.graph)}
    </li>`;
  }

  /** A contact with its channels right in the result (professional mode only: findHelp lists none otherwise). */
  private renderContact(lang: Lang, item: HelpItem): TemplateResult | typeof nothing {
    if (toMode(this.mode) !== 'professional') return nothing;
    const contact = objectList<Partial<Contact>>(this.network?.contacts).find((c) => c.id === item.id);
    const employer = item.organisations[0];
    return html`<li class="item contact${item.keyContact ? ' key' : ''}" data-id=${item.id}>
      <button type="button" class="link-button name" @click=${() => this.select(item.id)}>${item.label}</button>
      ${item.keyContact ? html` <span class="tag key-tag">${msg(lang, 'help.keyContact')}</span>` : nothing}
      ${item.node.fictitious ? html` <span class="tag">${msg(lang, 'state.fictitious')}</span>` : nothing}
      <p class="muted">
        ${typeof contact?.roleLabel === 'string' ? contact.roleLabel : msg(lang, `role.${contact?.role ?? 'other'}`)}${employer
          ? html` ${msg(lang, 'help.worksAt', { name: nodeLabel(this.graph, employer) })}`
          : nothing}
      </p>
      <p class="reason muted">${msg(lang, item.reason)}</p>
      ${renderReach(lang, item.channels ?? [], this.graph)}
    </li>`;
  }
}
