/**
 * Reads a network file for the CLI: refuses what is too large before reading it, recognises UTF-16
 * and invalid UTF-8, and turns file-system errors into plain messages.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Lang } from '../i18n/lookup.js';
import { modelTexts } from '../i18n/model-catalogue.js';
import { formatSize, looksLikeUtf16 } from '../model/parse-network.js';
import type { Problem } from '../model/problem.js';
import { lineStarts, positionOf } from '../model/json-scan.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import { EXIT, KnownError } from './known-error.js';

/** Largest file read (bytes). Real network files are well under 1 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadResult = { text: string } | { problems: Problem[] };

/** Plain words for common file-system error codes. */
export function fsReason(error: unknown, lang: Lang): string {
  const code = (error as { code?: string } | null)?.code;
  const nl: Record<string, string> = {
    ENOENT: 'de map bestaat niet',
    EACCES: 'geen toestemming',
    EPERM: 'geen toestemming',
    EISDIR: 'dat is een map',
    ENOSPC: 'de schijf is vol',
    EROFS: 'de schijf is alleen-lezen',
  };
  const en: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    EACCES: 'no permission',
    EPERM: 'no permission',
    EISDIR: 'that is a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
  };
  return (code && (lang === 'en' ? en : nl)[code]) ?? code ?? String((error as Error)?.message ?? error);
}

export async function readNetworkFile(path: string, shownName: string, lang: Lang): Promise<ReadResult> {
  const t = cliTexts(lang);
  const m = modelTexts(lang);
  const fail = (error: unknown): never => {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new KnownError(t('notFound', { file: shownName }), EXIT.usage);
    if (code === 'EISDIR') throw new KnownError(t('isDirectory', { file: shownName }), EXIT.usage);
    if (code === 'EACCES' || code === 'EPERM') throw new KnownError(t('noPermission', { file: shownName }), EXIT.usage);
    throw new KnownError(t('readFailed', { file: shownName, reason: fsReason(error, lang) }), EXIT.usage);
  };
  const info = await stat(path).catch(fail);
  if (info.isDirectory()) fail({ code: 'EISDIR' });
  if (info.size > MAX_FILE_BYTES) {
    throw new KnownError(
      `${shownName}: ${m('fileTooLarge', { size: formatSize(info.size, lang), limit: formatSize(MAX_FILE_BYTES, lang) })}`,
      EXIT.usage,
    );
  }
  const bytes = await readFile(path).catch(fail);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new KnownError(
      `${shownName}: ${m('fileTooLarge', { size: formatSize(bytes.length, lang), limit: formatSize(MAX_FILE_BYTES, lang) })}`,
      EXIT.usage,
    );
  }
  const problem = (code: string, message: string, at?: { line: number; column: number }): ReadResult => ({
    problems: [{ path: '', code, message, severity: 'error', ...(at ?? {}) }],
  });
  const utf16Bom = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16Bom || looksLikeUtf16(bytes.subarray(0, 2000).toString('latin1'))) {
    return problem('file-utf16', m('utf16'), { line: 1, column: 1 });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    const offset = Math.max(0, text.indexOf('\uFFFD'));
    const at = positionOf(lineStarts(text), offset);
    return problem('file-not-utf8', m('replacementCharacter', at), at);
  }
}
