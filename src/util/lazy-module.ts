/**
 * A module loaded on demand (a lazy chunk of the script-tag bundle): imported once, remembered, and tried
 * again on the next call when the import failed. `value` is the module once it is in.
 */
export interface LazyModule<T> {
  readonly value: T | undefined;
  /** Never rejects: undefined when the chunk cannot be loaded. */
  load(): Promise<T | undefined>;
  /** Rejects with the import's error when the chunk cannot be loaded. */
  loadOrThrow(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  const lazy: LazyModule<T> & { value: T | undefined } = {
    value: undefined,
    loadOrThrow: () =>
      (loading ??= importer().then(
        (module) => (lazy.value = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    load: () => lazy.loadOrThrow().catch(() => undefined),
  };
  return lazy;
}
