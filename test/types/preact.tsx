/** @jsxImportSource preact */
/**
 * Type tests, compiled by `npm run typecheck` and never run: the tags type-check in Preact's JSX.
 */
import type {} from 'social-elements/jsx/preact';
import type { Post } from 'social-elements';

declare const post: Post;

export const tags = (
  <>
    <social-feed
      label="Everyone"
      limit={20}
      heading-level={3}
      class="feed"
      onsocial-load={(event) => event.count.toFixed()}
    >
      <social-source src="/feed.json" label="Team"></social-source>
    </social-feed>
    <social-post post={post} open onsocial-toggle={(event) => event.open}></social-post>
    <social-profile-card handle="@ada@social.example" variant="compact"></social-profile-card>
    <social-composer
      action="/micropub"
      format="mastodon"
      onsocial-submit={(event) => event.draft.text}
    ></social-composer>
    {/* @ts-expect-error `limit` is a number. */}
    <social-feed limit="20"></social-feed>
    {/* @ts-expect-error `format` is micropub, mastodon or json. */}
    <social-composer format="xml"></social-composer>
    {/* @ts-expect-error `post` is a Post object, not a string. */}
    <social-post post="hello"></social-post>
  </>
);
