/**
 * Lit fragments shared by the details panel and the help finder: contact channels (safe links only)
 * and access routes. Pure functions of their input.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AccessRoute, Channel, Id } from '../../../model/types.js';
import type { NetworkGraph } from '../../../graph/types.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import { channelLink } from './safe-href.js';
import { enumText, joinList, nodeLabel, objectList, textList } from './panel-text.js';

/** One channel: its kind, then a safe link (or plain text when the value is not a safe link). */
export function renderChannel(lang: Lang, channel: Partial<Channel>): TemplateResult {
  const value = typeof channel.value === 'string' ? channel.value : '';
  const link = channelLink(channel);
  const kind = enumText(lang, 'channel', channel.type);
  const label = typeof channel.label === 'string' && channel.label.trim() !== '' ? channel.label : kind;
  const hours = typeof channel.hours === 'string' && channel.hours.trim() !== '' ? channel.hours : undefined;
  const target = link
    ? link.external
      ? html`<a href=${link.href} target="_blank" rel="noopener noreferrer" part="link"
          >${value}<span class="external" aria-hidden="true">↗</span><span class="visually-hidden">
            ${msg(lang, 'details.external')}</span
          ></a
        >`
      : html`<a href=${link.href} part="link">${value}</a>`
    : html`<span class="plain">${value}</span>`;
  return html`<li class="channel" data-channel=${channel.type ?? ''}>
    <span class="channel-label">${label}:</span> ${target}${hours
      ? html` <span class="muted">(${msg(lang, 'details.hours', { hours })})</span>`
      : nothing}
  </li>`;
}

/** A list of channels, or nothing when there are none. */
export function renderChannels(lang: Lang, channels: unknown): TemplateResult | typeof nothing {
  const list = objectList<Partial<Channel>>(channels).filter((c) => typeof c.value === 'string' && c.value.trim() !== '');
  if (list.length === 0) return nothing;
  return html`<ul class="channels">${list.map((channel) => renderChannel(lang, channel))}</ul>`;
}

/** Access routes: type, who may use it, via which organisation, and the description. */
export function renderAccess(
  lang: Lang,
  routes: unknown,
  graph: NetworkGraph | undefined,
  onSelect: (id: Id) => void,
): TemplateResult | typeof nothing {
  const list = objectList<Partial<AccessRoute>>(routes).filter((r) => typeof r.type === 'string');
  if (list.length === 0) return nothing;
  return html`<ul class="access">
    ${list.map((route) => {
      const audience = textList(route.audience).map((a) => enumText(lang, 'audience', a));
      const via = typeof route.via === 'string' && route.via !== '' ? route.via : undefined;
      const viaKnown = via !== undefined && graph?.byId.has(via) === true;
      return html`<li>
        <strong>${enumText(lang, 'access', route.type)}</strong>${audience.length > 0
          ? html` <span class="muted">(${msg(lang, 'details.audience', { audience: joinList(lang, audience) })})</span>`
          : nothing}${via
          ? html`<br /><span>${msg(lang, 'details.via')}:</span>
              ${viaKnown
                ? html`<button type="button" class="link-button" @click=${() => onSelect(via)}>${nodeLabel(graph, via)}</button>`
                : html`<span>${via}</span>`}`
          : nothing}${typeof route.description === 'string' && route.description !== ''
          ? html`<br /><span>${route.description}</span>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}
