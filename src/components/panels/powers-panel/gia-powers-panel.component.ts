import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { GiaNetwork, Id } from '../../../model/types.js';
import type { NetworkGraph } from '../../../graph/types.js';
import {
  chainChoices,
  chainOrganisations,
  meldcodeChain,
  powerChain,
  type ChainChoice,
  type ChainRole,
  type PowerChainStep,
} from '../../../graph/power-chain.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import '../../../i18n/powers-catalogue.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { GiaElement } from '../../shared/gia-element.js';
import { requestEvent } from '../../shared/request-event.js';
import { panelStyles } from '../shared/panel.styles.js';
import { nodeLabel } from '../shared/panel-text.js';
import { powersPanelStyles } from './gia-powers-panel.styles.js';

/** The picker's value of a choice: `power:<id>` or `meldcode:<n>`. */
export function choiceValue(choice: ChainChoice | null | undefined): string {
  if (!choice) return '';
  return choice.kind === 'power' ? `power:${choice.id}` : `meldcode:${choice.step}`;
}

/** The choice a picker value names (null for none or a malformed value). */
export function parseChoice(value: string): ChainChoice | null {
  const [kind, rest] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'power' && rest) return { kind: 'power', id: rest };
  const step = Number(rest);
  if (kind === 'meldcode' && Number.isInteger(step)) return { kind: 'meldcode', step };
  return null;
}

/**
 * @summary "Wie mag wat?": pick a power (bevoegdheid) or a meldcode step and see the chain: who may do it, who
 * may ask for it, to whom it goes and who decides, or whom a professional turns to in that step, in order.
 * Every organisation is a button that selects it on the map. Inferred steps are marked "Afgeleid" with the
 * editors' reasoning. Professional mode.
 *
 * @fires gia-request-chain - The user picked a power or step (`{ choice, organisations }`; choice null and no organisations for none); the host highlights the organisations.
 * @fires gia-request-select - An organisation of the chain was activated (`{ id }`).
 *
 * @csspart base - The panel.
 */
export class GiaPowersPanel extends GiaElement {
  static override styles = [themeStyles, panelStyles, powersPanelStyles];

  @property({ attribute: false }) network?: GiaNetwork;
  @property({ attribute: false }) graph?: NetworkGraph;
  @property({ attribute: false }) override lang: Lang = 'nl';
  /** The picked power or step (the host owns it). */
  @property({ attribute: false }) choice: ChainChoice | null = null;

  private pick(event: Event): void {
    const choice = parseChoice((event.target as HTMLSelectElement).value);
    this.choice = choice;
    const organisations = choice && this.network ? [...chainOrganisations(this.network, choice)] : [];
    this.dispatchEvent(requestEvent('gia-request-chain', { choice, organisations }));
  }

  private organisation(id: Id): TemplateResult {
    return html`<button type="button" class="link-button" @click=${() => this.dispatchEvent(requestEvent('gia-request-select', { id }))}>
      ${this.network?.organisations.find((o) => o.id === id)?.name ?? nodeLabel(this.graph, id)}
    </button>`;
  }

  private inferredNote(lang: Lang, reasoning: string | undefined): TemplateResult {
    return html`<span class="badge">${msg(lang, 'powers.inferred')}</span>
      ${reasoning ? html`<p class="muted">${msg(lang, 'powers.inferredLong', { reasoning })}</p>` : nothing}`;
  }

  private renderRole(lang: Lang, role: ChainRole): TemplateResult {
    return html`<dt>${msg(lang, `powers.role.${role.role}`)}</dt>
      <dd>
        ${role.description ? html`<span>${role.description}</span>` : nothing}
        ${role.organisations.length > 0 ? html`<ul>${role.organisations.map((id) => html`<li>${this.organisation(id)}</li>`)}</ul>` : nothing}
      </dd>`;
  }

