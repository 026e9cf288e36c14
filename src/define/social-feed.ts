/** Registers `<social-feed>`, with `<social-post>` and `<social-source>` that it is made of. */
import { SocialFeed } from '../components/feed/feed.js';
import './social-post.js';
import './social-source.js';

if (!customElements.get('social-feed')) customElements.define('social-feed', SocialFeed);

declare global {
  interface HTMLElementTagNameMap {
    'social-feed': SocialFeed;
  }
}
