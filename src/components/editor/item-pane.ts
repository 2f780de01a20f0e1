/**
 * The selected item of a collection: its name as the heading, duplicate and delete, what kind it is, the problems
 * inside it that no field shows, then its form.
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { Problem } from '../../model/index.js';
import type { CollectionKey } from '../../editor/collections.js';
import { capitalize } from './capitalize.js';
import { collectionKey } from '../../i18n/enum-key.js';

export interface ItemPaneProps {
  lang: Lang;
  collection: CollectionKey;
  /** The item's name in the list (empty when it has none yet). */
  label: string;
  /** Items with an id can be duplicated. */
  canDuplicate: boolean;
  /** Problems inside the item that no field of `form` showed. */
  otherProblems: readonly Problem[];
  form: unknown;
  duplicate(): void;
  askDelete(): void;
  /** A button that fixes a problem, when there is one (e.g. "Aandachtsfunctionaris toevoegen"). */
  problemAction?(problem: Problem): ProblemAction | undefined;
}

/** A one-click fix offered next to a problem. */
export interface ProblemAction {
  label: string;
  run(): void;
}

/** The fix button of a problem, or nothing. */
export function renderProblemAction(problem: Problem, actionFor?: (problem: Problem) => ProblemAction | undefined) {
  const action = actionFor?.(problem);
  return action ? html` <button type="button" class="secondary problem-action" @click=${action.run}>${action.label}</button>` : nothing;
}

export function renderItemPane(p: ItemPaneProps) {
  const l = p.lang;
  return html`<div class="item-header">
      <h2 id="form-heading" tabindex="-1">${p.label || msg(l, 'editor.list.unnamed')}</h2>
      <div class="item-actions">
        ${p.canDuplicate ? html`<button type="button" class="secondary" @click=${p.duplicate}>${msg(l, 'editor.action.duplicate')}</button>` : nothing}
        <button type="button" class="danger" id="delete" @click=${p.askDelete}>${msg(l, 'editor.action.delete')}</button>
      </div>
    </div>
    <p class="kind-line">${capitalize(msg(l, collectionKey(p.collection)))}</p>
    ${p.otherProblems.length
      ? html`<div class="item-problems" role="group" aria-label=${msg(l, 'editor.form.itemProblems')}>
          ${p.otherProblems.map((x) => html`<p class=${x.severity === 'error' ? 'error' : 'warning'}>
            <span class="problem-kind">${msg(l, x.severity === 'error' ? 'editor.problem.error' : 'editor.problem.warning')}</span> ${x.message}${renderProblemAction(x, p.problemAction)}
          </p>`)}
        </div>`
      : nothing}${p.form}`;
}
