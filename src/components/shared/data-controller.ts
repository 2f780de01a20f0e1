/**
 * Loads the network named by `src`: fetch → HTTP status → JSON → validation (load-network.ts, a lazy chunk of the
 * script-tag bundle, fetched with the validator's chunk when a file is to be loaded: a page that hands over `data`
 * never needs it). Never throws: every failure becomes a `LoadError` with a localized message; the host shows it
 * and fires `gia-error`. Used by the map and the list.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GiaNetwork } from '../../model/types.js';
import type { PublicBuildOptions } from '../../model/privacy.js';
import type { GiaErrorProblem, GiaErrorReason } from '../../events/error.js';
import { msg, type Lang } from '../../i18n/localize.js';
import { lazyModule } from '../../util/lazy-module.js';
import { loadModel, publicNetwork } from './model-loader.js';

const loader = lazyModule(() => import('./load-network.js'));

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface LoadError {
  reason: GiaErrorReason;
  message: string;
  status?: number;
  problems?: GiaErrorProblem[];
  problemCount?: number;
}

export type LoadState =
  | { state: 'idle' }
  | { state: 'loading'; src: string }
  | { state: 'loaded'; src: string; network: GiaNetwork; warningCount: number }
  | { state: 'error'; src: string; error: LoadError };

export interface DataControllerOptions {
  lang: () => Lang;
  onLoaded: (src: string, network: GiaNetwork, warningCount: number) => void;
  onError: (src: string, error: LoadError) => void;
  /**
   * Loaded before an error is reported, so the error texts (error.* of the catalogue) and the host's error view
   * are in when it shows: the map's error view is a lazy chunk that brings them. A host that imports
   * error-texts.ts itself needs none. Without the texts a message shows as its key.
   */
  beforeError?: () => Promise<unknown>;
  /**
   * True in public mode: only the public version of a loaded file is kept (shared/model-loader.ts `publicNetwork`:
   * no personal fields, no text that repeats a personal value), never the raw file, so no script on the page
   * finds the contacts on the element. A host that changes mode loads `src` again.
   */
  publicOnly?: () => boolean;
  /** Options of that public version (fictitious entries kept for a demo). */
  publicOptions?: () => PublicBuildOptions;
}

export class DataController implements ReactiveController {
  value: LoadState = { state: 'idle' };
  private request = 0;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DataControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Loads `src` (a new call cancels the previous one). */
  async load(src: string): Promise<void> {
    const id = ++this.request;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.value = { state: 'loading', src };
    this.host.requestUpdate();
    // The validator's chunk and the loader's come in parallel (the loader then fetches the file).
    loadModel().catch(() => undefined);
    const chunk = await loader.load();
    if (id !== this.request) return;
    let result = chunk
      ? await chunk.loadNetwork(src, this.options.lang(), abort.signal, this.options.beforeError)
      : await this.unreachable(src);
    if (id !== this.request) return;
    if (!('error' in result) && this.options.publicOnly?.()) {
      await nextTask();
      const network = await publicNetwork(result.network, this.options.lang(), this.options.publicOptions?.()).catch(() => ({}) as GiaNetwork);
      result = { ...result, network };
      if (id !== this.request) return;
    }
    if ('error' in result) {
      this.value = { state: 'error', src, error: result.error };
      this.host.requestUpdate();
      this.options.onError(src, result.error);
    } else {
      this.value = { state: 'loaded', src, network: result.network, warningCount: result.warningCount };
      this.host.requestUpdate();
      this.options.onLoaded(src, result.network, result.warningCount);
    }
  }

  clear(): void {
    this.request++;
    this.abort?.abort();
    this.value = { state: 'idle' };
  }

  /** The loader's chunk could not be fetched: as a file that cannot be fetched. */
  private async unreachable(src: string): Promise<{ error: LoadError }> {
    await this.options.beforeError?.().catch(() => undefined);
    return { error: { reason: 'network', message: msg(this.options.lang(), 'error.network', { src }) } };
  }
}

