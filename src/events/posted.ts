/** Fired after the server (or the host page, through `complete()`) confirmed a new post. */
import type { Post } from '../model/post.js';

export class SocialPostedEvent extends Event {
  static readonly eventName = 'social-posted';

  /** The new post. */
  readonly post: Post;
  /** The server's answer; undefined when the host page published the post itself. */
  readonly response: Response | undefined;

  constructor(post: Post, response?: Response) {
    super(SocialPostedEvent.eventName, { bubbles: true, composed: true });
    this.post = post;
    this.response = response;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-posted': SocialPostedEvent;
  }
}
