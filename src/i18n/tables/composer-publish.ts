/** English strings of the publishing part of `<social-composer>`: the part adds them as it loads. */
import type { ComposerStrings } from './composer.js';

export const publishEnglish = (): Pick<
  ComposerStrings,
  'posted' | 'viewPost' | 'waitForUploads' | 'errors' | 'maybePosted' | 'serverSaid'
> => ({
  posted: 'Posted.',
  viewPost: 'View post',
  waitForUploads: 'Wait until the images have finished uploading.',
  errors: {
    invalid_request: 'The server did not accept this post.',
    insufficient_scope: 'Your sign-in does not allow posting. Sign in again and allow posting.',
    unauthorized: 'You are not signed in, or your sign-in has expired. Sign in and try again.',
    forbidden: 'You are not allowed to post here.',
    'too-large': 'The post or one of its images is too large for the server.',
    'rate-limit': 'Too many posts in a short time. Wait a moment, then try again.',
    server: 'The server had a problem. Try again in a moment.',
    offline: 'You are offline.',
    unexpected: 'The server answered in a way this form does not understand.',
    config: 'This form is not set up to publish anywhere. Please tell the site owner.',
  },
  maybePosted: 'It may have been posted anyway: check before trying again.',
  serverSaid: 'The server said:',
});
