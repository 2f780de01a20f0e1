/**
 * The map's keyboard chunk (lazy in the script-tag bundle, see lazy-parts.ts): the keyboard model of the
 * graph (KeyboardController, with spatial navigation), the keys dialog with its styles, and the Dutch texts of
 * both and of moving a node (keyboard.nl.ts).
 * The first paint does not need them; the map fetches this chunk when it connects, and a key pressed before it
 * has arrived waits for it (see keyboard-keys.ts).
 */
import { css, html, type TemplateResult } from 'lit';
import { msg, registerCatalogue, type Lang } from '../../i18n/localize.js';
import keyboardNl from '../../i18n/keyboard.nl.js';

export { KeyboardController } from './keyboard-controller.js';

registerCatalogue('nl', keyboardNl);

/** Styles of the keys dialog, adopted by the map when this chunk arrives. */
export const keysDialogStyles = css`
  dialog {
    color: var(--_gia-color-text);
    background: var(--_gia-color-background);
    border: 1px solid var(--_gia-color-border);
    border-radius: var(--_gia-radius);
    max-width: min(36rem, 95vw);
  }
  dialog h2 {
    margin-top: 0;
    font-size: 1.125rem;
  }
  dialog ul {
    padding-inline-start: 1.2rem;
  }
  kbd {
    font-family: inherit;
    font-weight: 600;
  }
`;

/** The list of keys (a modal dialog: the map opens it with showModal once rendered). */
export function keysDialogTemplate(lang: Lang, onClose: () => void, onClosed: () => void): TemplateResult {
  const keys = ['tab', 'arrows', 'links', 'homeEnd', 'select', 'escape', 'zoom', 'pan', 'move', 'pause', 'help'];
  return html`<dialog class="keys" aria-labelledby="keys-title" @close=${onClosed}>
    <h2 id="keys-title">${msg(lang, 'keys.title')}</h2>
    <ul>
      ${keys.map((key) => html`<li>${msg(lang, `keys.${key}`)}</li>`)}
    </ul>
    <button type="button" @click=${onClose}>${msg(lang, 'action.close')}</button>
  </dialog>`;
}
