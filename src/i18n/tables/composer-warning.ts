/** English strings of the content warning field of `<social-composer>`, added as it loads. */
import { addEnglish } from '../strings.js';
import type { ComposerStrings } from './composer.js';

addEnglish('composer', (): Pick<ComposerStrings, 'warningLabel' | 'warningPlaceholder'> => ({
  warningLabel: 'Content warning',
  warningPlaceholder: 'What is it about?',
}));
