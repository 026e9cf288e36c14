/** Strings of `<social-feed>`: controls, announcements, loading, empty and error states. */
import { defineStrings } from '../strings.js';

/** Why a source failed, as the feed tells it to readers (the technical cause is shown apart). */
export type FeedErrorReason =
  'timeout' | 'network' | 'http' | 'rate-limit' | 'parse' | 'url' | 'other';

export interface FeedStrings {
  /** Accessible name (and hidden heading) of a feed that has no `label`. */
  feed: string;
  /** Said while the first posts load. */
  loading: string;
  /** The button that asks for older posts. */
  loadMore: string;
  /** The same button while older posts load. */
  loadingMore: string;
  /** Announced after "Load more": how many posts it added (never called with 0). */
  morePostsLoaded: (count: number) => string;
  /** Announced when "Load more" found nothing more. */
  noMorePosts: string;
  /** The button that shows the posts a refresh found. */
  showNewPosts: (count: number) => string;
  /** Announced when a refresh found new posts. */
  newPostsAvailable: (count: number) => string;
  /** Announced when the page inserted a post at the top (`insertPost`). */
  postInserted: string;
  /** Shown when every source answered and none had a post. */
  empty: string;
  /** Shown when posts exist but the filters hide all of them. */
  noMatches: string;
  /** Target of the skip link and of Ctrl+End: the end of the feed. */
  endOfFeed: string;
  /** Skip link before an infinitely scrolling feed. */
  skipFeed: string;
  /** Label of the group of source toggles. */
  sources: string;
  /** A post's accessible name, from its author and its date and time. */
  postLabel: (author: string, time: string) => string;
  /** First line of a source's error: which source failed. */
  sourceFailed: (source: string) => string;
  /** Second line: why, in words a reader understands; `status` for `http`. */
  reason: (reason: FeedErrorReason, status?: number) => string;
  /** Disclosure that holds the technical cause. */
  details: string;
  /** Loads a failed source again. */
  retry: string;
}

/** Plural categories of the locales below; Arabic uses all six. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Picks the form for `count` by the locale's plural rules and puts the localized number in
 * place of `{n}`. The rules are cached: a long feed asks for them often.
 */
function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  let numbers = numberFormats.get(locale);
  if (!numbers) {
    numbers = new Intl.NumberFormat(locale);
    numberFormats.set(locale, numbers);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('{n}', numbers.format(count));
}

