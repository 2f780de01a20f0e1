/**
 * The "Bronnen" section of the details panel: the certainty of the placement ("afgeleid" with the
 * reasoning), each source with document title, section and lines, and the review date. Same in both modes
 * (sources hold no personal data).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Lang } from '../../../i18n/localize.js';
import type { SourceLine, SourceView } from './source-view.js';

function where(lang: Lang, s: SourceLine): string {
  const parts = [s.section ? msg(lang, 'details.sourceSection', { section: s.section }) : '', s.lines ? msg(lang, 'details.sourceLines', { lines: s.lines }) : '']
    .filter(Boolean)
    .join(', ');
  return parts ? ` (${parts})` : '';
}

function sourceItems(lang: Lang, sources: readonly SourceLine[]): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<ul class="sources">
    ${sources.map(
      (s) => html`<li>
        <cite>${s.title}</cite>${where(lang, s)}${s.quote ? html`<q>${s.quote}</q>` : nothing}
        ${s.note ? html`<span class="muted">${s.note}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
}

export function renderSourceSection(lang: Lang, view: SourceView): TemplateResult | typeof nothing {
  if (view.sources.length === 0 && view.placements.length === 0 && !view.reviewedAt) return nothing;
  return html`<div class="section sources-section">
    <h3>${msg(lang, 'details.sources')}</h3>
    ${view.placements.map(
      (p) => html`<p class="certainty" data-level=${p.level}>
          <strong>${msg(lang, `details.placement.${p.what}`)}: ${msg(lang, `details.certainty.${p.level}`)}</strong>${p.reasoning
            ? html` — ${p.reasoning}`
            : nothing}
        </p>
        ${sourceItems(lang, p.sources)}`,
    )}
    ${sourceItems(lang, view.sources)}
    ${view.reviewedAt
      ? html`<p class="reviewed muted">
          ${msg(lang, view.fileReviewDate ? 'details.reviewedFile' : 'details.reviewed', { date: view.reviewedAt })}
        </p>`
      : nothing}
  </div>`;
}
