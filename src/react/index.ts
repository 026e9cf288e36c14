/**
 * React components for every element, made with `@lit/react`: props set the element's properties,
 * `on…` props listen to its events. Importing this module registers the elements.
 * Generated from custom-elements.json by scripts/generate-framework-types.mjs: do not edit.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { SocialComposer as SocialComposerElement } from '../components/composer/composer.js';
import { SocialFeed as SocialFeedElement } from '../components/feed/feed.js';
import { SocialPost as SocialPostElement } from '../components/post/post.js';
import { SocialProfileCard as SocialProfileCardElement } from '../components/profile-card/profile-card.js';
import { SocialSource as SocialSourceElement } from '../components/feed/source.js';
import type {
  SocialErrorEvent,
  SocialFollowEvent,
  SocialLoadEvent,
  SocialNewPostsEvent,
  SocialPostErrorEvent,
  SocialPostedEvent,
  SocialSubmitEvent,
  SocialToggleEvent,
} from '../events/index.js';
import '../define/social-composer.js';
import '../define/social-feed.js';
import '../define/social-post.js';
import '../define/social-profile-card.js';
import '../define/social-source.js';

/** `<social-composer>`: A status composer that publishes by Micropub, the Mastodon API or JSON. */
export const SocialComposer = createComponent({
  react: React,
  tagName: 'social-composer',
  elementClass: SocialComposerElement,
  events: {
    /** The person committed a change to the text or a choice, as a native field does (`input` crosses the shadow boundary by itself). */
    onChange: 'change' as EventName<Event>,
    /** The person asked to publish; `draft` holds what they wrote. Cancel it to publish yourself, then call `complete(post)` or `fail(error)`. */
    onSocialSubmit: 'social-submit' as EventName<SocialSubmitEvent>,
    /** The post was published; `post` is the new post, `response` the server's answer. */
    onSocialPosted: 'social-posted' as EventName<SocialPostedEvent>,
    /** Publishing failed, or the code that publishes could not load (`reason` `network`); `error.reason` says why. The draft is kept. */
    onSocialPostError: 'social-post-error' as EventName<SocialPostErrorEvent>,
  },
  displayName: 'SocialComposer',
});

/** `<social-feed>`: A merged, paginated, accessible timeline from one or many social sources. */
export const SocialFeed = createComponent({
  react: React,
  tagName: 'social-feed',
  elementClass: SocialFeedElement,
  events: {
    /** A source's page was read and the feed re-rendered with it (its posts show as soon as no other source can still outrank them); `source` and `count` say which and how many posts it had. */
    onSocialLoad: 'social-load' as EventName<SocialLoadEvent>,
    /** A source failed to load (or to refresh); its error is shown in place. `source` and `error` (a `LoadError` with `kind`, its `cause` a `FormatError` for unreadable documents). */
    onSocialError: 'social-error' as EventName<SocialErrorEvent>,
    /** A refresh found new posts; `count` are waiting behind the "Show N new posts" button. */
    onSocialNewPosts: 'social-new-posts' as EventName<SocialNewPostsEvent>,
  },
  displayName: 'SocialFeed',
});

/** `<social-post>`: One social post from any network, given as data or embedded from a URL. */
export const SocialPost = createComponent({
  react: React,
  tagName: 'social-post',
  elementClass: SocialPostElement,
  events: {
    /** The reader showed or hid what a content warning hides; `open` says which. */
    onSocialToggle: 'social-toggle' as EventName<SocialToggleEvent>,
    /** A standalone post (`src`) loaded and is on screen; `count` is 1. */
    onSocialLoad: 'social-load' as EventName<SocialLoadEvent>,
    /** A standalone post (`src`) failed to load; `error` says why, and the error state is on screen. */
    onSocialError: 'social-error' as EventName<SocialErrorEvent>,
  },
  displayName: 'SocialPost',
});

/** `<social-profile-card>`: Who a person is, from a Mastodon, ActivityPub, Bluesky, h-card or JSON Feed profile. */
export const SocialProfileCard = createComponent({
  react: React,
  tagName: 'social-profile-card',
  elementClass: SocialProfileCardElement,
  events: {
    /** The profile from `src` or `handle` loaded and shows (`count` is 1). */
    onSocialLoad: 'social-load' as EventName<SocialLoadEvent>,
    /** The profile failed to load; the error state shows, `error` holds the cause. */
    onSocialError: 'social-error' as EventName<SocialErrorEvent>,
    /** The reader activated Follow; cancel it to handle following yourself. */
    onSocialFollow: 'social-follow' as EventName<SocialFollowEvent>,
  },
  displayName: 'SocialProfileCard',
});

/** `<social-source>`: One source (a Mastodon account, a Bluesky feed, a blog's RSS …) of a feed. */
export const SocialSource = createComponent({
  react: React,
  tagName: 'social-source',
  elementClass: SocialSourceElement,
  displayName: 'SocialSource',
});
