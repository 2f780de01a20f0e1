import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Contact, GiaNetwork, Id } from '../../../model/types.js';
import { NODE_KINDS, type GraphNode, type Mode, type NetworkGraph } from '../../../graph/types.js';
import { jargonIn } from '../../../graph/jargon.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { GiaElement } from '../../shared/gia-element.js';
import { toMode } from '../../shared/mode.js';
import { requestEvent } from '../../shared/request-event.js';
import { panelStyles } from '../shared/panel.styles.js';
import { renderAccess, renderChannels } from '../shared/panel-fragments.js';
import { enumText, idList, joinList, kindName, textList } from '../shared/panel-text.js';
import {
  SHOWN_ELSEWHERE,
  contactsOf,
  entityFor,
  meetingsOf,
  publicAddresses,
  relatedGroups,
  type DetailsEntity,
} from './details-content.js';
import { renderSourceSection } from './source-section.js';
import { renderStatusSection } from './status-section.js';
import { sourceView } from './source-view.js';
import { detailsPanelStyles } from './gia-details-panel.styles.js';

/**
 * @summary Everything a professional needs to act on one node of the netwerkkaart: what it does and may
 * do, how to reach it, its specialisms, AVE phases, meetings, channels and (professional mode only) its
 * contact persons, plus buttons to every related node.
 *
 * Privacy: in public mode no contact person is ever rendered (no names, channels or notes), even when the
 * network given still holds them, and confidential addresses are never rendered in any mode.
 *
 * @event gia-request-select - `{ id }` the user chose a related node.
 * @event gia-request-close - `{}` the user closed the panel.
 * @event gia-request-move - `{ id }` the user wants to move the node on the map (only with `movable`).
 *
 * @csspart base - The panel's section.
 * @csspart heading - The node's name.
 * @csspart close - The close button.
 * @csspart move - The "Verplaats op de kaart" button (only with `movable`).
 * @csspart link - Every contact link.
 *
 * @cssproperty --gia-color-text - Text colour (and every other `--gia-…` theme token).
 */
export class GiaDetailsPanel extends GiaElement {
  static override styles = [themeStyles, panelStyles, detailsPanelStyles];

  /** The (validated) network. */
  @property({ attribute: false }) network?: GiaNetwork;
  /** The graph derived from `network`. */
  @property({ attribute: false }) graph?: NetworkGraph;
  /** Language of the texts. */
  @property({ attribute: false }) override lang: Lang = 'nl';

  /** `public` (default) never renders contact persons; `professional` does. */
  @property({ attribute: false }) mode: Mode = 'public';
  /** The id of the node to show, or null for none. */
  @property({ attribute: false }) nodeId: string | null = null;
  /** Offer "Verplaats op de kaart" (the map sets it: a way to move a node without dragging, WCAG 2.5.7). */
  @property({ attribute: false }) movable = false;

  @query('h2') private headingElement?: HTMLElement;

  /** Moves keyboard focus to the heading (call after opening, so screen readers read the name). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.headingElement?.focus();
  }

  private select(id: Id): void {
    this.dispatchEvent(requestEvent('gia-request-select', { id }));
  }

  private move(): void {
    if (this.nodeId) this.dispatchEvent(requestEvent('gia-request-move', { id: this.nodeId }));
  }

  private close(): void {
    this.dispatchEvent(requestEvent('gia-request-close', {}));
  }

  /** The node to show, or undefined (unknown id, or a contact outside professional mode). */
  private get node(): GraphNode | undefined {
    if (typeof this.nodeId !== 'string') return undefined;
    const node = this.graph?.byId.get(this.nodeId);
    if (!node || (node.kind === 'contact' && toMode(this.mode) !== 'professional')) return undefined;
    return node;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const node = this.node;
    if (this.nodeId === null || this.nodeId === undefined) {
      return html`<section part="base" lang=${lang}><p class="muted">${msg(lang, 'details.empty')}</p></section>`;
    }
    const details = node ? entityFor(this.network, node, toMode(this.mode)) : undefined;
    if (!node || !details) {
      return html`<section part="base" lang=${lang} aria-labelledby="heading">
        <div class="header">
          <h2 id="heading" tabindex="-1" part="heading">${msg(lang, 'details.label')}</h2>
          ${this.renderClose(lang, msg(lang, 'details.label'))}
        </div>
        <p>${msg(lang, 'details.notFound')}</p>
      </section>`;
    }
    return html`<section part="base" lang=${lang} aria-labelledby="heading" data-kind=${node.kind}>
      <div class="header">
        <div>
          <h2 id="heading" tabindex="-1" part="heading">${node.label}</h2>
          <p class="kind">${this.kindLine(lang, node, details)}</p>
          ${this.renderJargon(lang, node, details)}
        </div>
        ${this.renderClose(lang, node.label)}
      </div>
      ${this.movable
        ? html`<p class="move"><button type="button" part="move" @click=${this.move}>${msg(lang, 'details.move')}</button></p>`
        : nothing}
      ${renderStatusSection(lang, details.entity)}
      ${this.renderBody(lang, node, details)} ${this.renderRelated(lang, node)}
      ${renderSourceSection(lang, sourceView(this.network, details.entity))}
    </section>`;
  }

