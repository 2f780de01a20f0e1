/**
 * Writes a command's output file: only a regular file (or a new one) is replaced, by writing a temporary file
 * next to it and renaming that, so the target is either the old file or the whole new one.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import type { Lang } from '../i18n/lookup.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import { EXIT, KnownError } from './known-error.js';
import { fsReason } from './read-network-file.js';

/** What is at `path` when it is not a regular file (a folder, a device, a pipe…); undefined for a file or nothing. */
export function notAFile(path: string): 'folder' | 'other' | undefined {
  try {
    const stat = statSync(path);
    if (stat.isFile()) return undefined;
    return stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return undefined;
  }
}

/** Refuses a target that is not a regular file (KnownError, nothing written). */
export function assertWritableTarget(target: string, shownName: string, lang: Lang): void {
  const kind = notAFile(target);
  if (kind) throw new KnownError(cliTexts(lang)('publicNotAFile', { file: shownName, kind }), EXIT.usage);
}

export async function writeOutput(target: string, text: string, shownName: string, lang: Lang): Promise<void> {
  assertWritableTarget(target, shownName, lang);
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new KnownError(cliTexts(lang)('writeFailed', { file: shownName, reason: fsReason(error, lang) }), EXIT.usage);
  }
}
