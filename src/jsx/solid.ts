/**
 * Makes the `social-*` tags type-check in Solid's JSX (Solid sets a custom element's props as
 * properties and listens with `on:social-…`): `import type {} from 'social-elements/jsx/solid'`.
 */
import type { JSX } from 'solid-js';
import type { SocialElements } from './index.js';

/** Solid's props for one tag: its HTML attributes, its own props, and `on:<event-name>` handlers. */
export type SolidSocialElement<Tag extends keyof SocialElements> = Omit<
  JSX.HTMLAttributes<SocialElements[Tag]['element']>,
  keyof SocialElements[Tag]['props']
> &
  SocialElements[Tag]['props'] & {
    [Name in keyof SocialElements[Tag]['events'] as `on:${Name & string}`]?: (
      event: SocialElements[Tag]['events'][Name],
    ) => void;
  };

type SolidSocialElements = { [Tag in keyof SocialElements]: SolidSocialElement<Tag> };

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends SolidSocialElements {}
  }
}
