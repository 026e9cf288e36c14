/** The network layer's public surface: `load()`, its options and result, its errors and its cache. */
export { DEFAULT_ACCEPT, load } from './load.js';
export type { LoadFetch, LoadOptions, LoadResult } from './load.js';
export { clearLoadCache } from './cache.js';
export { LoadError, isAbortError, parseError } from './errors.js';
export type { LoadErrorKind } from './errors.js';
