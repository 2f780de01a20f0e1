/**
 * A module loaded on demand (a lazy chunk of the script-tag bundle): `load()` imports it once and never rejects
 * (undefined when it cannot be loaded; a later call tries again); `value` is the module once it is in.
 */
export interface LazyModule<T> {
  readonly value: T | undefined;
  load(): Promise<T | undefined>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T | undefined> | undefined;
  const lazy = {
    value: undefined as T | undefined,
    load: () =>
      (loading ??= importer().then(
        (module) => (lazy.value = module),
        () => (loading = undefined),
      )),
  };
  return lazy;
}
