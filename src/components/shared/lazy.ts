/** Code an element loads on demand, once for the whole page, with a retry after a failure. */

/** A module loaded on first need; every element on the page shares the one load. */
export interface LazyPart<T> {
  /** The module, once it has loaded; undefined before and while it cannot. */
  readonly module: T | undefined;
  /**
   * Starts the load, or joins the one under way, and resolves to the module, or to undefined
   * when it could not load (offline, a file missing from the deploy). Never rejects: the caller
   * shows what it can without the part, and the next call fetches it again.
   */
  load(): Promise<T | undefined>;
}

/** A part of an element that `load` fetches (an `import()`), once for the page. */
export function lazyPart<T>(load: () => Promise<T>): LazyPart<T> {
  let loading: Promise<T | undefined> | undefined;
  const part = {
    module: undefined as T | undefined,
    load: () =>
      (loading ??= load().then(
        (module) => (part.module = module),
        () => (loading = undefined),
      )),
  };
  return part;
}