  private step(lang: Lang, step: PowerChainStep): TemplateResult {
    const basis = step.power.legalBasis;
    return html`<li class="${step.position} ${step.inferred ? 'inferred' : ''}" aria-current=${step.position === 'chosen' ? 'step' : nothing}>
      <span class="position">${msg(lang, `powers.position.${step.position}`)}</span>
      <h3>${step.power.name}${step.inferred ? this.inferredNote(lang, step.reasoning) : nothing}</h3>
      ${step.power.description ? html`<p>${step.power.description}</p>` : nothing}
      ${basis?.law ? html`<p class="muted">${msg(lang, 'powers.legalBasis', { law: basis.law, article: basis.article ? `, ${basis.article}` : '' })}</p>` : nothing}
      ${step.roles.length > 0 ? html`<dl>${step.roles.map((r) => this.renderRole(lang, r))}</dl>` : html`<p class="muted">${msg(lang, 'powers.noRoles')}</p>`}
    </li>`;
  }

  private meldcode(lang: Lang, number: number): TemplateResult | typeof nothing {
    const chain = this.network ? meldcodeChain(this.network, number) : undefined;
    if (!chain) return nothing;
    const { step } = chain;
    return html`<h3>${msg(lang, 'powers.meldcodeStep', { number: step.number, name: step.name ? `: ${step.name}` : '' })}${chain.inferred ? this.inferredNote(lang, chain.reasoning) : nothing}</h3>
      ${step.description ? html`<p>${step.description}</p>` : nothing}
      ${chain.turnTo.length > 0
        ? html`<p><strong>${msg(lang, 'powers.turnTo')}</strong></p>
            <ol class="turn-to">
              ${chain.turnTo.map(
                (entry) => html`<li>
                  ${entry.who === 'organisation' && entry.organisation ? this.organisation(entry.organisation) : msg(lang, `powers.who.${entry.who}`)}
                  ${entry.inferred ? this.inferredNote(lang, entry.reasoning) : nothing}
                  ${entry.description ? html`<span class="muted"> — ${entry.description}</span>` : nothing}
                  ${entry.sectors.length > 0 ? html`<span class="muted"> (${msg(lang, 'powers.sectors', { sectors: entry.sectors.join(', ') })})</span>` : nothing}
                </li>`,
              )}
            </ol>`
        : html`<p class="muted">${msg(lang, 'powers.noRoles')}</p>`}`;
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const choices = this.network ? chainChoices(this.network) : [];
    const powers = choices.filter((c) => c.kind === 'power');
    const steps = choices.filter((c) => c.kind === 'meldcode');
    const choice = this.choice;
    const marked = this.network && choice ? chainOrganisations(this.network, choice).size : 0;
    return html`<section part="base" aria-labelledby="powers-heading" lang=${lang}>
      <h2 id="powers-heading">${msg(lang, 'powers.heading')}</h2>
      ${choices.length === 0
        ? html`<p>${msg(lang, 'powers.empty')}</p>`
        : html`<p>${msg(lang, 'powers.intro')}</p>
            <label for="choice">${msg(lang, 'powers.choose')}</label>
            <select id="choice" @change=${this.pick} .value=${choiceValue(choice)}>
              <option value="" ?selected=${!choice}>${msg(lang, 'powers.none')}</option>
              ${powers.length > 0
                ? html`<optgroup label=${msg(lang, 'powers.groupPowers')}>
                    ${powers.map((c) => html`<option value=${choiceValue(c)} ?selected=${choiceValue(c) === choiceValue(choice)}>${c.name}</option>`)}
                  </optgroup>`
                : nothing}
              ${steps.length > 0
                ? html`<optgroup label=${msg(lang, 'powers.groupMeldcode')}>
                    ${steps.map(
                      (c) =>
                        html`<option value=${choiceValue(c)} ?selected=${choiceValue(c) === choiceValue(choice)}>
                          ${msg(lang, 'powers.meldcodeStep', { number: c.kind === 'meldcode' ? c.step : '', name: c.name ? `: ${c.name}` : '' })}
                        </option>`,
                    )}
                  </optgroup>`
                : nothing}
            </select>
            <p class="muted" role="status">${choice && marked > 0 ? msg(lang, 'powers.onMap', { count: marked }) : ''}</p>
            ${choice?.kind === 'power' && this.network
              ? html`<ol class="chain">${powerChain(this.network, choice.id).map((s) => this.step(lang, s))}</ol>`
              : nothing}
            ${choice?.kind === 'meldcode' ? this.meldcode(lang, choice.step) : nothing}`}
    </section>`;
  }
}
