/** Fired when a source (or a standalone post) failed to load; its error is shown in place. */
export class SocialErrorEvent extends Event {
  static readonly eventName = 'social-error';

  /** The source that failed, when the element has several. */
  readonly source: { id: string; label?: string; url?: string } | undefined;
  /** What went wrong: a `LoadError`, a `FormatError` or another `Error`, with its `cause`. */
  readonly error: Error;

  constructor(error: Error, source?: { id: string; label?: string; url?: string }) {
    super(SocialErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
    this.source = source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'social-error': SocialErrorEvent;
  }
}
