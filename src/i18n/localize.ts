/**
 * Message lookup for every component. Catalogues are plain objects (`Record<string, Message>`): map.* (the map
 * component, keyboard help, shared words) is built in; the others are added with `registerCatalogue` by the
 * modules that use them, so each lands in the bundle chunk that needs it: panels.* (search box, filter panel,
 * help finder, legend, details; ./panels-catalogue.ts), list.* (the list view; ./list-catalogue.ts) and editor.*
 * (./editor-catalogue.ts).
 * Lookup order: the requested language, then Dutch (`nl` is the fallback language, never English), then the key
 * itself, so a missing message shows up as its key instead of breaking the UI.
 *
 * The English map.* catalogue is loaded lazily (a chunk of its own in the script-tag bundle, so a Dutch first paint
 * does not carry it): `loadLang('en')` fetches it once; a component that renders English text awaits it before its
 * first render (the map does so in `scheduleUpdate`). Until it is in, map.* keys fall back to Dutch; asking for an
 * English message, or registering an English catalogue, starts the load.
 */
import mapNl from './map.nl.js';
import { lazyModule } from '../util/lazy-module.js';

export type Lang = 'nl' | 'en';

/** Parameters a message can interpolate: `{name}` in a string, or any field in a function message. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- catalogue functions receive free-form params
export type MessageParams = Record<string, any>;

/** A catalogue entry: a string with `{placeholders}`, or a function of the parameters (for plurals). */
export type Message = string | ((params: MessageParams) => string);

export type Catalogue = Record<string, Message>;

export const LANGS: readonly Lang[] = ['nl', 'en'];

const catalogues: Record<Lang, Catalogue> = {
  nl: { ...(mapNl as Catalogue) },
  en: {},
};

/** Languages whose built-in map.* catalogue is present (Dutch is built in). */
const loaded = new Set<Lang>(['nl']);
const english = lazyModule(() => import('./map.en.js'));

/** True when the built-in map.* catalogue of `lang` is present (always for Dutch). */
export function isLangLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/**
 * Loads the built-in map.* catalogue of `lang` once (English is a lazy chunk); resolves at once when it is present.
 * Never rejects: when loading fails, map.* keys keep falling back to Dutch (a later call tries again).
 */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  return english.load().then((module) => {
    if (!module || loaded.has('en')) return;
    // Built in, so it ranks below catalogues registered before it arrived.
    catalogues.en = { ...(module.default as Catalogue), ...catalogues.en };
    loaded.add('en');
  });
}

/** Adds the messages of `catalogue` to `lang` (later registrations win for the same key). */
export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  Object.assign(catalogues[lang], catalogue);
  // A component with English texts has arrived: fetch the shared English words (kinds, link types) it uses.
  if (lang !== 'nl') void loadLang(lang);
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

/** True when a message exists for `key` in `lang` or in the Dutch fallback. */
export function hasMsg(lang: Lang, key: string): boolean {
  return key in catalogues[lang] || key in catalogues.nl;
}

/**
 * The message for `key` in `lang`, with `{placeholders}` filled from `params`. Falls back to Dutch, then to the key.
 * Never throws: a throwing function message yields the key.
 */
export function msg(lang: Lang, key: string, params?: MessageParams): string {
  if (!loaded.has(lang)) void loadLang(lang);
  const message = catalogues[lang]?.[key] ?? catalogues.nl[key];
  if (message === undefined) return key;
  try {
    return format(message, params);
  } catch {
    return key;
  }
}

/**
 * For a component's `scheduleUpdate`: update only once the catalogue of its language is in (English is a
 * lazy chunk), so the first render is already in the right language:
 * `protected override scheduleUpdate() { return afterLangLoaded(this.lang, () => super.scheduleUpdate()); }`
 */
export function afterLangLoaded(lang: unknown, schedule: () => void | Promise<unknown>): void | Promise<unknown> {
  const language = toLang(typeof lang === 'string' ? lang : undefined);
  return isLangLoaded(language) ? schedule() : loadLang(language).then(schedule);
}
