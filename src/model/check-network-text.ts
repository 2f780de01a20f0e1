/**
 * Parse + validate in one step; every problem gets the line and column of its pointer in `text`.
 */
import { locatePointers } from './locate-pointer.js';
import type { Lang } from '../i18n/lookup.js';
import { parseNetworkText } from './parse-network.js';
import type { NetworkCheck, ValidationResult } from './problem.js';
import type { GiaNetwork } from './types.js';
import { validateNetwork } from './validate-network.js';

export function checkNetworkText(
  text: string,
  options: { lang?: Lang; checks?: NetworkCheck[] } = {},
): { network?: GiaNetwork; result: ValidationResult } {
  const parsed = parseNetworkText(text, options);
  if (!parsed.ok) return { result: { valid: false, problems: parsed.problems, warnings: [] } };
  const result = validateNetwork(parsed.value, options);
  result.warnings.unshift(...(parsed.warnings ?? []));
  const unplaced = [...result.problems, ...result.warnings].filter((p) => p.line === undefined);
  if (unplaced.length > 0) {
    const positions = locatePointers(text, [...new Set(unplaced.map((p) => p.path))]);
    for (const p of unplaced) {
      const at = positions.get(p.path);
      if (at) {
        p.line = at.line;
        p.column = at.column;
      }
    }
  }
  return result.valid ? { network: parsed.value as GiaNetwork, result } : { result };
}
