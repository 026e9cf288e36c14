/** Fired when a reader asks to follow the person on a profile card, before the link is followed. */
import type { Actor } from '../model/actor.js';

/**
 * Cancelable: when no listener calls `preventDefault()`, the Follow link opens the person's
 * profile, where their own server offers to follow them; when one does, the link stays put and
 * the host page follows the person its own way (its API, a remote-follow dialog).
 */
export class SocialFollowEvent extends Event {
  static readonly eventName = 'social-follow';

  /** The person to follow. */
  readonly actor: Actor;

  constructor(actor: Actor) {
    super(SocialFollowEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.actor = actor;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-follow': SocialFollowEvent;
  }
}
