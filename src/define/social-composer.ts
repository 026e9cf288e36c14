/** Registers `<social-composer>`. */
import { SocialComposer } from '../components/composer/composer.js';

if (!customElements.get('social-composer'))
  customElements.define('social-composer', SocialComposer);

declare global {
  interface HTMLElementTagNameMap {
    'social-composer': SocialComposer;
  }
}
