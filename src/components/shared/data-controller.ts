/**
 * Loads the network named by `src`: fetch → HTTP status → JSON → validation. Never throws: every
 * failure becomes a `LoadError` with a localized message; the host shows it and fires `gia-error`.
 * Used by the map and the list.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GiaNetwork } from '../../model/types.js';
import type { GiaErrorProblem, GiaErrorReason } from '../../events/error.js';
import { msg, type Lang } from '../../i18n/localize.js';
import { loadModel, parseText, validateData } from './model-loader.js';

/** How many validation problems the error state lists. */
export const SHOWN_PROBLEMS = 5;

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
    const result = await loadNetwork(src, this.options.lang(), abort.signal, this.options.beforeError);
    if (id !== this.request) return;
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
}

export async function loadNetwork(
  src: string,
  lang: Lang,
  signal?: AbortSignal,
  beforeError?: () => Promise<unknown>,
): Promise<{ network: GiaNetwork; warningCount: number } | { error: LoadError }> {
  let response: Response;
  // The validator's chunk loads while the file is fetched (a failure shows up, handled, in parseText).
  loadModel().catch(() => undefined);
  try {
    response = await fetch(src, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    return failure(beforeError, () => ({ reason: 'network', message: msg(lang, 'error.network', { src }) }));
  }
  if (!response.ok) {
    const status = response.status;
    return failure(beforeError, () => ({ reason: 'http', status, message: msg(lang, status === 404 ? 'error.http404' : 'error.http', { src, status }) }));
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failure(beforeError, () => ({ reason: 'network', message: msg(lang, 'error.network', { src }) }));
  }
  const parsed = await parseText(text, lang);
  if (!parsed.ok) return failure(beforeError, () => ({ reason: 'parse', message: `${msg(lang, 'error.parse', { src })} ${parsed.message}` }));
  const result = await validateData(parsed.value, lang);
  if (!result.valid) {
    return failure(beforeError, () => ({
      reason: 'validation',
      message: msg(lang, 'error.validation', { src, count: result.problems.length }),
      problems: result.problems.slice(0, SHOWN_PROBLEMS).map(({ path, code, message }) => ({ path, code, message })),
      problemCount: result.problems.length,
    }));
  }
  return { network: parsed.value as GiaNetwork, warningCount: result.warningCount };
}

/** A load error, built once `beforeError` (its texts) is in. */
async function failure(beforeError: (() => Promise<unknown>) | undefined, error: () => LoadError): Promise<{ error: LoadError }> {
  await beforeError?.().catch(() => undefined);
  return { error: error() };
}
