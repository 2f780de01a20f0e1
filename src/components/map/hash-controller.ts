/**
 * Keeps selection, filters, help query, layout and view in the URL hash (view-state/hash-state.ts),
 * so a link reopens the same view. Opt out with `no-hash`. Reading the hash never fires public events.
 * Reading and writing are one lazy chunk (view-state/hash-codec.ts): it is loaded on connect when the hash is
 * kept, and only a non-empty hash has to wait for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../../view-state/hash-state.js';
import { lazyModule } from '../../util/lazy-module.js';

const codec = lazyModule(() => import('../../view-state/hash-codec.js'));
type Codec = NonNullable<typeof codec.value>;

/** Runs `use` with the codec: in this task when it is in, else once it is (never when it cannot be loaded). */
function withCodec<T>(use: (loaded: Codec) => T): T | Promise<T | undefined> {
  return codec.value ? use(codec.value) : codec.load().then((loaded) => (loaded ? use(loaded) : undefined));
}

export interface HashControllerOptions {
  enabled: () => boolean;
  /** Applies a view state read from the hash (on back/forward). */
  apply: (state: ViewState) => void;
}

export class HashController implements ReactiveController {
  private lastWritten = '';
  /** The latest state to write while the codec is still loading (only the latest is written). */
  private unwritten?: ViewState;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    if (this.options.enabled()) void codec.load();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Resolves once the hash can be written at once (the codec's chunk is in, or the hash is not kept). */
  writerLoaded(): Promise<unknown> {
    return this.options.enabled() ? codec.load() : Promise.resolve();
  }

  /** The hash is kept and holds something to read. */
  get hasView(): boolean {
    return this.options.enabled() && this.currentHash() !== '';
  }

  /**
   * The view state in the current hash: at once (in this task) when the codec is in, else a promise of it.
   * Undefined when the hash is not kept, is empty, or the codec cannot be loaded (offline: the hash is ignored).
   */
  read(): ViewState | undefined | Promise<ViewState | undefined> {
    if (!this.hasView) return undefined;
    return withCodec((loaded) => (this.hasView ? loaded.parseViewState(window.location.hash) : undefined));
  }

  /** Writes the state into the hash without adding a history entry (once the codec is in). */
  write(state: ViewState): void {
    if (!this.options.enabled()) return;
    // Only the latest state is written once the codec is in; not loadable (offline): the view is then not kept
    // in the hash, and a later change tries again.
    this.unwritten = state;
    void withCodec((loaded) => {
      if (this.unwritten !== state) return;
      this.unwritten = undefined;
      const hash = loaded.serializeViewState(state);
      if (hash === this.currentHash()) return;
      this.lastWritten = hash;
      const url = new URL(window.location.href);
      url.hash = hash;
      try {
        history.replaceState(history.state, '', hash === '' ? url.pathname + url.search : url.href);
      } catch {
        // Sandboxed iframes may refuse; the view simply is not bookmarkable there.
      }
    });
  }

  private currentHash(): string {
    return window.location.hash === '#' ? '' : window.location.hash;
  }

  /** Back/forward: the hash is read in this task when the codec is in, else once it is. */
  private onHashChange = (): void => {
    void withCodec((loaded) => {
      if (this.options.enabled() && this.currentHash() !== this.lastWritten) this.options.apply(loaded.parseViewState(window.location.hash));
    });
  };
}
