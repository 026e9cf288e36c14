/** English strings of the media part of `<social-composer>`: the part adds them as it loads. */
import { formatNumber, plural } from '../format.js';
import type { ComposerStrings } from './composer.js';

export const mediaEnglish = (
  locale: string,
): Pick<
  ComposerStrings,
  | 'dropHint'
  | 'mediaList'
  | 'altLabel'
  | 'altPlaceholder'
  | 'removeMedia'
  | 'uploading'
  | 'retryUpload'
  | 'tooManyMedia'
  | 'tooLarge'
  | 'wrongType'
> => ({
  dropHint: 'Drop images to add them',
  mediaList: 'Attached images',
  altLabel: (position, name) => `Description of image ${formatNumber(position, locale)} (${name})`,
  altPlaceholder: 'Describe it for people who cannot see it',
  removeMedia: (name) => `Remove ${name}`,
  uploading: (name) => `Uploading ${name}`,
  retryUpload: 'Upload again',
  tooManyMedia: (max) =>
    plural(locale, max, {
      one: 'You can add up to {n} image.',
      other: 'You can add up to {n} images.',
    }),
  tooLarge: (name, size) => `${name} is too large: images can be up to ${size}.`,
  wrongType: (name) => `${name} is not a kind of image this site accepts.`,
});
