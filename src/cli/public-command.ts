/**
 * `gia-netwerkkaart public <in> -o <out> [--keep-fictitious]`: writes the model's public build (buildPublicVersion; the
 * editor's public save uses the same), without entries marked fictitious unless --keep-fictitious (demo use).
 * Refuses an invalid input, an output that is the input or not a regular file (a folder, /dev/full, a FIFO),
 * and an output that would still contain a personal value. Writes through ./write-output.ts (a temporary file,
 * then a rename). The input is only read.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkNetworkText } from '../model/check-network-text.js';
import type { Lang } from '../i18n/lookup.js';
import { buildPublicVersion } from '../model/public-build.js';
import { countFictitious, type PublicBuildOptions } from '../model/privacy.js';
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
  // The model's one public build (the editor's public save uses the same): refuses personal values that would
  // survive, and checks that the result is itself valid.
  const built = buildPublicVersion(checked.network, { lang, validation: result, keepFictitious: options.keepFictitious === true });
  if (!built.ok) {
    for (const w of sortProblems(built.problems)) io.out(formatProblem(inName, w, t));
    io.err(built.reason === 'invalid' ? t('publicInvalid', { file: inName }) : t('publicLeak', { count: built.leaks }));
    return EXIT.invalid;
  }
  const text = built.text;

  await writeOutput(target, text, outName, lang);
  const counts = built.removed;
  io.out(
    t('publicWritten', {
      file: outName,
      contacts: counts.hiddenItems,
      fields: counts.personalFields,
      addresses: counts.confidentialItems,
    }),
  );
  const fictitious = countFictitious(checked.network);
  if (fictitious > 0) io.out(t(options.keepFictitious === true ? 'publicFictitiousKept' : 'publicFictitiousDropped', { count: fictitious }));
  return EXIT.valid;
}
