/** The frame every editor dialog shares: a modal `<dialog>` with a title, a body and a row of actions; Escape cancels. */
import { html } from 'lit';

export function renderDialogShell(title: string, body: unknown, actions: unknown, cancel: () => void) {
  return html`<dialog
    class="editor-dialog"
    aria-labelledby="dialog-title"
    @cancel=${(e: Event) => {
      e.preventDefault();
      cancel();
    }}
  >
    <h2 id="dialog-title">${title}</h2>
    ${body}
    <div class="dialog-actions">${actions}</div>
  </dialog>`;
}
