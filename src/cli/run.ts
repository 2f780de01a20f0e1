/**
 * The CLI in three thin layers (after lit/localize-tools):
 *   runAndThrow  — does the work, throws KnownError for expected failures;
 *   runAndLog    — prints a KnownError as one short message, returns the exit code (never throws);
 *   main / bin   — the bin calls process.exit with that code (run-and-exit).
 */
import { detectLang, parseArgs } from './args.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import type { CliIo } from './io.js';
import { EXIT, KnownError } from './known-error.js';
import { migrateCommand } from './migrate-command.js';
import { publicCommand } from './public-command.js';
import { validateCommand } from './validate-command.js';

export async function runAndThrow(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const t = cliTexts(args.lang);
  if (args.help || args.command === undefined) {
    if (!args.help) throw new KnownError(t('noCommand') + '\n\n' + t('help').trimEnd(), EXIT.usage);
    const help = { validate: t('helpValidate'), public: t('helpPublic'), migrate: t('helpMigrate') } as const;
    io.out((args.command ? help[args.command] : t('help')).trimEnd());
    return EXIT.valid;
  }
  if (args.command === 'validate') {
    if (args.output !== undefined) throw new KnownError(t('unknownOption', { option: "'-o'" }), EXIT.usage);
    if (args.keepFictitious) throw new KnownError(t('unknownOption', { option: "'--keep-fictitious'" }), EXIT.usage);
    return validateCommand(args.files, args.lang, io);
  }
  if (args.command === 'migrate') return migrateCommand(args.files, args.output, args.lang, io);
  return publicCommand(args.files, args.output, args.lang, io, { keepFictitious: args.keepFictitious });
}

export async function runAndLog(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runAndThrow(argv, io);
  } catch (error) {
    const t = cliTexts(detectLang(argv));
    if (error instanceof KnownError) {
      io.err(error.message);
      return error.exitCode;
    }
    // A bug in this program, not the user's mistake: say so, and keep the detail for a report.
    const message = error instanceof Error ? error.message : String(error);
    io.err(t('internalError', { message }));
    if (process.env.GIA_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.internal;
  }
}
