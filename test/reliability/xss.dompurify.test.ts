/**
 * XSS everywhere, DOMPurify forced where the browser has a native sanitizer: every field that
 * reaches the sanitizer, in the feed, a standalone post and a profile card (see xss-harness.ts).
 */
import { elementSuite, feedSuite } from './xss-harness.js';

feedSuite('dompurify', ['Mastodon statuses']);
elementSuite('dompurify', 'posts');
