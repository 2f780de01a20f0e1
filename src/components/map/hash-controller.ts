/**
 * Keeps selection, filters, help query, layout and view in the URL hash (view-state/hash-state.ts),
 * so a link reopens the same view. Opt out with `no-hash`. Reading the hash never fires public events.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseViewState, type ViewState } from '../../view-state/hash-state.js';
import { lazyModule } from '../../util/lazy-module.js';

/** Writing the hash is a lazy chunk: it is only needed once the user changes the view. */
const serializer = lazyModule(() => import('../../view-state/serialize-view-state.js'));

export interface HashControllerOptions {
  enabled: () => boolean;
  /** Applies a view state read from the hash (on connect and on back/forward). */
  apply: (state: ViewState) => void;
}

export class HashController implements ReactiveController {
  private lastWritten = '';
  /** The latest state to write while the serializer is still loading (only the latest is written). */
  private unwritten?: ViewState;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    if (this.options.enabled()) void serializer.load();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Resolves once the hash can be written at once (the serializer's chunk is in, or the hash is not kept). */
  writerLoaded(): Promise<unknown> {
    return this.options.enabled() ? serializer.load() : Promise.resolve();
  }

  /** The view state in the current hash (undefined when disabled). */
  read(): ViewState | undefined {
    if (!this.options.enabled()) return undefined;
    return parseViewState(window.location.hash);
  }

  /** Writes the state into the hash without adding a history entry (once the serializer is in). */
  write(state: ViewState): void {
    if (!this.options.enabled()) return;
    const serialize = serializer.value?.serializeViewState;
    if (!serialize) {
      this.unwritten = state;
      void serializer.load().then((loaded) => {
        // Not loadable (offline): the view is then not kept in the hash; a later change tries again.
        if (!loaded || this.unwritten !== state) return;
        this.unwritten = undefined;
        this.write(state);
      });
      return;
    }
    this.unwritten = undefined;
    const hash = serialize(state);
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
