/** The restore dialog: a draft of this file is kept in the browser; continue with it or discard it. */
import { html } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import { formatChangeSummary, summarizeChanges } from '../../editor/change-summary.js';
import type { Draft } from '../../editor/draft-storage.js';
import { renderDialogShell } from './dialog-shell.js';
import { formatSavedAt } from './saved-at.js';

export interface RestoreDialogState {
  kind: 'restore';
  draft: Draft;
  /** The network as opened (the file), which the draft changes. */
  network: unknown;
  fileKey: string;
  fileName: string;
}

export interface RestoreDialogProps {
  lang: Lang;
  dialog: RestoreDialogState;
  cancel(): void;
  /** Opens the file as it is and deletes the draft. */
  discard(): void;
  /** Continues with the draft. */
  resume(): void;
}

export function renderRestoreDialog({ lang: l, dialog: d, cancel, discard, resume }: RestoreDialogProps) {
  return renderDialogShell(
    msg(l, 'editor.restore.title'),
    html`<p>${msg(l, 'editor.restore.text', { name: d.fileName, date: formatSavedAt(d.draft.savedAt, l) })}</p>
      <p>${formatChangeSummary(summarizeChanges(d.network, d.draft.current), l)}</p>`,
    html`<button type="button" class="secondary" @click=${discard}>${msg(l, 'editor.restore.discard')}</button>
      <button type="button" id="restore-draft" autofocus @click=${resume}>${msg(l, 'editor.restore.continue')}</button>`,
    cancel,
  );
}
