/** XSS everywhere: profile cards from every kind of profile document, on the browser's own sanitizer (see xss-harness.ts). */
import { elementSuite } from './xss-harness.js';

elementSuite('default', 'cards');
