/** Fired when a source (or a standalone post) has loaded and its posts are on screen. */
export class SocialLoadEvent extends Event {
  static readonly eventName = 'social-load';

  /** The source that loaded: its `id`, `label` and URL, when the posts came from one. */
  readonly source: { id: string; label?: string; url?: string } | undefined;
  /** How many posts this load added. */
  readonly count: number;

  constructor(count: number, source?: { id: string; label?: string; url?: string }) {
    super(SocialLoadEvent.eventName, { bubbles: true, composed: true });
    this.count = count;
    this.source = source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-load': SocialLoadEvent;
  }
}
