/**
 * The graph's keyboard and the keys dialog, which come in the keyboard chunk (map-keyboard.ts, lazy): the chunk
 * is fetched when the host connects; a key pressed on the graph before it is in is claimed at once (no page
 * scroll, no bubbling: keyboard-keys.ts) and handled, in order, when it has arrived. The keyboard model itself
 * (keyboard-controller.ts) acts through the host's KeyboardHost.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/localize.js';
import { addStyles } from '../shared/add-styles.js';
import type { KeyboardController, KeyboardHost } from './keyboard-controller.js';
import { claimsKey } from './keyboard-keys.js';
import { keyboardPart } from './lazy-parts.js';

export class KeysController implements ReactiveController {
  /** The keys dialog is rendered (and shown as a modal dialog). */
  open = false;
  /** Made when the keyboard chunk is in. */
  private keyboard?: KeyboardController;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly keys: KeyboardHost,
    /** The keys dialog was closed (focus goes back to the graph). */
    private readonly onClosed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void keyboardPart.load();
  }

  /** A keydown on the graph. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const keyboard = this.controller();
    if (keyboard) {
      if (keyboard.handle(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    if (!claimsKey(event, this.keys)) return;
    event.preventDefault();
    event.stopPropagation();
    void keyboardPart.load().then(() => this.controller()?.handle(event));
  };

  /** Opens the keys dialog (it comes with the keyboard chunk: already in when a key opened it). */
  openDialog(): void {
    void keyboardPart.load().then((chunk) => {
      if (!chunk || !this.controller()) return;
      this.open = true;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => {
        const dialog = this.dialog();
        if (dialog && !dialog.open) dialog.showModal?.();
      });
    });
  }

  /** The keys dialog while it is open. */
  template(lang: Lang): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    return keyboardPart.value?.keysDialogTemplate(lang, this.close, this.closed) ?? nothing;
  }

  /** The keyboard controller, once its chunk is in (its dialog styles are added then as well). */
  private controller(): KeyboardController | undefined {
    if (this.keyboard) return this.keyboard;
    const chunk = keyboardPart.value;
    if (!chunk) return undefined;
    const root = this.host.renderRoot;
    if (root instanceof ShadowRoot) addStyles(root, chunk.keysDialogStyles);
    return (this.keyboard = new chunk.KeyboardController(this.keys));
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.keys');
  }

  private readonly close = (): void => {
    this.dialog()?.close();
  };

  private readonly closed = (): void => {
    this.open = false;
    this.host.requestUpdate();
    this.onClosed();
  };
}
