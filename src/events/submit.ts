/** Fired when a person asks to publish: cancelable, so the host page can publish the draft itself. */
import type { Draft } from '../compose/draft.js';

export class SocialSubmitEvent extends Event {
  static readonly eventName = 'social-submit';

  /** What the person wrote: text, content warning, audience, language and uploaded media with alt text. */
  readonly draft: Draft;

  constructor(draft: Draft) {
    super(SocialSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.draft = draft;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-submit': SocialSubmitEvent;
  }
}
