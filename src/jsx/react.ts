/**
 * Makes the `social-*` tags type-check in React's JSX (React 19 sets known properties and listens
 * to `onsocial-…` props as events): `import type {} from 'social-elements/jsx/react'`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SocialElements } from './index.js';

/** React's props for one tag: its HTML attributes, its own props, and `on<event-name>` handlers. */
export type ReactSocialElement<Tag extends keyof SocialElements> = Omit<
  DetailedHTMLProps<HTMLAttributes<SocialElements[Tag]['element']>, SocialElements[Tag]['element']>,
  keyof SocialElements[Tag]['props']
> &
  SocialElements[Tag]['props'] & {
    [Name in keyof SocialElements[Tag]['events'] as `on${Name & string}`]?: (
      event: SocialElements[Tag]['events'][Name],
    ) => void;
  };

type ReactSocialElements = { [Tag in keyof SocialElements]: ReactSocialElement<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactSocialElements {}
  }
}
