/** Strings every element shares for a failed load: why, in a reader's words, details and retry. */

/**
 * Why something could not be loaded, as readers are told (the technical cause is shown apart).
 * `too-large` is a body past the network layer's size cap.
 */
export type LoadReason =
  'timeout' | 'network' | 'http' | 'rate-limit' | 'parse' | 'url' | 'too-large' | 'other';

/** One table for every element, so "the server took too long" is written once per language. */
export interface ErrorStrings {
  /** No answer in time. */
  timeout: string;
  /** The server could not be reached at all. */
  network: string;
  /** An error status that is not known. */
  http: string;
  /** An error status; `status` is the number ("404"). */
  httpStatus: (status: number) => string;
  /** The server limits how often it is asked. */
  rateLimit: string;
  /** The answer is not something the element can read. */
  parse: string;
  /** The address cannot be used. */
  url: string;
  /** The answer was larger than the element reads. */
  responseTooLarge: string;
  /** Anything else. */
  other: string;
  /** Disclosure that holds the technical cause. */
  details: string;
  /** Loads again. */
  retry: string;
}

/** The sentence for `reason`, from any table that has the shared keys. */
export function loadReasonText(strings: ErrorStrings, reason: LoadReason, status?: number): string {
  switch (reason) {
    case 'http':
      return status === undefined ? strings.http : strings.httpStatus(status);
    case 'rate-limit':
      return strings.rateLimit;
    case 'too-large':
      return strings.responseTooLarge;
    case 'timeout':
    case 'network':
    case 'parse':
    case 'url':
    case 'other':
      return strings[reason];
  }
}

export const errorsEnglish = (): ErrorStrings => ({
  timeout: 'The server took too long to answer.',
  network: 'The server could not be reached.',
  http: 'The server answered with an error.',
  httpStatus: (status) => `The server answered with error ${status}.`,
  rateLimit: 'The server is receiving too many requests. Try again later.',
  parse: 'The server sent something this page cannot read.',
  url: 'The address is not valid.',
  responseTooLarge: 'The response was too large to show.',
  other: 'Something went wrong.',
  details: 'Details',
  retry: 'Try again',
});
