/** XSS everywhere: Mastodon and ActivityPub documents in <social-feed>, on the browser's own sanitizer (see xss-harness.ts). */
import { feedSuite } from './xss-harness.js';

feedSuite('default', ['Mastodon statuses', 'ActivityPub outbox']);
