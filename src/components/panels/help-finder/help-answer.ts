/**
 * The end of every help-finder answer: how to reach someone. Per item its channels (number or link, hours, for
 * whom, through which organisation), and after the results either the plain "geen contact" message or the
 * Veilig Thuis line to fall back on. Pure functions of their input; links come from findHelp (safe hrefs only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HelpChannel, HelpResult } from '../../../graph/find-help.js';
import type { UrgentHelpChannel } from '../../../graph/urgent-help.js';
import type { NetworkGraph } from '../../../graph/types.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import { enumText, nodeLabel } from '../shared/panel-text.js';

type Line = Pick<HelpChannel, 'href' | 'hours' | 'audience' | 'free' | 'anonymous' | 'channelLabel'> & { text: string; via?: string };

function link(lang: Lang, line: Line): TemplateResult {
  const external = line.href.startsWith('http');
  return external
    ? html`<a href=${line.href} target="_blank" rel="noopener noreferrer" part="link"
        >${line.text}<span class="external" aria-hidden="true">↗</span><span class="visually-hidden">
          ${msg(lang, 'details.external')}</span
        ></a
      >`
    : html`<a href=${line.href} part="link">${line.text}</a>`;
}

/** One way to reach someone: the link, then what it costs, when it is open and for whom. */
function reachLine(lang: Lang, line: Line, graph: NetworkGraph | undefined): TemplateResult {
  const notes = [
    line.free === true ? msg(lang, 'help.channel.free') : '',
    line.anonymous === true ? msg(lang, 'help.channel.anonymous') : '',
  ].filter((text) => text !== '');
  return html`<li class="reach-line">
    ${line.channelLabel ? html`<span class="channel-label">${line.channelLabel}:</span> ` : nothing}${link(lang, line)}${line.via
      ? html` <span class="muted">${msg(lang, 'help.channel.via', { name: nodeLabel(graph, line.via) })}</span>`
      : nothing}${notes.length > 0 ? html` <span class="muted">(${notes.join(', ')})</span>` : nothing}
    ${line.hours ? html`<br /><span class="hours">${msg(lang, 'help.channel.hours', { hours: line.hours })}</span>` : nothing}
    ${line.audience && line.audience !== 'everyone'
      ? html`<br /><span class="for">${msg(lang, 'help.channel.for', { audience: enumText(lang, 'audience', line.audience) })}</span>`
      : nothing}
  </li>`;
}

/** An item's channels ("Zo bereikt u hen: …"), or the sentence that none is given. */
export function renderReach(lang: Lang, channels: readonly HelpChannel[], graph: NetworkGraph | undefined): TemplateResult {
  if (channels.length === 0) return html`<p class="reach none-reach muted">${msg(lang, 'help.reach.none')}</p>`;
  return html`<div class="reach">
    <span class="reach-heading">${msg(lang, 'help.reach')}</span>
    <ul class="reach-lines">
      ${channels.map((channel) => reachLine(lang, { ...channel, text: channel.number ?? channel.value }, graph))}
    </ul>
  </div>`;
}

/** The last part of every answer: "geen contact" with Veilig Thuis, or Veilig Thuis as the last step. */
export function renderFallback(lang: Lang, result: HelpResult, municipalityName: string | undefined): TemplateResult {
  const lines: readonly UrgentHelpChannel[] = result.fallback ?? [];
  const text = result.noContact
    ? msg(lang, 'help.noContact', { municipality: result.query.municipality !== undefined ? (municipalityName ?? '') : '' })
    : msg(lang, 'help.fallback');
  return html`<div part="fallback" class="fallback${result.noContact ? ' no-contact' : ''}" data-no-contact=${result.noContact ? 'true' : 'false'}>
    <p>${text}</p>
    ${lines.length > 0
      ? html`<ul class="reach-lines">
          ${lines.map((line) => reachLine(lang, { ...line, channelLabel: line.label, text: line.number ?? line.href.replace(/^https?:\/\//, '').replace(/\/$/, '') }, undefined))}
        </ul>`
      : nothing}
  </div>`;
}
