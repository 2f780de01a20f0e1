/**
 * The save dialog: what changed since the file was opened, what the public version leaves out, and whether the
 * network is valid (an invalid one can still be saved, after a warning that lists the first errors).
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { ValidationResult } from '../../model/index.js';
import { formatChangeSummary, summarizeChanges } from '../../editor/change-summary.js';
import { renderDialogShell } from './dialog-shell.js';

export interface SaveDialogState {
  kind: 'save';
  /** The public version (personal data stripped) instead of the full file. */
  public: boolean;
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
}

export function renderSaveDialog({ lang: l, dialog: d, opened, current, validation, cancel, save }: SaveDialogProps) {
  const summary = formatChangeSummary(summarizeChanges(opened, current), l);
  const errors = validation.problems;
  return renderDialogShell(
    msg(l, d.public ? 'editor.save.publicTitle' : 'editor.save.title'),
    html`<p><strong>${msg(l, 'editor.save.changes')}</strong> ${summary}</p>
      ${d.public ? html`<p>${msg(l, 'editor.save.publicExplain')}</p>` : nothing}
      ${errors.length
        ? html`<div class="warning-box" role="alert">
            <p><strong>${msg(l, 'editor.save.invalid', { count: errors.length })}</strong></p>
            <ul>
              ${errors.slice(0, 5).map((p) => html`<li>${p.message}</li>`)}
            </ul>
            ${errors.length > 5 ? html`<p>${msg(l, 'editor.save.more', { count: errors.length - 5 })}</p>` : nothing}
          </div>`
        : html`<p>${msg(l, 'editor.save.valid')}</p>`}`,
    html`<button type="button" class="secondary" @click=${cancel}>${msg(l, 'editor.action.cancel')}</button>
      <button type="button" id="confirm-save" autofocus @click=${() => save(d.public)}>
        ${msg(l, errors.length ? 'editor.save.anyway' : d.public ? 'editor.action.savePublic' : 'editor.action.download')}
      </button>`,
    cancel,
  );
}
