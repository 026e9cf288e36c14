/**
 * XSS everywhere, DOMPurify forced where the browser has a native sanitizer: bios and profile
 * field values of Mastodon accounts and ActivityPub actors (see xss-harness.ts).
 */
import { elementSuite } from './xss-harness.js';

elementSuite('dompurify', 'cards', ['Mastodon account', 'ActivityPub actor']);
