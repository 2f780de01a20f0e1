/**
 * The editor's modal dialog: which one is open, `showModal()` once it is rendered (focus on its `[autofocus]`
 * element), closing it, and giving focus back to the element that had it before (the button that opened it),
 * unless the host moves focus somewhere else after the same render.
 */
import type { LitElement, ReactiveController } from 'lit';

export interface DialogControllerOptions {
  /** True when the host will move focus itself after the next render (focus then does not return). */
  focusPending(): boolean;
}

export class DialogController<D> implements ReactiveController {
  private open: D | null = null;
  private returnFocus?: HTMLElement;

  constructor(
    private readonly host: LitElement,
    private readonly options: DialogControllerOptions,
  ) {
    host.addController(this);
  }

  /** The dialog that is open (its state), or null. */
  get current(): D | null {
    return this.open;
  }

  /** Opens a dialog, or updates the state of the open one. */
  show(dialog: D): void {
    this.open = dialog;
    this.host.requestUpdate();
  }

  close(): void {
    this.element()?.close();
    this.open = null;
    this.host.requestUpdate();
    const back = this.returnFocus;
    this.returnFocus = undefined;
    if (back) void this.host.updateComplete.then(() => {
      if (!this.options.focusPending() && back.isConnected) back.focus();
    });
  }

  hostUpdated(): void {
    const dialog = this.element();
    if (!dialog || dialog.open) return;
    const active = this.host.shadowRoot?.activeElement;
    this.returnFocus = active instanceof HTMLElement && !dialog.contains(active) ? active : undefined;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
  }

  private element(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.editor-dialog');
  }
}
