/**
 * Type tests, compiled by `npm run typecheck` and never run: the React wrappers and the React JSX
 * typings accept what the elements accept and reject the rest.
 */
import type {} from 'social-elements/jsx/react';
import {
  SocialComposer,
  SocialFeed,
  SocialPost,
  SocialProfileCard,
  SocialSource,
} from 'social-elements/react';
import type { Post } from 'social-elements';

declare const post: Post;

export const wrappers = (
  <>
    <SocialFeed
      label="Everyone"
      limit={20}
      headingLevel={3}
      theme="dark"
      onSocialLoad={(event) => event.count.toFixed()}
      onSocialError={(event) => event.error.message}
      onSocialNewPosts={(event) => event.count}
    >
      <SocialSource src="/feed.json" label="Team" headers={{ authorization: 'Bearer x' }} />
    </SocialFeed>
    <SocialPost post={post} open onSocialToggle={(event) => event.open} />
    <SocialProfileCard
      handle="@ada@social.example"
      variant="compact"
      onSocialFollow={(event) => event.actor.handle}
    />
    <SocialComposer
      action="/micropub"
      format="micropub"
      onSocialSubmit={(event) => event.draft.text}
      onSocialPosted={(event) => event.post.id}
      onSocialPostError={(event) => event.error.reason}
    />
    {/* @ts-expect-error `limit` is a number. */}
    <SocialFeed limit="20" />
    {/* @ts-expect-error `theme` is one of auto, light, dark. */}
    <SocialFeed theme="sepia" />
    {/* @ts-expect-error `variant` is full, compact or inline. */}
    <SocialProfileCard variant="large" />
    {/* @ts-expect-error a load event has no `draft`. */}
    <SocialFeed onSocialLoad={(event) => event.draft} />
  </>
);

export const tags = (
  <>
    <social-feed
      label="Everyone"
      limit={20}
      heading-level={3}
      no-hovercards
      className="feed"
      onsocial-load={(event) => event.count.toFixed()}
      onsocial-error={(event) => event.error.message}
    >
      <social-source src="/feed.json" format="jsonfeed" label="Team"></social-source>
    </social-feed>
    <social-post post={post} theme="light" onsocial-toggle={(event) => event.open}></social-post>
    <social-profile-card src="/ada.json" variant="inline"></social-profile-card>
    <social-composer
      action="/micropub"
      draft-key="note"
      require-alt
      max-media={4}
    ></social-composer>
    {/* @ts-expect-error `limit` is a number. */}
    <social-feed limit="20"></social-feed>
    {/* @ts-expect-error `theme` is one of auto, light, dark. */}
    <social-post theme="sepia"></social-post>
    {/* @ts-expect-error `post` is a Post object, not a string. */}
    <social-post post="hello"></social-post>
    {/* @ts-expect-error no such attribute. */}
    <social-source srcset="/feed.json"></social-source>
    {/* @ts-expect-error a toggle event has no `count`. */}
    <social-post onsocial-toggle={(event) => event.count}></social-post>
  </>
);
