/** Fired when a reader shows or hides content behind a content warning. */
export class SocialToggleEvent extends Event {
  static readonly eventName = 'social-toggle';

  /** Whether the content is now shown. */
  readonly open: boolean;

  constructor(open: boolean) {
    super(SocialToggleEvent.eventName, { bubbles: true, composed: true });
    this.open = open;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-toggle': SocialToggleEvent;
  }
}