  /** A one-line explanation of "AVE-fase" and "MDA++" where the details show them (plain Dutch for inwoners). */
  private renderJargon(lang: Lang, node: GraphNode, details: DetailsEntity): TemplateResult | typeof nothing {
    const phases = node.kind === 'phase' || idList((details.entity as Record<string, unknown>).phases).length > 0 ? 'AVE' : undefined;
    // Every text the details show: the entity's own fields and the names of what it is linked to.
    const linked = [...(this.graph?.neighbours.get(node.id) ?? [])].map((id) => this.graph?.byId.get(id)?.label);
    const terms = jargonIn([node.label, phases, JSON.stringify(details.entity), ...linked]);
    if (terms.length === 0) return nothing;
    return html`${terms.map((term) => html`<p class="jargon">${msg(lang, `jargon.${term}`)}</p>`)}`;
  }

  private renderClose(lang: Lang, name: string): TemplateResult {
    return html`<button type="button" class="close" part="close" aria-label=${msg(lang, 'details.closeLabel', { name })} @click=${this.close}>
      <span aria-hidden="true">×</span> ${msg(lang, 'action.close')}
    </button>`;
  }

  private kindLine(lang: Lang, node: GraphNode, details: DetailsEntity): TemplateResult {
    const kind = kindName(lang, node.kind);
    let type = '';
    if (details.kind === 'organisation') type = enumText(lang, 'orgType', details.entity.type);
    else if (details.kind === 'meeting') type = enumText(lang, 'meetingType', details.entity.type);
    else if (details.kind === 'intervention') type = enumText(lang, 'interventionType', details.entity.type);
    else if (details.kind === 'contact') type = this.roleText(lang, details.entity);
    else if (details.kind === 'phase' && typeof details.entity.label === 'string') type = details.entity.label;
    const capital = kind.charAt(0).toUpperCase() + kind.slice(1);
    return html`${capital}${type ? html` · ${type}` : nothing}${node.fictitious
      ? html` <span class="tag">${msg(lang, 'state.fictitious')}</span>`
      : nothing}`;
  }

  private roleText(lang: Lang, contact: Partial<Contact>): string {
    return typeof contact.roleLabel === 'string' && contact.roleLabel !== '' ? contact.roleLabel : enumText(lang, 'role', contact.role ?? 'other');
  }

  private section(title: string, body: unknown, cls = ''): TemplateResult | typeof nothing {
    if (body === nothing || body === undefined || body === '') return nothing;
    return html`<div class="section ${cls}"><h3>${title}</h3>${body}</div>`;
  }

  private textItems(items: string[]): TemplateResult | typeof nothing {
    return items.length === 0 ? nothing : html`<ul>${items.map((t) => html`<li>${t}</li>`)}</ul>`;
  }

  /** Buttons to nodes that exist in the graph (unknown ids are shown as text). */
  /**
   * Buttons to related nodes. A list that mixes kinds (the details of an AVE phase: organisations,
   * interventions, meetings) is ordered by kind and says each item's kind in text (WCAG 1.3.1).
   */
  private nodeButtons(lang: Lang, ids: Id[]): TemplateResult | typeof nothing {
    let shown = ids.filter((id) => {
      const node = this.graph?.byId.get(id);
      return !(node?.kind === 'contact' && toMode(this.mode) !== 'professional');
    });
    if (shown.length === 0) return nothing;
    const kindOf = (id: Id) => this.graph?.byId.get(id)?.kind;
    const mixed = new Set(shown.map(kindOf).filter((k) => k !== undefined)).size > 1;
    if (mixed) {
      const rank = (id: Id) => NODE_KINDS.indexOf(kindOf(id) ?? 'organisation');
      shown = shown.map((id, index) => ({ id, index })).sort((a, b) => rank(a.id) - rank(b.id) || a.index - b.index).map((entry) => entry.id);
    }
    return html`<ul class="nodes">
      ${shown.map((id) => {
        const node = this.graph?.byId.get(id);
        return html`<li data-kind=${node?.kind ?? nothing}>
          ${node
            ? html`<button type="button" class="link-button" data-id=${id} @click=${() => this.select(id)}>${node.label}</button>${node.kind === 'phase' && node.subtitle
                  ? html` <span class="muted">${node.subtitle}</span>`
                  : nothing}${mixed ? html`<span class="muted item-kind"> · ${kindName(lang, node.kind)}</span>` : nothing}`
            : html`<span>${id}</span>`}
        </li>`;
      })}
    </ul>`;
  }

