/**
 * The welcome screen, shown until a network is open: open a file (picker, drag and drop or a web address), start
 * a new region from the template, or continue with a draft kept in the browser. Problems with the last file
 * opened are listed above it.
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { Problem } from '../../model/index.js';
import type { Draft } from '../../editor/draft-storage.js';
import { formatSavedAt } from './saved-at.js';

export interface WelcomeProps {
  lang: Lang;
  drafts: readonly Draft[];
  /** Problems with the file that was last opened (it did not open). */
  openProblems: readonly Problem[];
  /** A file is dragged over the screen. */
  dragging: boolean;
  setDragging(dragging: boolean): void;
  /** What is typed in the web address and new region fields. */
  openUrl: string;
  setOpenUrl(url: string): void;
  newRegion: string;
  setNewRegion(region: string): void;
  openFile(file: File | undefined): void;
  openFromUrl(url: string): void;
  startNew(): void;
  continueDraft(draft: Draft): void;
}

export function renderWelcome(p: WelcomeProps) {
  const l = p.lang;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`<div
    class="welcome ${p.dragging ? 'dragging' : ''}"
    @dragover=${(e: DragEvent) => {
      e.preventDefault();
      p.setDragging(true);
    }}
    @dragleave=${() => p.setDragging(false)}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      p.setDragging(false);
      p.openFile(e.dataTransfer?.files[0]);
    }}
  >
    <h2>${msg(l, 'editor.welcome.title')}</h2>
    <p>${msg(l, 'editor.welcome.intro')}</p>
    ${p.openProblems.length
      ? html`<div class="open-problems" role="alert">
          <p><strong>${msg(l, 'editor.open.problemsTitle')}</strong></p>
          <ul>
            ${p.openProblems.map((x) => html`<li>${x.line && !x.message.includes(String(x.line)) ? msg(l, 'editor.open.at', { line: x.line, column: x.column ?? 1 }) : ''} ${x.message}</li>`)}
          </ul>
        </div>`
      : nothing}
    <div class="welcome-grid">
      <section class="card" aria-labelledby="w-open">
        <h3 id="w-open">${msg(l, 'editor.welcome.openTitle')}</h3>
        <label class="file-button">
          <input type="file" accept=".json,application/json" @change=${(e: Event) => p.openFile((e.target as HTMLInputElement).files?.[0])} />
          ${msg(l, 'editor.welcome.chooseFile')}
        </label>
        <p class="help">${msg(l, 'editor.welcome.drop')}</p>
        <form
          class="url-form"
          @submit=${(e: Event) => {
            e.preventDefault();
            if (p.openUrl.trim()) p.openFromUrl(p.openUrl.trim());
          }}
        >
          <label for="open-url">${msg(l, 'editor.welcome.url')}</label>
          <div class="row">
            <input id="open-url" type="url" .value=${p.openUrl} @input=${(e: Event) => p.setOpenUrl(value(e))} />
            <button type="submit">${msg(l, 'editor.welcome.openUrl')}</button>
          </div>
        </form>
      </section>
      <section class="card" aria-labelledby="w-new">
        <h3 id="w-new">${msg(l, 'editor.welcome.newTitle')}</h3>
        <p class="help">${msg(l, 'editor.welcome.newHelp')}</p>
        <form
          @submit=${(e: Event) => {
            e.preventDefault();
            p.startNew();
          }}
        >
          <label for="new-region">${msg(l, 'editor.welcome.region')}</label>
          <div class="row">
            <input id="new-region" type="text" .value=${p.newRegion} @input=${(e: Event) => p.setNewRegion(value(e))} />
            <button type="submit">${msg(l, 'editor.welcome.start')}</button>
          </div>
        </form>
      </section>
      ${p.drafts.length
        ? html`<section class="card" aria-labelledby="w-drafts">
            <h3 id="w-drafts">${msg(l, 'editor.welcome.draftsTitle')}</h3>
            <ul class="plain">
              ${p.drafts.map(
                (d) => html`<li>
                  <button type="button" class="secondary" @click=${() => p.continueDraft(d)}>
                    ${msg(l, 'editor.welcome.continueDraft', { name: d.fileName, date: formatSavedAt(d.savedAt, l) })}
                  </button>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
    </div>
  </div>`;
}
