/** English strings of the discovery part of `<social-composer>` (syndication), added as it loads. */
import { addEnglish } from '../strings.js';
import type { ComposerStrings } from './composer.js';

addEnglish('composer', (): Pick<ComposerStrings, 'shareTo'> => ({ shareTo: 'Also share to' }));