  private municipalities(lang: Lang, ids: Id[]): TemplateResult {
    const names = ids.map((id) => {
      const found = (Array.isArray(this.network?.municipalities) ? this.network.municipalities : []).find((m) => m?.id === id);
      return typeof found?.name === 'string' ? found.name : id;
    });
    return html`<p>${names.length === 0 ? msg(lang, 'details.wholeRegion') : joinList(lang, names)}</p>`;
  }

  private renderBody(lang: Lang, node: GraphNode, details: DetailsEntity): TemplateResult {
    const select = (id: Id) => this.select(id);
    const e = details.entity as Record<string, unknown>;
    const description = typeof e.description === 'string' && e.description !== '' ? html`<p class="description">${e.description}</p>` : nothing;
    const specialisms = this.section(msg(lang, 'details.specialisms'), this.nodeButtons(lang, idList(e.specialisms)));
    const phases = this.section(msg(lang, 'details.phases'), this.nodeButtons(lang, idList(e.phases)));
    const access = this.section(msg(lang, 'details.access'), renderAccess(lang, e.access, this.graph, select));
    const workArea =
      details.kind === 'organisation' || details.kind === 'meeting' || details.kind === 'intervention' || details.kind === 'contact'
        ? this.section(msg(lang, 'details.municipalities'), this.municipalities(lang, idList(e.municipalities)))
        : nothing;

    switch (details.kind) {
      case 'organisation': {
        const org = details.entity;
        const meetings = meetingsOf(this.network, node.id)
          .map((m) => m.id as Id)
          .filter((id) => this.graph?.byId.has(id));
        const addresses = publicAddresses(org.addresses);
        return html`${description}
          ${this.section(msg(lang, 'details.tasks'), this.textItems(textList(org.tasks)))}
          ${this.section(msg(lang, 'details.powers'), this.textItems(textList(org.powers)))} ${access}
          ${this.section(msg(lang, 'details.channels'), renderChannels(lang, org.channels))}
          ${addresses.length > 0
            ? this.section(
                msg(lang, 'details.addresses'),
                html`<ul>
                  ${addresses.map(
                    (a) => html`<li>
                      ${[a.label, a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.hours]
                        .filter((part) => typeof part === 'string' && part !== '')
                        .join(', ')}
                    </li>`,
                  )}
                </ul>`,
              )
            : nothing}
          ${this.renderContacts(lang, node.id)} ${specialisms} ${phases}
          ${this.section(msg(lang, 'details.meetings'), this.nodeButtons(lang, meetings))}
          ${typeof org.parent === 'string' ? this.section(msg(lang, 'details.parent'), this.nodeButtons(lang, [org.parent])) : nothing}
          ${workArea}`;
      }
      case 'meeting': {
        const meeting = details.entity;
        const chair = meeting.chair;
        const chairBody =
          chair && typeof chair === 'object'
            ? html`${typeof chair.description === 'string' ? html`<p>${chair.description}</p>` : nothing}${this.nodeButtons(
                lang,
                idList(chair.organisations),
              )}`
            : nothing;
        const members = idList(meeting.members);
        const membersBody =
          members.length > 0 || typeof meeting.membersDescription === 'string'
            ? html`${this.nodeButtons(lang, members)}${typeof meeting.membersDescription === 'string'
                ? html`<p>${meeting.membersDescription}</p>`
                : nothing}`
            : nothing;
        return html`${description}
          ${this.section(msg(lang, 'details.admission'), this.textItems(textList(meeting.admissionCriteria)))} ${access}
          ${typeof meeting.frequency === 'string' ? this.section(msg(lang, 'details.frequency'), html`<p>${meeting.frequency}</p>`) : nothing}
          ${this.section(msg(lang, 'details.chair'), chairBody)} ${this.section(msg(lang, 'details.members'), membersBody)}
          ${specialisms} ${phases} ${workArea}`;
      }
      case 'intervention': {
        const intervention = details.entity;
        return html`${description}
          ${typeof intervention.targetGroup === 'string'
            ? this.section(msg(lang, 'details.targetGroup'), html`<p>${intervention.targetGroup}</p>`)
            : nothing}
          ${access} ${this.section(msg(lang, 'details.channels'), renderChannels(lang, intervention.channels))}
          ${this.section(msg(lang, 'details.providers'), this.nodeButtons(lang, idList(intervention.providers)))} ${specialisms}
          ${phases} ${workArea}`;
      }
      case 'contact': {
        // Only reached in professional mode (entityFor returns nothing for contacts otherwise).
        const contact = details.entity;
        return html`${this.section(msg(lang, 'details.role'), html`<p>${this.roleText(lang, contact)}</p>`)}
          ${typeof contact.organisation === 'string'
            ? this.section(msg(lang, 'details.organisation'), this.nodeButtons(lang, [contact.organisation]))
            : nothing}
          ${this.section(
            msg(lang, 'details.channels'),
            renderChannels(lang, contact.channels) === nothing ? html`<p>${msg(lang, 'details.noChannels')}</p>` : renderChannels(lang, contact.channels),
          )}
          ${typeof contact.notes === 'string' && contact.notes !== '' ? html`<p>${contact.notes}</p>` : nothing} ${specialisms}
          ${workArea}`;
      }
      case 'phase':
      case 'specialism':
      default:
        return html`${description}${details.kind === 'specialism' && textList(details.entity.synonyms).length > 0
          ? html`<p class="muted">${joinList(lang, textList(details.entity.synonyms))}</p>`
          : nothing}`;
    }
  }

