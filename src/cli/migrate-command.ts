/**
 * `gia-netwerkkaart migrate <in> -o <out>`: rewrites a 1.0 file as 1.1 with the model's pure migrateNetwork,
 * lists each change, and writes 2-space JSON in the file's own key order (new keys next to their neighbours,
 * so the diff shows only what changed). Refuses an invalid
 * input or result (nothing written). The output may be the input file: nothing is lost, and the file is
 * replaced at once (a temporary file, then a rename).
 */
import { resolve } from 'node:path';
import { checkNetworkText } from '../model/check-network-text.js';
import type { Lang } from '../i18n/lookup.js';
import { migrateNetwork } from '../model/migrate-network.js';
import { validateNetwork } from '../model/validate-network.js';
import { isRecord } from '../model/text.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import { formatProblem, shownName, sortProblems } from './format-problem.js';
import type { CliIo } from './io.js';
import { EXIT, KnownError } from './known-error.js';
import { readNetworkFile } from './read-network-file.js';
import { assertWritableTarget, writeOutput } from './write-output.js';

export async function migrateCommand(files: readonly string[], output: string | undefined, lang: Lang, io: CliIo): Promise<number> {
  const t = cliTexts(lang);
  if (files.length === 0) throw new KnownError(t('migrateNoInput'), EXIT.usage);
  if (files.length > 1) throw new KnownError(t('migrateTooManyInputs'), EXIT.usage);
  if (output === undefined || output === '') throw new KnownError(t('migrateNoOutput'), EXIT.usage);
  const inName = shownName(files[0]!);
  const outName = shownName(output);
  const target = resolve(io.cwd, output);
  assertWritableTarget(target, outName, lang);

  const read = await readNetworkFile(resolve(io.cwd, files[0]!), inName, lang);
  const checked = 'text' in read ? checkNetworkText(read.text, { lang }) : undefined;
  const result = checked?.result ?? { valid: false, problems: 'problems' in read ? read.problems : [], warnings: [] };
  if (!checked?.network || !result.valid) {
    for (const problem of sortProblems(result.problems)) io.out(formatProblem(inName, problem, t));
    io.err(t('migrateInvalid', { file: inName }));
    return EXIT.invalid;
  }
  const migration = migrateNetwork(checked.network, { lang });
  if (!migration.migrated) {
    const version = isRecord(checked.network) ? String(checked.network.schemaVersion) : '?';
    io.out(t('migrateCurrent', { file: inName, version }));
    return EXIT.valid;
  }
  // The result must itself be valid (a bug in the migration, not the user's mistake, if it is not).
  const again = validateNetwork(migration.network, { lang });
  if (!again.valid) throw new Error(`migrated file is not valid: ${again.problems.map((p) => `${p.path} ${p.code}`).join('; ')}`);

  await writeOutput(target, JSON.stringify(migration.network, null, 2) + '\n', outName, lang);
  for (const change of migration.changes) io.out(`${outName}  ${change.path}  ${change.message}`);
  io.out(t('migrateWritten', { file: outName, from: '1.0', to: '1.1', changes: migration.changes.length }));
  return EXIT.valid;
}
