/**
 * The shape of the CLI's own messages (help, usage and file errors): cli.nl.ts and cli.en.ts satisfy it,
 * ./cli-catalogue.ts registers them with the one lookup under `cli.`, and the CLI reads them through
 * `cliTexts(lang)`, typed by this interface. Values from the user (file names) arrive already made visible.
 */
export interface CliMessages {
  help: string;
  helpValidate: string;
  helpPublic: string;
  helpMigrate: string;
  noCommand: string;
  unknownCommand(p: { command: string; suggestion?: string }): string;
  unknownOption(p: { option: string; suggestion?: string }): string;
  missingOptionValue(p: { option: string }): string;
  badLang(p: { value: string }): string;
  validateNoFiles: string;
  publicNoInput: string;
  publicNoOutput: string;
  publicTooManyInputs: string;
  publicSameFile(p: { file: string }): string;
  publicInvalid(p: { file: string }): string;
  publicLeak(p: { count: number }): string;
  publicWritten(p: { file: string; contacts: number; fields: number; addresses: number }): string;
  publicFictitiousDropped(p: { count: number }): string;
  publicFictitiousKept(p: { count: number }): string;
  writeFailed(p: { file: string; reason: string }): string;
  publicNotAFile(p: { file: string; kind: 'folder' | 'other' }): string;
  migrateNoInput: string;
  migrateNoOutput: string;
  migrateTooManyInputs: string;
  migrateCurrent(p: { file: string; version: string }): string;
  migrateInvalid(p: { file: string }): string;
  migrateWritten(p: { file: string; from: string; to: string; changes: number }): string;
  notFound(p: { file: string }): string;
  isDirectory(p: { file: string }): string;
  noPermission(p: { file: string }): string;
  readFailed(p: { file: string; reason: string }): string;
  fileValid(p: { file: string; warnings: number }): string;
  fileInvalid(p: { file: string; problems: number }): string;
  warning: string;
  wholeFile: string;
  internalError(p: { message: string }): string;
}

type ParamsOf<K extends keyof CliMessages> = CliMessages[K] extends (p: infer P) => string ? [params: P] : [];

/** The CLI's messages in one language: `t('notFound', { file })`, `t('help')`. */
export type CliText = <K extends keyof CliMessages>(key: K, ...params: ParamsOf<K>) => string;