  /** Contact persons of an organisation: professional mode only. */
  private renderContacts(lang: Lang, organisation: Id): TemplateResult | typeof nothing {
    if (toMode(this.mode) !== 'professional') return nothing;
    const contacts = contactsOf(this.network, organisation, toMode(this.mode));
    if (contacts.length === 0) return nothing;
    return html`<div class="section contacts">
      <h3>${msg(lang, 'details.contacts')}</h3>
      <ul class="contact-list">
        ${contacts.map((contact) => {
          const id = contact.id as Id;
          const name = typeof contact.name === 'string' && contact.name !== '' ? contact.name : this.roleText(lang, contact);
          const inGraph = this.graph?.byId.has(id) === true;
          return html`<li class="contact" data-id=${id}>
            <h4>
              ${inGraph ? html`<button type="button" class="link-button" @click=${() => this.select(id)}>${name}</button>` : name}
              ${contact.fictitious === true ? html`<span class="tag">${msg(lang, 'state.fictitious')}</span>` : nothing}
            </h4>
            <p class="muted">${this.roleText(lang, contact)}</p>
            ${renderChannels(lang, contact.channels)}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderRelated(lang: Lang, node: GraphNode): TemplateResult | typeof nothing {
    // Participation already listed as members (meeting) or meetings (organisation) is not repeated.
    const listed =
      node.kind === 'meeting'
        ? new Set(idList((entityFor(this.network, node, toMode(this.mode))?.entity as { members?: unknown } | undefined)?.members))
        : node.kind === 'organisation'
          ? new Set(meetingsOf(this.network, node.id).map((m) => m.id as Id))
          : new Set<Id>();
    const groups = relatedGroups(this.graph, node.id, toMode(this.mode), SHOWN_ELSEWHERE[node.kind] ?? new Set())
      .map((group) =>
        group.key === 'related.participates-in.in' || group.key === 'related.participates-in.out'
          ? { ...group, ids: group.ids.filter((id) => !listed.has(id)) }
          : group,
      )
      .filter((group) => group.ids.length > 0);
    if (groups.length === 0) return nothing;
    // Groups with the same heading (e.g. "Omvat" from part-of and parent) are merged.
    const merged = new Map<string, Id[]>();
    for (const group of groups) {
      const title = msg(lang, group.key);
      const list = merged.get(title) ?? [];
      for (const id of group.ids) if (!list.includes(id)) list.push(id);
      merged.set(title, list);
    }
    return html`<div class="section related">
      <h3>${msg(lang, 'details.related')}</h3>
      ${[...merged.entries()].map(
        ([title, ids]) => html`<h4>${title}</h4>
          ${this.nodeButtons(lang, ids)}`,
      )}
    </div>`;
  }
}
