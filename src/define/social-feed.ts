/**
 * Registers `<social-feed>` and `<social-source>`; `<social-post>`, which the feed is made of,
 * registers itself as soon as a feed connects, its code loading in parallel with the feed's data.
 */
import { SocialFeed } from '../components/feed/feed.js';
import './social-source.js';

if (!customElements.get('social-feed')) customElements.define('social-feed', SocialFeed);

declare global {
  interface HTMLElementTagNameMap {
    'social-feed': SocialFeed;
  }
}
