/**
 * The JSON bodies of the Mastodon statuses API and of plain JSON publishing: apart from sending,
 * because the composer digests them into the idempotency key before the publishing code loads.
 */
import type { Draft, DraftMedia } from './draft.js';

/** The uploaded media of a draft, with their alt text trimmed. */
export function photos(media: readonly DraftMedia[]): Array<{ url: string; alt: string }> {
  return media.flatMap((item) => (item.url ? [{ url: item.url, alt: item.alt.trim() }] : []));
}

/** The Mastodon `POST /api/v1/statuses` parameters, by their documented names. */
export function mastodonStatusBody(draft: Draft): Record<string, unknown> {
  const body: Record<string, unknown> = { status: draft.text, visibility: draft.audience };
  if (draft.warning.trim()) body.spoiler_text = draft.warning.trim();
  const ids = draft.media.flatMap((item) => (item.id ? [item.id] : []));
  if (ids.length) body.media_ids = ids;
  if (draft.language) body.language = draft.language;
  return body;
}

/**
 * The plain JSON body for `format="json"`, for sites with their own API:
 *
 * ```json
 * {
 *   "text": "Hello",                // the post's text
 *   "summary": "Spoilers",          // content warning, when there is one
 *   "audience": "public",           // public | unlisted | private | direct, or a site's own value
 *   "language": "en",               // BCP 47, when chosen
 *   "media": [{ "url": "https://…", "alt": "A sunset" }]  // uploaded through media-action
 * }
 * ```
 *
 * The request carries an `Idempotency-Key` header that stays the same when a failed publish is
 * retried. The server answers 200 or 201, optionally with `Location` and a JSON object with any
 * of `id`, `url`, `published`.
 */
export function plainJsonBody(draft: Draft): Record<string, unknown> {
  const body: Record<string, unknown> = { text: draft.text };
  if (draft.warning.trim()) body.summary = draft.warning.trim();
  body.audience = draft.audience;
  if (draft.language) body.language = draft.language;
  const media = photos(draft.media);
  if (media.length) body.media = media;
  return body;
}
