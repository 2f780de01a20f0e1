/**
 * Loading a network file named by `src` (the map's and the list's DataController load this module when they have a
 * file to load; the editor fetches through it too): fetch → HTTP status → JSON → validation. Never throws: every
 * failure becomes a `LoadError` with a localized message.
 *
 * Only the page's own origin is fetched (judged on the parsed URL, so `/\host/`, `//host/` and a tab or line break
 * in between cannot slip out), and a redirect that ends elsewhere is refused. A page opts in to other origins
 * with `<meta name="gia-allowed-origins" content="https://data.example.org …">`.
 */
import { msg, type Lang } from '../../i18n/localize.js';
import type { GiaNetwork } from '../../model/types.js';
import type { LoadError } from './data-controller.js';
import { loadModel, parseText, validateData } from './model-loader.js';

/** How many validation problems the error state lists. */
export const SHOWN_PROBLEMS = 5;

/** The origins besides its own that the page allows `src` to name (its `gia-allowed-origins` meta element). */
export function allowedOrigins(doc: Document | undefined = globalThis.document): string[] {
  const content = doc?.querySelector<HTMLMetaElement>('meta[name="gia-allowed-origins"]')?.content ?? '';
  return content
    .split(/\s+/)
    .filter((entry) => entry !== '')
    .flatMap((entry) => {
      try {
        const origin = new URL(entry).origin;
        return origin === 'null' ? [] : [origin];
      } catch {
        return [];
      }
    });
}

/**
 * The URL `src` names, resolved against `base`, when it may be fetched: http(s) on the origin of `base` or on one
 * of `allowed`; undefined otherwise (another origin, data:, javascript:, a URL that does not parse).
 */
export function sourceUrl(src: string, base: string = globalThis.document?.baseURI ?? '', allowed: readonly string[] = allowedOrigins()): URL | undefined {
  try {
    const url = new URL(src, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin === new URL(base).origin || allowed.includes(url.origin) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches `src` when `sourceUrl` allows it (the map, the list and the editor all load through this); undefined
 * when the URL is not allowed, the fetch fails, or a redirect led to an origin that is not allowed.
 */
export async function fetchSource(src: string, signal?: AbortSignal): Promise<Response | undefined> {
  const allowed = allowedOrigins();
  const url = sourceUrl(src, undefined, allowed);
  if (!url) return undefined;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    return undefined;
  }
  // A redirect may not lead to a file of another origin.
  if (response.url && !sourceUrl(response.url, undefined, allowed)) return undefined;
  return response;
}

export async function loadNetwork(
  src: string,
  lang: Lang,
  signal?: AbortSignal,
  beforeError?: () => Promise<unknown>,
): Promise<{ network: GiaNetwork; warningCount: number } | { error: LoadError }> {
  // The validator's chunk loads while the file is fetched (a failure shows up, handled, in parseText).
  loadModel().catch(() => undefined);
  const blocked = () => failure(beforeError, () => ({ reason: 'network' as const, message: msg(lang, 'error.network', { src }) }));
  const response = await fetchSource(src, signal);
  if (!response) return blocked();
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
  // Parsing, validation and the public check each run in a task of their own (a large file: no single long task).
  await nextTask();
  const parsed = await parseText(text, lang);
  await nextTask();
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

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A load error, built once `beforeError` (its texts) is in. */
async function failure(beforeError: (() => Promise<unknown>) | undefined, error: () => LoadError): Promise<{ error: LoadError }> {
  await beforeError?.().catch(() => undefined);
  return { error: error() };
}
