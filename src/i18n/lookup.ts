/**
 * The one message lookup of the project: one `Lang`, one registry of catalogues, one `msg`. Free of the DOM and
 * Lit, so model/ and cli/ use it as the components do (components import it through ./localize.ts, which adds the
 * map's built-in catalogue).
 *
 * A catalogue is a plain object (`Record<string, Message>`) of one area (map, panels, list, editor, model, cli),
 * registered per language with `registerCatalogue`: either the object itself (Dutch always; English where the
 * caller needs it synchronously, as the model and the CLI do) or a loader (`() => import('./x.en.js')`) that is
 * called only when English is asked for (`loadLang('en')`, `afterLangLoaded('en', …)` or `msg('en', …)`), so a
 * Dutch page never fetches an English catalogue.
 *
 * Lookup order: the requested language, then Dutch (`nl` is the fallback language, never English), then the key
 * itself, so a missing message shows up as its key instead of breaking the UI.
 */
import { lazyModule, type LazyModule } from '../util/lazy-module.js';

export type Lang = 'nl' | 'en';

export const LANGS: readonly Lang[] = ['nl', 'en'];

/** Parameters a message can interpolate: `{name}` in a string, or any field in a function message. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- catalogue functions receive free-form params
export type MessageParams = Record<string, any>;

/** A catalogue entry: a string with `{placeholders}`, or a function of the parameters (for plurals). */
export type Message = string | ((params: MessageParams) => string);

export type Catalogue = Record<string, Message>;

/** Loads a catalogue on demand: a dynamic import of a module whose default export is the catalogue. */
export type CatalogueLoader = () => Promise<{ default: Catalogue }>;

const catalogues: Record<Lang, Catalogue> = { nl: {}, en: {} };

/** Registered loaders whose catalogue is not in yet, per language. */
const pending: Record<Lang, Set<LazyModule<{ default: Catalogue }>>> = { nl: new Set(), en: new Set() };

/**
 * Adds a catalogue to `lang`: the messages at once, or a loader that runs when `lang` is loaded (`loadLang`).
 * For the same key, messages present at once win over loaded ones, and later registrations over earlier ones.
 */
export function registerCatalogue(lang: Lang, catalogue: Catalogue | CatalogueLoader): void {
  if (typeof catalogue === 'function') pending[lang].add(lazyModule(catalogue));
  else Object.assign(catalogues[lang], catalogue);
}

/** True when every catalogue registered for `lang` is in (always for Dutch, whose catalogues are registered whole). */
export function isLangLoaded(lang: Lang): boolean {
  return pending[lang].size === 0;
}

/**
 * Loads the catalogues registered for `lang` that are not in yet (each once); resolves at once when all are in.
 * Never rejects: a catalogue that fails to load stays pending (its keys fall back to Dutch; a later call tries again).
 */
export function loadLang(lang: Lang): Promise<void> {
  if (isLangLoaded(lang)) return Promise.resolve();
  const waiting = [...pending[lang]];
  return Promise.all(
    waiting.map((lazy) =>
      lazy.load().then((module) => {
        if (!module || !pending[lang].delete(lazy)) return;
        catalogues[lang] = { ...module.default, ...catalogues[lang] };
      }),
    ),
  ).then(() => undefined);
}

/** Normalises any attribute value to a supported language (`nl` unless it starts with `en`). */
export function toLang(value: string | null | undefined): Lang {
  return typeof value === 'string' && value.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

function format(message: Message, params: MessageParams | undefined): string {
  if (typeof message === 'function') return message(params ?? {});
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

function find(lang: Lang, key: string): Message | undefined {
  return catalogues[lang][key] ?? catalogues.nl[key];
}

function lookup(lang: Lang, key: string): Message | undefined {
  return find(lang, key);
}

/** True when a message exists for `key` in `lang` or in the Dutch fallback. */
export function hasMsg(lang: Lang, key: string): boolean {
  return lookup(lang, key) !== undefined;
}

/**
 * The message for `key` in `lang`, with `{placeholders}` filled from `params`. Falls back to Dutch, then to the key.
 * Never throws: a throwing function message yields the key. Asking for a language that is not loaded starts its load.
 */
export function msg(lang: Lang, key: string, params?: MessageParams): string {
  if (!isLangLoaded(lang)) void loadLang(lang);
  const message = lookup(lang, key);
  if (message === undefined) return key;
  try {
    return format(message, params);
  } catch {
    return key;
  }
}

/**
 * A lookup bound to one language and one area's keys, for modules outside components (model, CLI):
 * `const m = textsFor<ModelKey>(lang, 'model.'); m('required', { field, where })` is `msg(lang, 'model.required', …)`.
 */
export function textsFor<Key extends string>(lang: Lang, prefix: string): (key: Key, params?: MessageParams) => string {
  return (key, params) => msg(lang, prefix + key, params);
}

/**
 * For a component's `scheduleUpdate`: update only once the catalogues of its language are in (English ones load
 * on demand), so the first render is already in the right language:
 * `protected override scheduleUpdate() { return afterLangLoaded(this.lang, () => super.scheduleUpdate()); }`
 */
export function afterLangLoaded(lang: unknown, schedule: () => void | Promise<unknown>): void | Promise<unknown> {
  const language = toLang(typeof lang === 'string' ? lang : undefined);
  return isLangLoaded(language) ? schedule() : loadLang(language).then(schedule);
}
