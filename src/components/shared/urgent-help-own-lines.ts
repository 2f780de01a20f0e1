/**
 * What the urgent-help strip (urgent-help-strip.ts) needs for a file's own lines, a lazy chunk of the map
 * (fetched when a public map connects): reading them (graph/urgent-help.ts `urgentHelpChannels`), the note under
 * a line that the strip does not word itself (free, hours, anonymous, audience) and the "Meer hulplijnen" fold
 * with the lines beyond the first phone lines. Its Dutch texts (i18n/urgent.nl.ts) come with it. The strip's first
 * frame (112 and Veilig Thuis, before the data is in) does without it.
 */
import { html, type TemplateResult } from 'lit';
import type { UrgentHelpChannel } from '../../graph/national-help-lines.js';
import { msg, registerCatalogue, type Lang } from '../../i18n/localize.js';
import urgentNl from '../../i18n/urgent.nl.js';
import type { UrgentStripExtras } from './urgent-help-strip.js';

export { urgentHelpChannels } from '../../graph/urgent-help.js';

registerCatalogue('nl', urgentNl);

const AUDIENCES = new Set(['everyone', 'residents', 'professionals', 'victims', 'concerned', 'perpetrators']);

function noteOf(lang: Lang, line: UrgentHelpChannel): string {
  const audience = line.audience && AUDIENCES.has(line.audience) && line.audience !== 'everyone' ? msg(lang, `urgent.audience.${line.audience}`) : '';
  const parts = [line.free ? msg(lang, 'urgent.free') : '', line.hours ?? '', line.anonymous ? msg(lang, 'urgent.anonymous') : '', audience];
  return parts.filter((part) => part !== '').join(' · ');
}

function moreTemplate(lang: Lang, lines: readonly TemplateResult[]): TemplateResult {
  return html`<details class="more">
    <summary>${msg(lang, 'urgent.more')}</summary>
    <ul>
      ${lines}
    </ul>
  </details>`;
}

/** The strip's parts for a file's own lines (pass as `extras` to urgentStripTemplate). */
export const urgentStripExtras: UrgentStripExtras = { noteOf, more: moreTemplate };
