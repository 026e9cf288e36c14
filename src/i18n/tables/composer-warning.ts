/** English strings of the content warning field of `<social-composer>`: the part adds them as it loads. */
import type { ComposerStrings } from './composer.js';

export const warningEnglish = (): Pick<ComposerStrings, 'warningLabel' | 'warningPlaceholder'> => ({
  warningLabel: 'Content warning',
  warningPlaceholder: 'What is it about?',
});
