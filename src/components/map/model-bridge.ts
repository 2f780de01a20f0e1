/**
 * The map's only door into model/: parsing, validation and the privacy strip — exactly what the CLI
 * and the editor use, so they can never disagree.
 *
 * Parsing and validation (the precompiled schema validator is most of the model's size) are loaded
 * with a dynamic import, only when a file is loaded from `src`: a code-splitting build keeps them out
 * of the first chunk. The public view (model/public-network.ts) is small and always needed: imported directly.
 */
import type { Lang } from '../../i18n/localize.js';
import { lazyModule } from '../../util/lazy-module.js';

export interface BridgeProblem {
  path: string;
  code: string;
  message: string;
}

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; message: string };

const model = lazyModule(() => import('../../model/index.js'));

/** Loads parsing and validation once; call it early (e.g. beside a fetch) so the chunk arrives in parallel. */
export function loadModel(): Promise<typeof import('../../model/index.js')> {
  return model.loadOrThrow();
}

export async function parseText(text: string, lang: Lang): Promise<ParseOutcome> {
  const { parseNetworkText } = await loadModel();
  const result = parseNetworkText(text, { lang });
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, message: result.problems.map((p) => p.message).join(' ') };
}

export async function validateData(
  data: unknown,
  lang: Lang,
): Promise<{ valid: boolean; problems: BridgeProblem[]; warningCount: number }> {
  const { validateNetwork } = await loadModel();
  const result = validateNetwork(data, { lang });
  return {
    valid: result.valid,
    problems: result.problems.map((p) => ({ path: p.path === '' ? '/' : p.path, code: p.code, message: p.message })),
    warningCount: result.warnings.length,
  };
}

/** The public view lives in model/ (one function for the map and the list); re-exported here for the map. */
export { stripForPublic } from '../../model/public-network.js';
