/**
 * `gia-netwerkkaart public <in> -o <out>`: writes the model's public build (buildPublicVersion: the editor's public save uses the same).
 * Refuses an invalid input, an output that is the input or not a regular file (a folder, /dev/full, a FIFO),
 * and an output that would still contain a personal value. Writes a temporary file in the target's folder and
 * renames it, so the target is either the old file or the whole new one. The input is only read.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkNetworkText } from '../model/check-network-text.js';
import type { Lang } from '../i18n/lookup.js';
import { buildPublicVersion } from '../model/public-build.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import { formatProblem, shownName, sortProblems } from './format-problem.js';
import type { CliIo } from './io.js';
import { EXIT, KnownError } from './known-error.js';
import { fsReason, readNetworkFile } from './read-network-file.js';

/** What is at `path` when it is not a regular file (a folder, a device, a pipe…); undefined for a file or nothing. */
function notAFile(path: string): 'folder' | 'other' | undefined {
  try {
    const stat = statSync(path);
    if (stat.isFile()) return undefined;
    return stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return undefined;
  }
}

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

export async function publicCommand(files: readonly string[], output: string | undefined, lang: Lang, io: CliIo): Promise<number> {
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
  const kind = notAFile(target);
  if (kind) throw new KnownError(t('publicNotAFile', { file: outName, kind }), EXIT.usage);

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
  const built = buildPublicVersion(checked.network, { lang, validation: result });
  if (!built.ok) {
    for (const w of sortProblems(built.problems)) io.out(formatProblem(inName, w, t));
    io.err(built.reason === 'invalid' ? t('publicInvalid', { file: inName }) : t('publicLeak', { count: built.leaks }));
    return EXIT.invalid;
  }
  const text = built.text;

  const late = notAFile(target);
  if (late) throw new KnownError(t('publicNotAFile', { file: outName, kind: late }), EXIT.usage);
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new KnownError(t('writeFailed', { file: outName, reason: fsReason(error, lang) }), EXIT.usage);
  }
  const counts = built.removed;
  io.out(
    t('publicWritten', {
      file: outName,
      contacts: counts.hiddenItems,
      fields: counts.personalFields,
      addresses: counts.confidentialItems,
    }),
  );
  return EXIT.valid;
}
