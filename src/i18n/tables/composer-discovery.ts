/** English strings of the discovery part of `<social-composer>`: the part adds them as it loads. */
import type { ComposerStrings } from './composer.js';

export const discoveryEnglish = (): Pick<ComposerStrings, 'shareTo'> => ({
  shareTo: 'Also share to',
});
