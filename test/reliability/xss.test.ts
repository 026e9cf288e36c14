/** XSS everywhere: standalone posts and the composer, on the browser's own sanitizer (see xss-harness.ts). */
import { elementSuite } from './xss-harness.js';

elementSuite('default', 'posts');
