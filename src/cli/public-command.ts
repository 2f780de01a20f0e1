/**
 * `gia-netwerkkaart public <in> -o <out> [--keep-fictitious]`: writes serializeNetwork(stripPersonalData(network)),
 * without entries marked fictitious unless --keep-fictitious (demo use).
 * Refuses an invalid input, an output that is the input or not a regular file (a folder, /dev/full, a FIFO),
 * and an output that would still contain a personal value. Writes through ./write-output.ts (a temporary file,
 * then a rename). The input is only read.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkNetworkText } from '../model/check-network-text.js';
import type { Lang } from '../i18n/lookup.js';
import { createPersonalIndex, findPersonalPlaces } from '../model/personal-index.js';
import { countFictitious, stripPersonalData, type PublicBuildOptions } from '../model/privacy.js';
import { countPersonalData } from '../model/personal-values.js';
import { serializeNetwork } from '../model/serialize-network.js';
import { validateNetwork } from '../model/validate-network.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import { formatProblem, shownName, sortProblems } from './format-problem.js';
import type { CliIo } from './io.js';
import { EXIT, KnownError } from './known-error.js';
import { readNetworkFile } from './read-network-file.js';
import { assertWritableTarget, writeOutput } from './write-output.js';

/** True when both paths name the same file (also through links), as far as can be told. */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export async function publicCommand(
  files: readonly string[],
  output: string | undefined,
  lang: Lang,
  io: CliIo,
  options: PublicBuildOptions = {},
): Promise<number> {
  const t = cliTexts(lang);
  if (files.length === 0) throw new KnownError(t('publicNoInput'), EXIT.usage);
  if (files.length > 1) throw new KnownError(t('publicTooManyInputs'), EXIT.usage);
  if (output === undefined || output === '') throw new KnownError(t('publicNoOutput'), EXIT.usage);
  const input = resolve(io.cwd, files[0]!);
  const target = resolve(io.cwd, output);
  const inName = shownName(files[0]!);
  const outName = shownName(output);
  if (sameFile(input, target)) throw new KnownError(t('publicSameFile', { file: outName }), EXIT.usage);
  // Only a regular file (or a new one) is replaced, by writing a temporary file next to it and renaming that.
  assertWritableTarget(target, outName, lang);

  const read = await readNetworkFile(input, inName, lang);
  const checked = 'text' in read ? checkNetworkText(read.text, { lang }) : undefined;
  const result = checked?.result ?? { valid: false, problems: 'problems' in read ? read.problems : [], warnings: [] };
  if (!checked?.network) {
    for (const problem of sortProblems(result.problems)) io.out(formatProblem(inName, problem, t));
    io.err(t('publicInvalid', { file: inName }));
    return EXIT.invalid;
  }
  const network = checked.network;
  const publicNetwork = stripPersonalData(network, options);
  const text = serializeNetwork(publicNetwork);

  // Safety net: nothing personal may survive (compared on decoded, normalised values, not on the JSON text, so
  // escaping, case or another phone format does not hide it), and the result must itself be valid.
  const leaks = findPersonalPlaces(createPersonalIndex(network), publicNetwork);
  if (leaks.length > 0) {
    const warnings = result.warnings.filter((w) => w.code === 'personal-data-in-text');
    for (const w of sortProblems(warnings)) io.out(formatProblem(inName, w, t));
    io.err(t('publicLeak', { count: new Set(leaks.flatMap((l) => l.secrets)).size }));
    return EXIT.invalid;
  }
  const again = validateNetwork(JSON.parse(text), { lang });
  if (!again.valid) {
    throw new Error(`public version is not valid: ${again.problems.map((p) => `${p.path} ${p.code}`).join('; ')}`);
  }

  await writeOutput(target, text, outName, lang);
  const counts = countPersonalData(network);
  io.out(
    t('publicWritten', {
      file: outName,
      contacts: counts.hiddenItems,
      fields: counts.personalFields,
      addresses: counts.confidentialItems,
    }),
  );
  const fictitious = countFictitious(network);
  if (fictitious > 0) io.out(t(options.keepFictitious === true ? 'publicFictitiousKept' : 'publicFictitiousDropped', { count: fictitious }));
  return EXIT.valid;
}
