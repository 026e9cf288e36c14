/** `<social-source>`: declares one source of a `<social-feed>`; it renders nothing itself. */
import { LitElement, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * One source of the surrounding `<social-feed>`: where to read posts, in which format, and the
 * label its posts carry ("Colleagues", "Friends", "Blog"). The feed watches its sources: adding,
 * removing or changing one (its `src`, `format`, `label` or `limit`) updates the timeline.
 *
 * Credentials never go in attributes, where they would show in the page's markup: set `headers`
 * as a property. The feed reads it on every request, so a rotated token is used from the next
 * page or refresh on.
 *
 * @summary One source (a Mastodon account, a Bluesky feed, a blog's RSS …) of a feed.
 * @tag social-source
 */
export class SocialSource extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** URL of the feed, account timeline or outbox to read (absolute, or relative to the page). */
  @property({ reflect: true }) src = '';

  /**
   * The format to read it as: `mastodon`, `bluesky`, `activitystreams`, `jsonfeed`, `rss`, `atom`,
   * `microformats`, or `auto` (the default) to detect it from the response.
   */
  @property({ reflect: true }) format = 'auto';

  /** A short name shown on this source's posts and offered as a filter ("Colleagues"). */
  @property({ reflect: true }) label?: string;

  /** Page size for this source, where its API takes one; defaults to the feed's `limit`. */
  @property({ type: Number, reflect: true }) limit?: number;

  /**
   * Extra request headers, for example `{ Authorization: 'Bearer …' }`. Property only: an
   * attribute would publish the secret in the page's markup.
   */
  @property({ attribute: false }) headers?: HeadersInit;

  protected override render(): typeof nothing {
    return nothing;
  }
}
