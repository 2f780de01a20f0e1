/**
 * The save dialog: what changed since the file was opened and whether the network is valid (an invalid full file
 * can still be saved, after a warning that lists the first errors).
 *
 * The public version is the model's one public build (`buildPublicVersion`, the same as `gia-netwerkkaart
 * public`): the dialog says what it leaves out, or refuses whenever the CLI would (errors, or personal values that
 * would still be in it), listing the problems as buttons that go to their field. There is no "save anyway" for it.
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { Problem, PublicBuild, ValidationResult } from '../../model/index.js';
import { formatChangeSummary, summarizeChanges } from '../../editor/change-summary.js';
import { renderDialogShell } from './dialog-shell.js';

export interface SaveDialogState {
  kind: 'save';
  /** The public version (personal data stripped) instead of the full file. */
  public: boolean;
  /** The public build of the network as it was when the dialog opened (public only). */
  build?: PublicBuild;
}

export interface SaveDialogProps {
  lang: Lang;
  dialog: SaveDialogState;
  /** The network as opened and as it is now. */
  opened: unknown;
  current: unknown;
  validation: ValidationResult;
  cancel(): void;
  save(publicVersion: boolean): void;
  /** Closes the dialog and shows the field a problem is about. */
  goToProblem(problem: Problem): void;
}

const SHOWN = 5;

export function renderSaveDialog(props: SaveDialogProps) {
  const { lang: l, dialog: d, opened, current, cancel } = props;
  const summary = formatChangeSummary(summarizeChanges(opened, current), l);
  const changes = html`<p><strong>${msg(l, 'editor.save.changes')}</strong> ${summary}</p>`;
  if (d.public) {
    const build = d.build;
    return renderDialogShell(
      msg(l, 'editor.save.publicTitle'),
      html`${changes}<p>${msg(l, 'editor.save.publicExplain')}</p>
        ${build?.ok ? html`<p class="public-removed">${msg(l, 'editor.save.publicRemoved', { ...build.removed })}</p>` : renderRefusal(props)}`,
      build?.ok
        ? html`<button type="button" class="secondary" @click=${cancel}>${msg(l, 'editor.action.cancel')}</button>
            <button type="button" id="confirm-save" autofocus @click=${() => props.save(true)}>${msg(l, 'editor.action.savePublic')}</button>`
        : html`<button type="button" id="close-save" autofocus @click=${cancel}>${msg(l, 'editor.action.close')}</button>`,
      cancel,
    );
  }
  const errors = props.validation.problems;
  return renderDialogShell(
    msg(l, 'editor.save.title'),
    html`${changes}
      ${errors.length
        ? html`<div class="warning-box" role="alert">
            <p><strong>${msg(l, 'editor.save.invalid', { count: errors.length })}</strong></p>
            <ul>
              ${errors.slice(0, SHOWN).map((p) => html`<li>${p.message}</li>`)}
            </ul>
            ${errors.length > SHOWN ? html`<p>${msg(l, 'editor.save.more', { count: errors.length - SHOWN })}</p>` : nothing}
          </div>`
        : html`<p>${msg(l, 'editor.save.valid')}</p>`}`,
    html`<button type="button" class="secondary" @click=${cancel}>${msg(l, 'editor.action.cancel')}</button>
      <button type="button" id="confirm-save" autofocus @click=${() => props.save(false)}>
        ${msg(l, errors.length ? 'editor.save.anyway' : 'editor.action.download')}
      </button>`,
    cancel,
  );
}

/** Why the public version is not saved, with every problem as a button to its field. */
function renderRefusal({ lang: l, dialog, goToProblem }: SaveDialogProps) {
  const build = dialog.build;
  if (!build || build.ok) return nothing;
  const reason = build.reason === 'invalid' ? msg(l, 'editor.save.publicInvalid', { count: build.problems.length }) : msg(l, 'editor.save.publicLeak', { count: build.leaks });
  return html`<div class="warning-box public-refused" role="alert">
    <p><strong>${reason}</strong></p>
    <ul class="plain problem-list">
      ${build.problems.map(
        (p) => html`<li class=${build.reason === 'invalid' ? 'error' : 'warning'}>
          <button type="button" class="link" @click=${() => goToProblem(p)}>${p.message}</button>
        </li>`,
      )}
    </ul>
  </div>`;
}
