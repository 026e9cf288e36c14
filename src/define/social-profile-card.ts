/** Registers `<social-profile-card>`. */
import { SocialProfileCard } from '../components/profile-card/profile-card.js';

if (!customElements.get('social-profile-card')) {
  customElements.define('social-profile-card', SocialProfileCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'social-profile-card': SocialProfileCard;
  }
}
