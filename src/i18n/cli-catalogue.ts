/**
 * The CLI's messages in the one lookup, under `cli.`, and the typed way the CLI reads them:
 * `const t = cliTexts(lang); t('notFound', { file })`. Both languages are registered at once: the CLI is a Node
 * program that picks its language per run (`--lang`), with nothing to load lazily.
 */
import { msg, registerCatalogue, type Lang, type MessageParams } from './lookup.js';
import { flattenCatalogue } from './flatten-catalogue.js';
import type { CliText } from './cli-messages.js';
import cliNl from './cli.nl.js';
import cliEn from './cli.en.js';

registerCatalogue('nl', flattenCatalogue('cli.', cliNl));
registerCatalogue('en', flattenCatalogue('cli.', cliEn));

/** The CLI's messages in `lang`. */
export function cliTexts(lang: Lang): CliText {
  return ((key: string, params?: MessageParams) => msg(lang, `cli.${key}`, params)) as CliText;
}
