/** The editor's toolbar: the file name and whether it is saved, undo/redo, CSV, both saves and the problem count. */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';

export interface ToolbarProps {
  lang: Lang;
  fileName: string;
  dirty: boolean;
  /**
   * What the last draft write did; 'too-large' and 'unavailable' replace "concept bewaard" by a call to save;
   * 'held': no draft is written until the user answers the two-tabs question.
   */
  draftStatus?: 'saved' | 'too-large' | 'unavailable' | 'held';
  canUndo: boolean;
  canRedo: boolean;
  /** Errors in the network (warnings are not counted here). */
  errors: number;
  undo(): void;
  redo(): void;
  openCsv(): void;
  save(publicVersion: boolean): void;
  /** Downloads the file as it is now (offered when no draft could be kept). */
  download(): void;
  showProblems(): void;
}

export function renderToolbar(p: ToolbarProps) {
  const l = p.lang;
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${msg(l, 'editor.toolbar')}>
    <div class="title">
      <strong>${p.fileName}</strong>
      <span class="state ${p.dirty ? 'dirty' : ''}">${msg(l, !p.dirty ? 'editor.state.saved' : p.draftStatus === 'too-large' ? 'editor.state.draftTooLarge' : p.draftStatus === 'unavailable' ? 'editor.state.noDraft' : p.draftStatus === 'held' ? 'editor.state.draftHeld' : 'editor.state.dirty')}</span>
      ${p.dirty && (p.draftStatus === 'too-large' || p.draftStatus === 'unavailable')
        ? html`<button type="button" id="download-work" class="small" @click=${p.download}>${msg(l, 'editor.state.download')}</button>`
        : nothing}
    </div>
    <button type="button" class="secondary" ?disabled=${!p.canUndo} @click=${p.undo} title=${msg(l, 'editor.action.undoKey')}>
      ${msg(l, 'editor.action.undo')}
    </button>
    <button type="button" class="secondary" ?disabled=${!p.canRedo} @click=${p.redo} title=${msg(l, 'editor.action.redoKey')}>
      ${msg(l, 'editor.action.redo')}
    </button>
    <button type="button" class="secondary" @click=${p.openCsv}>${msg(l, 'editor.action.csv')}</button>
    <button type="button" class="secondary" @click=${() => p.save(true)}>${msg(l, 'editor.action.savePublic')}</button>
    <button type="button" id="save" @click=${() => p.save(false)}>${msg(l, 'editor.action.save')}</button>
    <button type="button" class="problems-button ${p.errors ? 'has-errors' : ''}" @click=${p.showProblems}>
      ${p.errors ? msg(l, 'editor.problems.count', { count: p.errors }) : msg(l, 'editor.problems.none')}
    </button>
  </div>`;
}
