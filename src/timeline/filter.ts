/** Reader-chosen filters over a timeline's posts (by source, replies, reposts, media, sensitivity, language). */
import type { Post } from '../model/post.js';

/**
 * What to show. An option left out shows everything it would filter; `false` hides that kind of
 * post; a list keeps only posts that match it (so an empty list keeps none of what it filters).
 */
export interface PostFilter {
  /** Source ids to show. Posts without a source are shown only when this is left out. */
  sources?: readonly string[];
  /**
   * `false` hides replies to other people. A reply to the author's own post (a thread) stays,
   * as it reads as a continuation rather than a conversation.
   */
  replies?: boolean;
  /** `false` hides reposts (boosts): posts shown because someone else shared them. */
  reposts?: boolean;
  /** `true` shows only posts with attachments (their own, or those of the post they wrap). */
  mediaOnly?: boolean;
  /** `false` hides posts marked sensitive and posts behind a content warning. */
  sensitive?: boolean;
  /**
   * BCP 47 tags to show. `en` matches `en`, `en-GB` and so on; `en-GB` matches only `en-GB` and
   * its subtags. Posts with no language are always shown: nothing says they are in another one.
   */
  languages?: readonly string[];
}

function isReplyToOthers(post: Post): boolean {
  const reply = post.inReplyTo;
  if (!reply) return false;
  const to = reply.author?.id;
  return to === undefined || to !== post.author.id;
}

function hasMedia(post: Post): boolean {
  return (post.attachments?.length ?? 0) > 0 || (post.repostOf?.attachments?.length ?? 0) > 0;
}

function isSensitive(post: Post): boolean {
  return post.sensitive === true || (post.summary !== undefined && post.summary.trim() !== '');
}

function languageMatches(language: string, wanted: readonly string[]): boolean {
  const tag = language.toLowerCase();
  return wanted.some((want) => {
    const prefix = want.toLowerCase();
    return tag === prefix || tag.startsWith(`${prefix}-`);
  });
}

/** Whether one post passes the filter. */
export function matchesFilter(post: Post, filter: PostFilter): boolean {
  if (filter.sources && !(post.source && filter.sources.includes(post.source.id))) return false;
  if (filter.replies === false && isReplyToOthers(post)) return false;
  if (filter.reposts === false && post.repostedBy !== undefined) return false;
  if (filter.mediaOnly === true && !hasMedia(post)) return false;
  if (filter.sensitive === false && isSensitive(post)) return false;
  if (filter.languages && post.language && !languageMatches(post.language, filter.languages))
    return false;
  return true;
}

/** The posts that pass the filter, in the same order. */
export function filterPosts(posts: readonly Post[], filter: PostFilter = {}): Post[] {
  return posts.filter((post) => matchesFilter(post, filter));
}
