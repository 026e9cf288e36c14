/** @jsxImportSource solid-js */
/**
 * Type tests, compiled by `npm run typecheck` and never run: the tags type-check in Solid's JSX.
 */
import type {} from 'social-elements/jsx/solid';
import type { Post } from 'social-elements';

declare const post: Post;

export const tags = (
  <>
    <social-feed
      label="Everyone"
      limit={20}
      heading-level={3}
      on:social-load={(event) => event.count.toFixed()}
    >
      <social-source src="/feed.json" label="Team"></social-source>
    </social-feed>
    <social-post post={post} open on:social-toggle={(event) => event.open}></social-post>
    <social-profile-card
      handle="@ada@social.example"
      on:social-follow={(event) => event.actor.handle}
    ></social-profile-card>
    <social-composer action="/micropub" max-media={4}></social-composer>
    {/* @ts-expect-error `limit` is a number. */}
    <social-feed limit="20"></social-feed>
    {/* @ts-expect-error `variant` is full, compact or inline. */}
    <social-profile-card variant="large"></social-profile-card>
    {/* @ts-expect-error a follow event has no `count`. */}
    <social-profile-card on:social-follow={(event) => event.count}></social-profile-card>
  </>
);
