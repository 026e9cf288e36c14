/** Fired when publishing failed; the draft is kept and the composer offers a retry. */
import type { PublishError } from '../compose/errors.js';

export class SocialPostErrorEvent extends Event {
  static readonly eventName = 'social-post-error';

  /** Why: `reason` (`invalid_request`, `unauthorized`, `offline` …), `status`, and the server's own words. */
  readonly error: PublishError;

  constructor(error: PublishError) {
    super(SocialPostErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-post-error': SocialPostErrorEvent;
  }
}
