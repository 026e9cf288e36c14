/** Strings of `<social-post>`: byline, content warning, media, lightbox, poll, counts, embed states. */
import { formatNumber, pluralCategory } from '../format.js';
import { defineStrings } from '../strings.js';

/** Why a standalone post could not be shown, as readers are told (the technical cause is apart). */
export type PostErrorReason =
  'timeout' | 'network' | 'http' | 'rate-limit' | 'parse' | 'url' | 'empty' | 'other';

export interface PostStrings {
  /** Alternative text of an avatar image, given the person's name. */
  avatarOf: (name: string) => string;
  /** Reveals text hidden behind a content warning. */
  showContent: string;
  /** Hides it again. */
  hideContent: string;
  /** Prefix that tells a screen reader the summary is a content warning. */
  contentWarning: string;
  /** Marks a post that was changed after publishing. */
  edited: string;
  /** Marks a post that was changed after publishing, with the full date of the change. */
  editedAt: (date: string) => string;
  /** Repost context; `{name}` is replaced by the reposter's name (which may hold custom emoji). */
  reposted: string;
  /** Reply context; `{name}` is replaced by the handle or name of the person replied to. */
  replyingTo: string;
  /** Reply context when the post replied to is not known by name. */
  replyingToPost: string;
  /** Marks a post the author pinned to their profile. */
  pinned: string;
  /** Hidden prefix of the source label ("Source: Colleagues"). */
  source: string;
  /** Says what covers media marked sensitive. */
  sensitiveMedia: string;
  /** Reveals media marked sensitive. */
  showMedia: string;
  /** Covers it again. */
  hideMedia: string;
  /** The visible text of the badge that shows an image description. */
  altBadge: string;
  /** Hidden words after the badge text, so its accessible name says what it does. */
  altBadgeLabel: string;
  /** Visible marker on an image that has no description. */
  noAltBadge: string;
  /** Accessible name of an image that has no description. */
  imageWithoutAlt: string;
  /** Hidden suffix of an image button: it opens a larger view. */
  openImage: string;
  /** Accessible name of the lightbox dialog. */
  lightbox: string;
  /** Closes the lightbox. */
  close: string;
  /** Shows the previous image in the lightbox. */
  previousImage: string;
  /** Shows the next image in the lightbox. */
  nextImage: string;
  /** "2 of 4" in the lightbox; the numbers come formatted. */
  imageCounter: (index: string, total: string) => string;
  /** Accessible name of a video without a description. */
  video: string;
  /** Accessible name of audio without a description. */
  audio: string;
  /** Starts a looping animation (a GIF sent as video). */
  playAnimation: string;
  /** Stops it. */
  pauseAnimation: string;
  /** Link from the thumbnail of a video this browser cannot play to the post. */
  watchOnSite: string;
  /** Link to an attachment of a kind the element cannot show. */
  openAttachment: string;
  /** Hidden lead-in of a quoted post. */
  quotedPost: string;
  /** Accessible name of the poll's results. */
  poll: string;
  /** How many people voted. */
  voters: (count: number) => string;
  /** How many votes were cast (when the voters are not counted). */
  votes: (count: number) => string;
  /** A poll that no longer takes votes. */
  pollClosed: string;
  /** When a running poll closes; `when` is a relative time such as "in 2 days". */
  pollEnds: (when: string) => string;
  /** Accessible name of the row of counts. */
  counts: string;
  replies: (count: number) => string;
  reposts: (count: number) => string;
  likes: (count: number) => string;
  /** Said while a standalone post loads. */
  loading: string;
  /** First line of the error state. */
  loadFailed: string;
  /** Second line: why, in words a reader understands; `status` for `http`. */
  reason: (reason: PostErrorReason, status?: number) => string;
  /** Disclosure that holds the technical cause. */
  details: string;
  /** Loads the post again. */
  retry: string;
}

/** Plural forms by category; Arabic uses all six, Japanese only `other`. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the form for `count` by the locale's plural rules, with the localized number for `{n}`. */
function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[pluralCategory(count, locale)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, locale));
}

