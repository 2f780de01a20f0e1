/**
 * The message shown when another tab changed the draft of the same file (draft-conflict-controller.ts): what
 * happened, how the other tab's version differs from this one, and the choices. Nothing is lost by any choice:
 * taking the other version over is one step that "Ongedaan maken" reverses, and this tab's version can be
 * downloaded first.
 */
import { html } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import { formatChangeSummary, summarizeChanges } from '../../editor/change-summary.js';
import type { Draft } from '../../editor/draft-storage.js';
import { formatSavedAt } from './saved-at.js';

export interface DraftConflictProps {
  lang: Lang;
  fileName: string;
  /** The other tab's draft. */
  other: Draft;
  /** The network in this tab. */
  current: unknown;
  /** Whether this tab has changes of its own that are not saved. */
  dirty: boolean;
  takeTheirs(): void;
  keepMine(): void;
  downloadMine(): void;
}

let memo: { other: Draft; current: unknown; text: string } | undefined;

/** How the other tab's version differs from this tab's, as one sentence (computed once per pair). */
function difference(other: Draft, current: unknown, lang: Lang): string {
  if (memo?.other !== other || memo.current !== current) {
    memo = { other, current, text: formatChangeSummary(summarizeChanges(current, other.current), lang) };
  }
  return memo.text;
}

export function renderDraftConflict(p: DraftConflictProps) {
  const l = p.lang;
  const when = formatSavedAt(p.other.savedAt, l);
  return html`<section class="draft-conflict" aria-labelledby="draft-conflict-heading">
    <div role="alert">
      <h2 id="draft-conflict-heading">${msg(l, 'editor.conflict.title')}</h2>
      <p>${msg(l, p.dirty ? 'editor.conflict.textDirty' : 'editor.conflict.textClean', { name: p.fileName, date: when })}</p>
      <p>${msg(l, 'editor.conflict.difference', { changes: difference(p.other, p.current, l) })}</p>
    </div>
    <div class="conflict-actions">
      <button type="button" id="conflict-take" @click=${p.takeTheirs}>${msg(l, 'editor.conflict.takeTheirs')}</button>
      <button type="button" id="conflict-keep" class="secondary" @click=${p.keepMine}>${msg(l, 'editor.conflict.keepMine')}</button>
      <button type="button" id="conflict-download" class="secondary" @click=${p.downloadMine}>${msg(l, 'editor.conflict.downloadMine')}</button>
    </div>
  </section>`;
}
