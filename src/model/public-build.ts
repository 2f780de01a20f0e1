/**
 * The one public build: what `gia-netwerkkaart public` writes and what the editor's "Publieke versie opslaan"
 * downloads. Refuses an invalid network, and a network whose public version would still hold a personal value
 * (compared on decoded, normalised values, so escaping, case or another phone format hides nothing). Pure: it
 * writes nothing, the caller does.
 */
import type { Lang } from '../i18n/lookup.js';
import { createPersonalIndex, findPersonalPlaces } from './personal-index.js';
import { countPersonalData } from './personal-values.js';
import { stripPersonalData, type PublicBuildOptions } from './privacy.js';
import type { Problem, ValidationResult } from './problem.js';
import { serializeNetwork } from './serialize-network.js';
import type { GiaNetwork } from './types.js';
import { validateNetwork } from './validate-network.js';

/** What the public version leaves out (the CLI's "weggelaten" line and the editor's save dialog). */
export interface PublicRemovedCounts {
  /** Contacts, channels and other items marked `visibility: "professional"`. */
  hiddenItems: number;
  /** Personal fields (names, direct details, notes) of what stays. */
  personalFields: number;
  /** Confidential addresses. */
  confidentialItems: number;
}

export type PublicBuild =
  | { ok: true; network: GiaNetwork; text: string; removed: PublicRemovedCounts }
  | {
      ok: false;
      /** `invalid`: the network has errors; `personal-data`: the public version would still hold personal values. */
      reason: 'invalid' | 'personal-data';
      /** The errors, or the warnings that name the texts holding personal values (each with its path). */
      problems: Problem[];
      /** How many different personal values would leak (reason `personal-data`). */
      leaks: number;
    };

/**
 * Builds the public version of `input`. `validation` is the result of validating `input` (the CLI passes the
 * one with line numbers); without it the network is validated here. Fictitious entries only with `keepFictitious`.
 */
export function buildPublicVersion(input: unknown, options: { lang?: Lang; validation?: ValidationResult } & PublicBuildOptions = {}): PublicBuild {
  const validation = options.validation ?? validateNetwork(input, { lang: options.lang });
  if (!validation.valid) return { ok: false, reason: 'invalid', problems: validation.problems, leaks: 0 };
  const network = input as GiaNetwork;
  // Entries marked fictitious are left out unless `keepFictitious` (demo use).
  const publicNetwork = stripPersonalData(network, { keepFictitious: options.keepFictitious === true });
  const leaks = findPersonalPlaces(createPersonalIndex(network), publicNetwork);
  if (leaks.length > 0) {
    return {
      ok: false,
      reason: 'personal-data',
      problems: validation.warnings.filter((w) => w.code === 'personal-data-in-text'),
      leaks: new Set(leaks.flatMap((l) => l.secrets)).size,
    };
  }
  const text = serializeNetwork(publicNetwork);
  const again = validateNetwork(JSON.parse(text), { lang: options.lang });
  if (!again.valid) {
    throw new Error(`public version is not valid: ${again.problems.map((p) => `${p.path} ${p.code}`).join('; ')}`);
  }
  return { ok: true, network: publicNetwork, text, removed: countPersonalData(network) };
}
