/**
 * The "Status" section of the details panel (schema 1.1): pilot, in wording, active or ended, as of a year or
 * date, with the editors' explanation. Defensive: the editor shows partially invalid files.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Lang } from '../../../i18n/localize.js';

const VALUES = ['pilot', 'in-preparation', 'active', 'ended'];

export function renderStatusSection(lang: Lang, entity: Record<string, unknown>): TemplateResult | typeof nothing {
  const status = entity.status as Record<string, unknown> | undefined;
  if (typeof status !== 'object' || status === null || !VALUES.includes(status.value as string)) return nothing;
  const name = msg(lang, `status.${status.value as string}`);
  const asOf = typeof status.asOf === 'string' && status.asOf !== '' ? status.asOf : undefined;
  const description = typeof status.description === 'string' && status.description !== '' ? status.description : undefined;
  return html`<div class="section status" data-status=${status.value}>
    <h3>${msg(lang, 'details.status')}</h3>
    <p><strong>${asOf ? msg(lang, 'details.statusAsOf', { status: name, date: asOf }) : name}</strong></p>
    ${description ? html`<p class="muted">${description}</p>` : nothing}
  </div>`;
}