export const feedStrings = defineStrings<FeedStrings>('feed', {
  en: {
    feed: 'Posts',
    loading: 'Loading posts…',
    loadMore: 'Load more posts',
    loadingMore: 'Loading…',
    morePostsLoaded: (count) =>
      plural('en', count, { one: '{n} more post loaded', other: '{n} more posts loaded' }),
    noMorePosts: 'No more posts.',
    showNewPosts: (count) =>
      plural('en', count, { one: 'Show {n} new post', other: 'Show {n} new posts' }),
    newPostsAvailable: (count) =>
      plural('en', count, { one: '{n} new post available', other: '{n} new posts available' }),
    postInserted: 'New post added at the top',
    empty: 'No posts yet.',
    noMatches: 'No posts match the filters.',
    endOfFeed: 'End of the feed',
    skipFeed: 'Skip past the feed',
    sources: 'Sources',
    postLabel: (author, time) => `${author}, ${time}`,
    sourceFailed: (source) => `Could not load ${source}.`,
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'It took too long to answer.';
        case 'network':
          return 'It could not be reached.';
        case 'http':
          return status === undefined
            ? 'The server answered with an error.'
            : `The server answered with error ${status}.`;
        case 'rate-limit':
          return 'It is receiving too many requests. Try again later.';
        case 'parse':
          return 'It sent something that is not a feed this page can read.';
        case 'url':
          return 'Its address is not valid.';
        default:
          return 'Something went wrong.';
      }
    },
    details: 'Details',
    retry: 'Retry',
  },
  de: {
    feed: 'Beiträge',
    loading: 'Beiträge werden geladen …',
    loadMore: 'Weitere Beiträge laden',
    loadingMore: 'Wird geladen …',
    morePostsLoaded: (count) =>
      plural('de', count, {
        one: '{n} weiterer Beitrag geladen',
        other: '{n} weitere Beiträge geladen',
      }),
    noMorePosts: 'Keine weiteren Beiträge.',
    showNewPosts: (count) =>
      plural('de', count, {
        one: '{n} neuen Beitrag anzeigen',
        other: '{n} neue Beiträge anzeigen',
      }),
    newPostsAvailable: (count) =>
      plural('de', count, {
        one: '{n} neuer Beitrag verfügbar',
        other: '{n} neue Beiträge verfügbar',
      }),
    postInserted: 'Neuer Beitrag oben eingefügt',
    empty: 'Noch keine Beiträge.',
    noMatches: 'Keine Beiträge entsprechen den Filtern.',
    endOfFeed: 'Ende des Feeds',
    skipFeed: 'Feed überspringen',
    sources: 'Quellen',
    postLabel: (author, time) => `${author}, ${time}`,
    sourceFailed: (source) => `${source} konnte nicht geladen werden.`,
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'Die Antwort hat zu lange gedauert.';
        case 'network':
          return 'Die Quelle war nicht erreichbar.';
        case 'http':
          return status === undefined
            ? 'Der Server antwortete mit einem Fehler.'
            : `Der Server antwortete mit Fehler ${status}.`;
        case 'rate-limit':
          return 'Die Quelle erhält zu viele Anfragen. Versuche es später erneut.';
        case 'parse':
          return 'Die Antwort ist kein Feed, den diese Seite lesen kann.';
        case 'url':
          return 'Die Adresse ist ungültig.';
        default:
          return 'Etwas ist schiefgelaufen.';
      }
    },
    details: 'Details',
    retry: 'Erneut versuchen',
  },
  ja: {
    feed: '投稿',
    loading: '投稿を読み込み中…',
    loadMore: 'さらに投稿を読み込む',
    loadingMore: '読み込み中…',
    morePostsLoaded: (count) => plural('ja', count, { other: 'さらに{n}件の投稿を読み込みました' }),
    noMorePosts: 'これ以上の投稿はありません。',
    showNewPosts: (count) => plural('ja', count, { other: '新しい投稿を{n}件表示' }),
    newPostsAvailable: (count) => plural('ja', count, { other: '新しい投稿が{n}件あります' }),
    postInserted: '新しい投稿を先頭に追加しました',
    empty: 'まだ投稿はありません。',
    noMatches: 'フィルターに一致する投稿はありません。',
    endOfFeed: 'フィードの終わり',
    skipFeed: 'フィードをスキップ',
    sources: '情報源',
    postLabel: (author, time) => `${author}、${time}`,
    sourceFailed: (source) => `${source}を読み込めませんでした。`,
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return '応答に時間がかかりすぎました。';
        case 'network':
          return '接続できませんでした。';
        case 'http':
          return status === undefined
            ? 'サーバーがエラーを返しました。'
            : `サーバーがエラー ${status} を返しました。`;
        case 'rate-limit':
          return 'リクエストが多すぎます。しばらくしてから再試行してください。';
        case 'parse':
          return 'このページで読める形式のフィードではありませんでした。';
        case 'url':
          return 'アドレスが無効です。';
        default:
          return '問題が発生しました。';
      }
    },
    details: '詳細',
    retry: '再試行',
  },
  ar: {
    feed: 'المنشورات',
    loading: 'جارٍ تحميل المنشورات…',
    loadMore: 'تحميل المزيد من المنشورات',
    loadingMore: 'جارٍ التحميل…',
    morePostsLoaded: (count) =>
      plural('ar', count, {
        zero: 'لم يُحمَّل أي منشور إضافي',
        one: 'حُمِّل منشور إضافي واحد',
        two: 'حُمِّل منشوران إضافيان',
        few: 'حُمِّلت {n} منشورات إضافية',
        many: 'حُمِّل {n} منشورًا إضافيًا',
        other: 'حُمِّل {n} منشور إضافي',
      }),
    noMorePosts: 'لا مزيد من المنشورات.',
    showNewPosts: (count) =>
      plural('ar', count, {
        zero: 'لا توجد منشورات جديدة',
        one: 'عرض منشور جديد واحد',
        two: 'عرض منشورَين جديدَين',
        few: 'عرض {n} منشورات جديدة',
        many: 'عرض {n} منشورًا جديدًا',
        other: 'عرض {n} منشور جديد',
      }),
    newPostsAvailable: (count) =>
      plural('ar', count, {
        zero: 'لا توجد منشورات جديدة',
        one: 'يتوفر منشور جديد واحد',
        two: 'يتوفر منشوران جديدان',
        few: 'تتوفر {n} منشورات جديدة',
        many: 'يتوفر {n} منشورًا جديدًا',
        other: 'يتوفر {n} منشور جديد',
      }),
    postInserted: 'أُضيف منشور جديد في الأعلى',
    empty: 'لا توجد منشورات بعد.',
    noMatches: 'لا توجد منشورات تطابق عوامل التصفية.',
    endOfFeed: 'نهاية الموجز',
    skipFeed: 'تخطي الموجز',
    sources: 'المصادر',
    postLabel: (author, time) => `${author}، ${time}`,
    sourceFailed: (source) => `تعذّر تحميل ${source}.`,
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'استغرق الرد وقتًا طويلًا.';
        case 'network':
          return 'تعذّر الوصول إليه.';
        case 'http':
          return status === undefined ? 'ردّ الخادم بخطأ.' : `ردّ الخادم بالخطأ ${status}.`;
        case 'rate-limit':
          return 'يتلقى طلبات كثيرة جدًا. حاول مرة أخرى لاحقًا.';
        case 'parse':
          return 'ما أرسله ليس موجزًا تستطيع هذه الصفحة قراءته.';
        case 'url':
          return 'عنوانه غير صالح.';
        default:
          return 'حدث خطأ ما.';
      }
    },
    details: 'التفاصيل',
    retry: 'إعادة المحاولة',
  },
});