export const postStrings = defineStrings<PostStrings>('post', {
  en: {
    avatarOf: (name) => `Avatar of ${name}`,
    showContent: 'Show more',
    hideContent: 'Show less',
    contentWarning: 'Content warning',
    edited: 'Edited',
    editedAt: (date) => `Edited ${date}`,
    reposted: '{name} reposted',
    replyingTo: 'Replying to {name}',
    replyingToPost: 'Replying to a post',
    pinned: 'Pinned',
    source: 'Source',
    sensitiveMedia: 'Sensitive media',
    showMedia: 'Show media',
    hideMedia: 'Hide media',
    altBadge: 'ALT',
    altBadgeLabel: 'image description',
    noAltBadge: 'No ALT',
    imageWithoutAlt: 'Image without description',
    openImage: 'open larger',
    lightbox: 'Image viewer',
    close: 'Close',
    previousImage: 'Previous image',
    nextImage: 'Next image',
    imageCounter: (index, total) => `${index} of ${total}`,
    video: 'Video',
    audio: 'Audio',
    playAnimation: 'Play animation',
    pauseAnimation: 'Pause animation',
    watchOnSite: 'Watch the video on the original site',
    openAttachment: 'Open attachment',
    quotedPost: 'Quoted post',
    poll: 'Poll results',
    voters: (count) => plural('en', count, { one: '{n} person voted', other: '{n} people voted' }),
    votes: (count) => plural('en', count, { one: '{n} vote', other: '{n} votes' }),
    pollClosed: 'Final results',
    pollEnds: (when) => `Ends ${when}`,
    counts: 'Reactions',
    replies: (count) => plural('en', count, { one: '{n} reply', other: '{n} replies' }),
    reposts: (count) => plural('en', count, { one: '{n} repost', other: '{n} reposts' }),
    likes: (count) => plural('en', count, { one: '{n} like', other: '{n} likes' }),
    loading: 'Loading post…',
    loadFailed: 'This post could not be loaded.',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'The server took too long to answer.';
        case 'network':
          return 'The server could not be reached.';
        case 'http':
          return `The server answered with error ${status ?? ''}.`.replace(' .', '.');
        case 'rate-limit':
          return 'The server is receiving too many requests. Try again later.';
        case 'parse':
          return 'The server sent something that is not a post.';
        case 'url':
          return 'The address of the post is not valid.';
        case 'empty':
          return 'The document holds no post.';
        default:
          return 'Something went wrong.';
      }
    },
    details: 'Details',
    retry: 'Try again',
  },
  de: {
    avatarOf: (name) => `Profilbild von ${name}`,
    showContent: 'Mehr anzeigen',
    hideContent: 'Weniger anzeigen',
    contentWarning: 'Inhaltswarnung',
    edited: 'Bearbeitet',
    editedAt: (date) => `Bearbeitet am ${date}`,
    reposted: '{name} hat geteilt',
    replyingTo: 'Antwort an {name}',
    replyingToPost: 'Antwort auf einen Beitrag',
    pinned: 'Angeheftet',
    source: 'Quelle',
    sensitiveMedia: 'Heikle Medien',
    showMedia: 'Medien anzeigen',
    hideMedia: 'Medien ausblenden',
    altBadge: 'ALT',
    altBadgeLabel: 'Bildbeschreibung',
    noAltBadge: 'Kein ALT',
    imageWithoutAlt: 'Bild ohne Beschreibung',
    openImage: 'vergrößert öffnen',
    lightbox: 'Bildansicht',
    close: 'Schließen',
    previousImage: 'Vorheriges Bild',
    nextImage: 'Nächstes Bild',
    imageCounter: (index, total) => `${index} von ${total}`,
    video: 'Video',
    audio: 'Audio',
    playAnimation: 'Animation abspielen',
    pauseAnimation: 'Animation anhalten',
    watchOnSite: 'Video auf der Originalseite ansehen',
    openAttachment: 'Anhang öffnen',
    quotedPost: 'Zitierter Beitrag',
    poll: 'Umfrageergebnis',
    voters: (count) =>
      plural('de', count, {
        one: '{n} Person hat abgestimmt',
        other: '{n} Personen haben abgestimmt',
      }),
    votes: (count) => plural('de', count, { one: '{n} Stimme', other: '{n} Stimmen' }),
    pollClosed: 'Endergebnis',
    pollEnds: (when) => `Endet ${when}`,
    counts: 'Reaktionen',
    replies: (count) => plural('de', count, { one: '{n} Antwort', other: '{n} Antworten' }),
    reposts: (count) => plural('de', count, { one: '{n}-mal geteilt', other: '{n}-mal geteilt' }),
    likes: (count) => plural('de', count, { one: '{n} Favorit', other: '{n} Favoriten' }),
    loading: 'Beitrag wird geladen …',
    loadFailed: 'Dieser Beitrag konnte nicht geladen werden.',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'Der Server hat zu lange nicht geantwortet.';
        case 'network':
          return 'Der Server war nicht erreichbar.';
        case 'http':
          return `Der Server hat mit Fehler ${status ?? ''} geantwortet.`.replace('  ', ' ');
        case 'rate-limit':
          return 'Der Server erhält zu viele Anfragen. Bitte später erneut versuchen.';
        case 'parse':
          return 'Der Server hat etwas gesendet, das kein Beitrag ist.';
        case 'url':
          return 'Die Adresse des Beitrags ist ungültig.';
        case 'empty':
          return 'Das Dokument enthält keinen Beitrag.';
        default:
          return 'Etwas ist schiefgelaufen.';
      }
    },
    details: 'Details',
    retry: 'Erneut versuchen',
  },
  ja: {
    avatarOf: (name) => `${name}のアバター`,
    showContent: 'もっと見る',
    hideContent: '隠す',
    contentWarning: '閲覧注意',
    edited: '編集済み',
    editedAt: (date) => `${date}に編集`,
    reposted: '{name}さんがリポスト',
    replyingTo: '{name}さんへの返信',
    replyingToPost: '投稿への返信',
    pinned: '固定された投稿',
    source: 'ソース',
    sensitiveMedia: 'センシティブなメディア',
    showMedia: 'メディアを表示',
    hideMedia: 'メディアを隠す',
    altBadge: 'ALT',
    altBadgeLabel: '画像の説明',
    noAltBadge: 'ALTなし',
    imageWithoutAlt: '説明のない画像',
    openImage: '拡大して開く',
    lightbox: '画像ビューアー',
    close: '閉じる',
    previousImage: '前の画像',
    nextImage: '次の画像',
    imageCounter: (index, total) => `${index} / ${total}`,
    video: '動画',
    audio: '音声',
    playAnimation: 'アニメーションを再生',
    pauseAnimation: 'アニメーションを一時停止',
    watchOnSite: '元のサイトで動画を見る',
    openAttachment: '添付ファイルを開く',
    quotedPost: '引用された投稿',
    poll: 'アンケートの結果',
    voters: (count) => plural('ja', count, { other: '{n}人が投票' }),
    votes: (count) => plural('ja', count, { other: '{n}票' }),
    pollClosed: '最終結果',
    pollEnds: (when) => `${when}に終了`,
    counts: 'リアクション',
    replies: (count) => plural('ja', count, { other: '返信{n}件' }),
    reposts: (count) => plural('ja', count, { other: 'リポスト{n}件' }),
    likes: (count) => plural('ja', count, { other: 'いいね{n}件' }),
    loading: '投稿を読み込んでいます…',
    loadFailed: 'この投稿を読み込めませんでした。',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'サーバーの応答に時間がかかりすぎました。';
        case 'network':
          return 'サーバーに接続できませんでした。';
        case 'http':
          return `サーバーがエラー${status ?? ''}を返しました。`;
        case 'rate-limit':
          return 'サーバーへのリクエストが多すぎます。しばらくしてからもう一度お試しください。';
        case 'parse':
          return 'サーバーから届いたのは投稿ではありませんでした。';
        case 'url':
          return '投稿のアドレスが正しくありません。';
        case 'empty':
          return 'ドキュメントに投稿が含まれていません。';
        default:
          return '問題が発生しました。';
      }
    },
    details: '詳細',
    retry: '再試行',
  },
  ar: {
    avatarOf: (name) => `الصورة الرمزية لـ ${name}`,
    showContent: 'عرض المزيد',
    hideContent: 'عرض أقل',
    contentWarning: 'تحذير من المحتوى',
    edited: 'معدّل',
    editedAt: (date) => `عُدّل في ${date}`,
    reposted: 'أعاد {name} النشر',
    replyingTo: 'ردًا على {name}',
    replyingToPost: 'ردًا على منشور',
    pinned: 'مثبّت',
    source: 'المصدر',
    sensitiveMedia: 'وسائط حساسة',
    showMedia: 'عرض الوسائط',
    hideMedia: 'إخفاء الوسائط',
    altBadge: 'ALT',
    altBadgeLabel: 'وصف الصورة',
    noAltBadge: 'بلا وصف',
    imageWithoutAlt: 'صورة بلا وصف',
    openImage: 'فتح بحجم أكبر',
    lightbox: 'عارض الصور',
    close: 'إغلاق',
    previousImage: 'الصورة السابقة',
    nextImage: 'الصورة التالية',
    imageCounter: (index, total) => `${index} من ${total}`,
    video: 'فيديو',
    audio: 'صوت',
    playAnimation: 'تشغيل الرسم المتحرك',
    pauseAnimation: 'إيقاف الرسم المتحرك مؤقتًا',
    watchOnSite: 'شاهد الفيديو على الموقع الأصلي',
    openAttachment: 'فتح المرفق',
    quotedPost: 'منشور مقتبس',
    poll: 'نتائج الاستطلاع',
    voters: (count) =>
      plural('ar', count, {
        zero: 'لم يصوّت أحد',
        one: 'صوّت شخص واحد',
        two: 'صوّت شخصان',
        few: 'صوّت {n} أشخاص',
        many: 'صوّت {n} شخصًا',
        other: 'صوّت {n} شخص',
      }),
    votes: (count) =>
      plural('ar', count, {
        zero: 'لا أصوات',
        one: 'صوت واحد',
        two: 'صوتان',
        few: '{n} أصوات',
        many: '{n} صوتًا',
        other: '{n} صوت',
      }),
    pollClosed: 'النتائج النهائية',
    pollEnds: (when) => `ينتهي ${when}`,
    counts: 'التفاعلات',
    replies: (count) =>
      plural('ar', count, {
        zero: 'لا ردود',
        one: 'رد واحد',
        two: 'ردّان',
        few: '{n} ردود',
        many: '{n} ردًا',
        other: '{n} رد',
      }),
    reposts: (count) =>
      plural('ar', count, {
        zero: 'لا إعادات نشر',
        one: 'إعادة نشر واحدة',
        two: 'إعادتا نشر',
        few: '{n} إعادات نشر',
        many: '{n} إعادة نشر',
        other: '{n} إعادة نشر',
      }),
    likes: (count) =>
      plural('ar', count, {
        zero: 'لا إعجابات',
        one: 'إعجاب واحد',
        two: 'إعجابان',
        few: '{n} إعجابات',
        many: '{n} إعجابًا',
        other: '{n} إعجاب',
      }),
    loading: 'جارٍ تحميل المنشور…',
    loadFailed: 'تعذّر تحميل هذا المنشور.',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'استغرق الخادم وقتًا طويلًا للرد.';
        case 'network':
          return 'تعذّر الوصول إلى الخادم.';
        case 'http':
          return `ردّ الخادم بالخطأ ${status ?? ''}.`.replace(' .', '.');
        case 'rate-limit':
          return 'يتلقى الخادم طلبات كثيرة جدًا. حاول مرة أخرى لاحقًا.';
        case 'parse':
          return 'أرسل الخادم شيئًا ليس منشورًا.';
        case 'url':
          return 'عنوان المنشور غير صالح.';
        case 'empty':
          return 'لا يحتوي المستند على أي منشور.';
        default:
          return 'حدث خطأ ما.';
      }
    },
    details: 'التفاصيل',
    retry: 'إعادة المحاولة',
  },
});
