/**
 * The model's messages (parsing, validation, privacy) in the one lookup, under `model.`, and the typed way the
 * model reads them: `const m = modelTexts(lang); m('required', { field, where })`.
 *
 * Both languages are registered at once, unlike the components' English catalogues: the model's API is
 * synchronous and takes the language per call (the CLI, the editor and library users ask for English without
 * loading anything first). The model itself is a lazy chunk of the script-tag bundle, never part of the first
 * paint, and a page that shows a file given as `data` does not load it.
 */
import { msg, registerCatalogue, toLang, type MessageParams } from './lookup.js';
import { flattenCatalogue } from './flatten-catalogue.js';
import type { ModelText } from './model-messages.js';
import modelNl from './model.nl.js';
import modelEn from './model.en.js';

registerCatalogue('nl', flattenCatalogue('model.', modelNl));
registerCatalogue('en', flattenCatalogue('model.', modelEn));

/** The model's messages in `lang` (Dutch for anything but a language starting with "en"). */
export function modelTexts(lang: unknown): ModelText {
  const language = toLang(typeof lang === 'string' ? lang : undefined);
  return (key: string, params?: MessageParams) => msg(language, `model.${key}`, params);
}
