/** The timeline layer: merging sources in time order, de-duplication and reader filters. */
export { Timeline, createTimeline } from './timeline.js';
export type { SourceInfo, SourceState, SourceStatus, TimelinePage } from './timeline.js';
export { filterPosts, matchesFilter } from './filter.js';
export type { PostFilter } from './filter.js';
