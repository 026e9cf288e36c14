/** XSS everywhere: JSON Feed and RSS documents in <social-feed>, on the browser's own sanitizer (see xss-harness.ts). */
import { feedSuite } from './xss-harness.js';

feedSuite('default', ['JSON Feed', 'RSS']);
