/** Registers `<social-post>`. */
import { SocialPost } from '../components/post/post.js';

if (!customElements.get('social-post')) customElements.define('social-post', SocialPost);

declare global {
  interface HTMLElementTagNameMap {
    'social-post': SocialPost;
  }
}
