/**
 * The "Controle en onderhoud" section: every error and maintenance warning as a button that goes to its field,
 * and the review period of the maintenance checks.
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { Problem, ValidationResult } from '../../model/index.js';
import { renderProblemAction, type ProblemAction } from './item-pane.js';

export interface ProblemsSectionProps {
  lang: Lang;
  validation: ValidationResult;
  reviewMonths: number;
  setReviewMonths(months: number): void;
  goToProblem(problem: Problem): void;
  /** A one-click fix for a problem, when there is one. */
  problemAction?(problem: Problem): ProblemAction | undefined;
}

export const REVIEW_PERIODS: readonly number[] = [6, 12, 18, 24];

export function renderProblemsSection({ lang: l, validation, reviewMonths, setReviewMonths, goToProblem, problemAction }: ProblemsSectionProps) {
  const { problems, warnings } = validation;
  const list = (items: Problem[], kind: 'error' | 'warning') =>
    html`<ul class="plain problem-list">
      ${items.map(
        (p) => html`<li class=${kind}>
          <button type="button" class="link" @click=${() => goToProblem(p)}>${p.message}</button>${renderProblemAction(p, problemAction)}
        </li>`,
      )}
    </ul>`;
  return html`<section class="form problems-section" aria-labelledby="form-heading">
    <h2 id="form-heading" tabindex="-1">${msg(l, 'editor.section.problems')}</h2>
    <p>${problems.length ? msg(l, 'editor.problems.intro', { count: problems.length }) : msg(l, 'editor.problems.valid')}</p>
    ${problems.length ? html`<h3>${msg(l, 'editor.problems.errors')}</h3>${list(problems, 'error')}` : nothing}
    <h3>${msg(l, 'editor.problems.maintenance')}</h3>
    <div class="field">
      <label for="review-months">${msg(l, 'editor.problems.period')}</label>
      <select id="review-months" @change=${(e: Event) => setReviewMonths(Number((e.target as HTMLSelectElement).value))}>
        ${REVIEW_PERIODS.map((m) => html`<option value=${m} ?selected=${m === reviewMonths}>${msg(l, 'editor.problems.months', { count: m })}</option>`)}
      </select>
    </div>
    ${warnings.length ? list(warnings, 'warning') : html`<p>${msg(l, 'editor.problems.noWarnings')}</p>`}
  </section>`;
}
