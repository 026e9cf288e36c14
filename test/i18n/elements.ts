/** Shared by the element locale tests: one of each element, what it says, and a text recorder. */
import '../../src/define/all.js';
import type { Actor } from '../../src/model/actor.js';
import type { Post } from '../../src/model/post.js';
import { samplePosts } from '../helpers.js';

/** The locales as a page would tag them (regions included), with the built-in they land on. */
export const LOCALES = [
  ['en', 'en'],
  ['de-AT', 'de'],
  ['fr-FR', 'fr'],
  ['es-MX', 'es'],
  ['pt-BR', 'pt'],
  ['ja', 'ja'],
  ['zh-CN', 'zh-Hans'],
  ['ar', 'ar'],
  ['iw', 'he'],
] as const;

export type Language = (typeof LOCALES)[number][1];

/** What each element says in each language, as a reader sees it. */
export const SAYS: Record<
  Language,
  { post: string; feed: string; card: string; composer: string }
> = {
  en: { post: 'Show more', feed: 'No posts yet.', card: 'Follow', composer: 'Post' },
  de: {
    post: 'Mehr anzeigen',
    feed: 'Noch keine Beiträge.',
    card: 'Folgen',
    composer: 'Veröffentlichen',
  },
  fr: {
    post: 'Afficher plus',
    feed: 'Aucune publication pour l’instant.',
    card: 'Suivre',
    composer: 'Publier',
  },
  es: {
    post: 'Mostrar más',
    feed: 'Todavía no hay publicaciones.',
    card: 'Seguir',
    composer: 'Publicar',
  },
  pt: {
    post: 'Mostrar mais',
    feed: 'Ainda não há publicações.',
    card: 'Seguir',
    composer: 'Publicar',
  },
  ja: { post: 'もっと見る', feed: 'まだ投稿はありません。', card: 'フォロー', composer: '投稿' },
  'zh-Hans': { post: '显示更多', feed: '还没有帖子。', card: '关注', composer: '发布' },
  ar: { post: 'عرض المزيد', feed: 'لا توجد منشورات بعد.', card: 'متابعة', composer: 'انشر' },
  he: { post: 'הצגת עוד', feed: 'אין עדיין פוסטים.', card: 'מעקב', composer: 'פרסום' },
};

export type Kind = keyof (typeof SAYS)['en'];

/** The text a sighted reader sees in `node`: words hidden for screen readers left out. */
function squash(node: Element | null | undefined): string | undefined {
  if (!node) return undefined;
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return copy.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

/** The one piece of text each test reads from an element. */
export function said(kind: Kind, el: Element): string | undefined {
  const root = el.shadowRoot!;
  switch (kind) {
    case 'post':
      return squash(root.querySelector('[part~="toggle"]'));
    case 'feed':
      return squash(root.querySelector('[part~="empty"]'));
    case 'card':
      return squash(root.querySelector('[part~="follow"]'));
    case 'composer':
      return squash(root.querySelector('[part~="submit"]'));
  }
}

/** A post with a content warning (its toggle speaks the UI language) from the sample fixture. */
export async function warnedPost(): Promise<Post> {
  const posts = await samplePosts();
  const post = posts.find((candidate) => candidate.summary)!;
  return { ...post, counts: { replies: 3, reposts: 1, likes: 0 } };
}

/** A person from the sample fixture, with counts, so the card shows its follow link. */
export async function person(): Promise<Actor> {
  const [post] = await samplePosts();
  return { ...post!.author, counts: { followers: 2, following: 1, posts: 11 } };
}

/** Creates the element of `kind`, ready to be attached. */
export async function create(kind: Kind): Promise<HTMLElement> {
  switch (kind) {
    case 'post': {
      const el = document.createElement('social-post');
      el.post = await warnedPost();
      return el;
    }
    case 'feed': {
      const el = document.createElement('social-feed');
      el.posts = [];
      return el;
    }
    case 'card': {
      const el = document.createElement('social-profile-card');
      el.actor = await person();
      return el;
    }
    case 'composer':
      return document.createElement('social-composer');
  }
}

/**
 * Records the text `kind` shows each time the element's shadow DOM changes, from before its first
 * render: a language that flashed by would be caught, since every render mutates the tree.
 */
export function record(kind: Kind, el: HTMLElement): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const take = () => {
    const text = said(kind, el);
    if (text !== undefined && texts.at(-1) !== text) texts.push(text);
  };
  const observer = new MutationObserver(take);
  observer.observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return { texts, stop: () => observer.disconnect() };
}
