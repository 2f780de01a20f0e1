/**
 * The network the live preview shows: a new version 700 ms after the last change (redrawing the map on every
 * key press would make typing slow), at once when a network is opened.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const PREVIEW_DELAY_MS = 700;

export class PreviewController implements ReactiveController {
  private shown?: unknown;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The network the preview shows now. */
  get network(): unknown {
    return this.shown;
  }

  /** Shows `network` at once. */
  show(network: unknown): void {
    clearTimeout(this.timer);
    if (network === this.shown) return;
    this.shown = network;
    this.host.requestUpdate();
  }

  /** Shows the network `latest` returns after a pause in the changes. */
  schedule(latest: () => unknown): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(latest()), PREVIEW_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
