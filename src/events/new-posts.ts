/** Fired when a refresh found newer posts; they wait behind a "N new posts" button. */
export class SocialNewPostsEvent extends Event {
  static readonly eventName = 'social-new-posts';

  /** How many new posts are waiting. */
  readonly count: number;

  constructor(count: number) {
    super(SocialNewPostsEvent.eventName, { bubbles: true, composed: true });
    this.count = count;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-new-posts': SocialNewPostsEvent;
  }
}
