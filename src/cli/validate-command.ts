/**
 * `gia-netwerkkaart validate <file…>`: every problem of every file; exit 0 / 1 / 2.
 */
import { resolve } from 'node:path';
import { checkNetworkText } from '../model/check-network-text.js';
import type { Lang } from '../i18n/lookup.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import { formatProblem, shownName, sortProblems } from './format-problem.js';
import type { CliIo } from './io.js';
import { EXIT, KnownError } from './known-error.js';
import { readNetworkFile } from './read-network-file.js';

export async function validateCommand(files: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliTexts(lang);
  if (files.length === 0) throw new KnownError(t('validateNoFiles'), EXIT.usage);
  let exit: number = EXIT.valid;
  for (const file of files) {
    const name = shownName(file);
    let read;
    try {
      read = await readNetworkFile(resolve(io.cwd, file), name, lang);
    } catch (error) {
      if (!(error instanceof KnownError)) throw error;
      io.err(error.message);
      exit = Math.max(exit, error.exitCode);
      continue;
    }
    const result = 'text' in read ? checkNetworkText(read.text, { lang }).result : { valid: false, problems: read.problems, warnings: [] };
    for (const problem of sortProblems([...result.problems, ...result.warnings])) io.out(formatProblem(name, problem, t));
    if (result.valid) {
      io.out(t('fileValid', { file: name, warnings: result.warnings.length }));
    } else {
      io.out(t('fileInvalid', { file: name, problems: result.problems.length }));
      exit = Math.max(exit, EXIT.invalid);
    }
  }
  return exit;
}
