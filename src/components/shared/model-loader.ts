/**
 * The components' door into model/ for a file loaded from `src`: parsing and validation, exactly what the CLI
 * and the editor use, so they can never disagree.
 *
 * The precompiled schema validator is most of the model's size, so the model is loaded with a dynamic import,
 * only when a file is loaded: a code-splitting build keeps it out of the first chunk.
 */
import { msg, type Lang } from '../../i18n/localize.js';
import type { GiaNetwork } from '../../model/types.js';
import type { PublicBuildOptions } from '../../model/privacy.js';
import { lazyModule } from '../../util/lazy-module.js';

export interface BridgeProblem {
  path: string;
  code: string;
  message: string;
}

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; message: string };

const model = lazyModule(() => import('../../model/index.js'));
/**
 * The public build (model/public-network.ts: stripping, and whether a network holds personal values), a small lazy
 * chunk: public mode needs it before it shows anything, a professional map never. The map fetches it when its
 * module loads (gia-network-map.ts), so it is in before any data as a rule.
 */
export const publicBuild = lazyModule(() => import('../../model/public-network.js'));
/** The public check alone (the personal index, no validator and no messages): a page with `data` needs only this. */
const publicCheck = lazyModule(() => import('../../model/public-view.js'));

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

/**
 * The network public mode may keep of `network`: the public build, with every text that still holds a personal
 * value replaced by a notice (model/public-view.ts). Loads the model (the personal index) only when `network` holds
 * personal values at all; otherwise the public build alone.
 */
export async function publicNetwork(network: GiaNetwork, lang: Lang, options: PublicBuildOptions = {}): Promise<GiaNetwork> {
  const build = await publicBuild.load();
  // Without the public build nothing of this file may be shown.
  if (!build) return {} as GiaNetwork;
  if (!build.hasPersonalValues(network)) return build.stripForPublic(network, options);
  try {
    const { publicView } = await publicCheck.loadOrThrow();
    return publicView(network, msg(lang, 'map.textHidden'), options).network;
  } catch {
    // Without the check no text of this file may be shown.
    return {} as GiaNetwork;
  }
}
