/** The contract every format module keeps, built in or registered by a site. */
import type { Actor } from '../model/actor.js';
import type { Page } from '../model/page.js';

export interface FormatContext {
  /** Where the document came from: resolves relative URLs and helps detection. */
  url?: string;
  contentType?: string;
  headers?: Headers | Record<string, string>;
  /** Skip detection and read the document as this format. */
  format?: string;
}

export interface Format {
  name: string;
  /**
   * How sure this format is that it can read the document, from 0 (not at all) to 1 (certain).
   * Cheap: looks at content type, URL and the start of the body; never throws.
   */
  detect(body: string, context: FormatContext): number;
  /** Reads a feed document. Entries it cannot read go to `skipped` with a reason. */
  parseFeed(body: string, context: FormatContext): Page | Promise<Page>;
  /** Reads a profile document, when the format has one. */
  parseActor?(body: string, context: FormatContext): Actor | Promise<Actor>;
}

/** A document could not be read at all: the message says what was seen and what to do. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  /** The format that tried, when one was chosen. */
  readonly format: string | undefined;

  constructor(message: string, options: { format?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.format = options.format;
  }
}
