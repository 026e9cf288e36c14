/**
 * Makes the `social-*` tags type-check in Preact's JSX (Preact sets known properties and listens
 * to `onsocial-…` props as events): `import type {} from 'social-elements/jsx/preact'`.
 */
import type { HTMLAttributes } from 'preact';
import type { SocialElements } from './index.js';

/** Preact's props for one tag: its HTML attributes, its own props, and `on<event-name>` handlers. */
export type PreactSocialElement<Tag extends keyof SocialElements> = Omit<
  HTMLAttributes<SocialElements[Tag]['element']>,
  keyof SocialElements[Tag]['props']
> &
  SocialElements[Tag]['props'] & {
    [Name in keyof SocialElements[Tag]['events'] as `on${Name & string}`]?: (
      event: SocialElements[Tag]['events'][Name],
    ) => void;
  };

type PreactSocialElements = { [Tag in keyof SocialElements]: PreactSocialElement<Tag> };

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PreactSocialElements {}
  }
}
