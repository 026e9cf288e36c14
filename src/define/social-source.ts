/** Registers `<social-source>`. */
import { SocialSource } from '../components/feed/source.js';

if (!customElements.get('social-source')) customElements.define('social-source', SocialSource);

declare global {
  interface HTMLElementTagNameMap {
    'social-source': SocialSource;
  }
}
