/**
 * Keeps selection, filters, help query, layout and view in the URL hash (view-state/hash-state.ts),
 * so a link reopens the same view. Opt out with `no-hash`. Reading the hash never fires public events.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseViewState, serializeViewState, type ViewState } from '../../view-state/hash-state.js';

export interface HashControllerOptions {
  enabled: () => boolean;
  /** Applies a view state read from the hash (on connect and on back/forward). */
  apply: (state: ViewState) => void;
}

export class HashController implements ReactiveController {
  private lastWritten = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The view state in the current hash (undefined when disabled). */
  read(): ViewState | undefined {
    if (!this.options.enabled()) return undefined;
    return parseViewState(window.location.hash);
  }

  /** Writes the state into the hash without adding a history entry. */
  write(state: ViewState): void {
    if (!this.options.enabled()) return;
    const hash = serializeViewState(state);
    if (hash === this.currentHash()) return;
    this.lastWritten = hash;
    const url = new URL(window.location.href);
    url.hash = hash;
    try {
      history.replaceState(history.state, '', hash === '' ? url.pathname + url.search : url.href);
    } catch {
      // Sandboxed iframes may refuse; the view simply is not bookmarkable there.
    }
  }

  private currentHash(): string {
    return window.location.hash === '#' ? '' : window.location.hash;
  }

  private onHashChange = (): void => {
    if (!this.options.enabled()) return;
    if (this.currentHash() === this.lastWritten) return;
    this.options.apply(parseViewState(window.location.hash));
  };
}
