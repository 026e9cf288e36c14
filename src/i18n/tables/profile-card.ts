/** Strings of `<social-profile-card>` and the hover cards: identity, counts, copy, follow, states. */
import { formatNumber, pluralCategory } from '../format.js';
import { defineStrings } from '../strings.js';

/** Why a profile could not be shown, as readers are told (the technical cause is apart). */
export type ProfileErrorReason =
  | 'timeout'
  | 'network'
  | 'http'
  | 'rate-limit'
  | 'parse'
  | 'url'
  | 'not-found'
  | 'handle'
  | 'other';

export interface ProfileCardStrings {
  /** Alternative text of an avatar image, given the person's name. */
  avatarOf: (name: string) => string;
  /** Accessible name of the card (and of a hover card), given the person's name. */
  profileOf: (name: string) => string;
  /** Accessible name of the button that copies the handle. */
  copyHandle: (handle: string) => string;
  /** Said (politely) and shown after the handle was copied. */
  copied: string;
  /** Said and shown when the clipboard refused; the handle is selected instead. */
  copyFailed: string;
  /** Accessible name of the list of profile fields. */
  fields: string;
  /** Accessible name of the list of links the person claims (rel=me). */
  links: string;
  /** The visible mark of a verified link. */
  verified: string;
  /** Said after a verified link and shown as its tooltip; `date` is formatted. */
  verifiedOn: (date: string) => string;
  /** Accessible name of the row of counts. */
  counts: string;
  /** Visible words under the compact numbers. */
  followers: string;
  following: string;
  posts: string;
  /** The full counts, for screen readers. */
  followersCount: (count: number) => string;
  followingCount: (count: number) => string;
  postsCount: (count: number) => string;
  /** Badge of an automated account. */
  bot: string;
  /** Badge of an account that approves each follower. */
  locked: string;
  /** When the account was created; `date` is month and year, formatted. */
  joined: (date: string) => string;
  /** The follow action; the person's name follows it, hidden, in its accessible name. */
  follow: string;
  /** A suspended account. */
  suspended: string;
  /** What that means for the reader. */
  suspendedDetail: string;
  /** An account with nothing to show. */
  empty: string;
  /** Link to the profile on its own site, in the suspended and empty states. */
  viewProfile: string;
  /** Said while the profile loads. */
  loading: string;
  /** First line of the error state. */
  loadFailed: string;
  /** Second line: why, in words a reader understands; `status` for `http`. */
  reason: (reason: ProfileErrorReason, status?: number) => string;
  /** Disclosure that holds the technical cause. */
  details: string;
  /** Loads the profile again. */
  retry: string;
}

/** Plural forms by category; Arabic uses all six, Japanese only `other`. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[pluralCategory(count, locale)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, locale));
}

export const profileCardStrings = defineStrings<ProfileCardStrings>('profile-card', {
  en: {
    avatarOf: (name) => `Avatar of ${name}`,
    profileOf: (name) => `Profile of ${name}`,
    copyHandle: (handle) => `Copy ${handle}`,
    copied: 'Handle copied',
    copyFailed: 'Could not copy. The handle is selected: copy it yourself.',
    fields: 'About',
    links: 'Links',
    verified: 'Verified',
    verifiedOn: (date) => `Link verified on ${date}`,
    counts: 'Activity',
    followers: 'Followers',
    following: 'Following',
    posts: 'Posts',
    followersCount: (count) => plural('en', count, { one: '{n} follower', other: '{n} followers' }),
    followingCount: (count) => `Following ${formatNumber(count, 'en')}`,
    postsCount: (count) => plural('en', count, { one: '{n} post', other: '{n} posts' }),
    bot: 'Automated',
    locked: 'Approves followers',
    joined: (date) => `Joined ${date}`,
    follow: 'Follow',
    suspended: 'This account has been suspended.',
    suspendedDetail: 'Its profile and posts are no longer available.',
    empty: 'This profile has nothing to show yet.',
    viewProfile: 'View profile',
    loading: 'Loading profile…',
    loadFailed: 'This profile could not be loaded.',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'The server took too long to answer.';
        case 'network':
          return 'The server could not be reached. Check your connection.';
        case 'http':
          return `The server answered with an error${status ? ` (${status})` : ''}.`;
        case 'rate-limit':
          return 'The server is busy. Try again in a moment.';
        case 'parse':
          return 'The server sent something that is not a profile.';
        case 'url':
          return 'The profile address is not valid.';
        case 'not-found':
          return 'There is no such account.';
        case 'handle':
          return 'The handle could not be looked up.';
        default:
          return 'Something went wrong.';
      }
    },
    details: 'Details',
    retry: 'Try again',
  },
  de: {
    avatarOf: (name) => `Profilbild von ${name}`,
    profileOf: (name) => `Profil von ${name}`,
    copyHandle: (handle) => `${handle} kopieren`,
    copied: 'Handle kopiert',
    copyFailed: 'Kopieren nicht möglich. Das Handle ist markiert: Bitte selbst kopieren.',
    fields: 'Über',
    links: 'Links',
    verified: 'Verifiziert',
    verifiedOn: (date) => `Link verifiziert am ${date}`,
    counts: 'Aktivität',
    followers: 'Follower',
    following: 'Folgt',
    posts: 'Beiträge',
    followersCount: (count) => plural('de', count, { one: '{n} Follower', other: '{n} Follower' }),
    followingCount: (count) => `Folgt ${formatNumber(count, 'de')}`,
    postsCount: (count) => plural('de', count, { one: '{n} Beitrag', other: '{n} Beiträge' }),
    bot: 'Automatisiert',
    locked: 'Bestätigt Follower',
    joined: (date) => `Dabei seit ${date}`,
    follow: 'Folgen',
    suspended: 'Dieses Konto wurde gesperrt.',
    suspendedDetail: 'Profil und Beiträge sind nicht mehr verfügbar.',
    empty: 'Dieses Profil zeigt noch nichts.',
    viewProfile: 'Profil ansehen',
    loading: 'Profil wird geladen …',
    loadFailed: 'Dieses Profil konnte nicht geladen werden.',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'Der Server hat zu lange nicht geantwortet.';
        case 'network':
          return 'Der Server war nicht erreichbar. Bitte die Verbindung prüfen.';
        case 'http':
          return `Der Server hat mit einem Fehler geantwortet${status ? ` (${status})` : ''}.`;
        case 'rate-limit':
          return 'Der Server ist ausgelastet. Bitte gleich noch einmal versuchen.';
        case 'parse':
          return 'Der Server hat etwas geschickt, das kein Profil ist.';
        case 'url':
          return 'Die Adresse des Profils ist ungültig.';
        case 'not-found':
          return 'Dieses Konto gibt es nicht.';
        case 'handle':
          return 'Das Handle konnte nicht nachgeschlagen werden.';
        default:
          return 'Etwas ist schiefgegangen.';
      }
    },
    details: 'Details',
    retry: 'Erneut versuchen',
  },
  ja: {
    avatarOf: (name) => `${name}のアバター`,
    profileOf: (name) => `${name}のプロフィール`,
    copyHandle: (handle) => `${handle}をコピー`,
    copied: 'ハンドルをコピーしました',
    copyFailed: 'コピーできませんでした。ハンドルを選択したので、手動でコピーしてください。',
    fields: '概要',
    links: 'リンク',
    verified: '認証済み',
    verifiedOn: (date) => `${date}にリンクを認証`,
    counts: 'アクティビティ',
    followers: 'フォロワー',
    following: 'フォロー',
    posts: '投稿',
    followersCount: (count) => plural('ja', count, { other: 'フォロワー{n}人' }),
    followingCount: (count) => plural('ja', count, { other: '{n}人をフォロー中' }),
    postsCount: (count) => plural('ja', count, { other: '投稿{n}件' }),
    bot: '自動化',
    locked: 'フォロー承認制',
    joined: (date) => `${date}に登録`,
    follow: 'フォロー',
    suspended: 'このアカウントは停止されています。',
    suspendedDetail: 'プロフィールと投稿は表示できません。',
    empty: 'このプロフィールにはまだ何もありません。',
    viewProfile: 'プロフィールを見る',
    loading: 'プロフィールを読み込み中…',
    loadFailed: 'プロフィールを読み込めませんでした。',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'サーバーの応答に時間がかかりすぎました。';
        case 'network':
          return 'サーバーに接続できませんでした。接続を確認してください。';
        case 'http':
          return `サーバーがエラーを返しました${status ? `（${status}）` : ''}。`;
        case 'rate-limit':
          return 'サーバーが混み合っています。少し待ってからもう一度お試しください。';
        case 'parse':
          return 'サーバーから届いたものはプロフィールではありません。';
        case 'url':
          return 'プロフィールのアドレスが正しくありません。';
        case 'not-found':
          return 'そのアカウントは存在しません。';
        case 'handle':
          return 'ハンドルを照会できませんでした。';
        default:
          return '問題が発生しました。';
      }
    },
    details: '詳細',
    retry: '再試行',
  },
  ar: {
    avatarOf: (name) => `الصورة الرمزية لـ${name}`,
    profileOf: (name) => `الملف الشخصي لـ${name}`,
    copyHandle: (handle) => `نسخ ${handle}`,
    copied: 'نُسخ المعرّف',
    copyFailed: 'تعذّر النسخ. المعرّف محدَّد: انسخه بنفسك.',
    fields: 'نبذة',
    links: 'روابط',
    verified: 'موثَّق',
    verifiedOn: (date) => `وُثّق الرابط في ${date}`,
    counts: 'النشاط',
    followers: 'المتابِعون',
    following: 'يتابع',
    posts: 'المنشورات',
    followersCount: (count) =>
      plural('ar', count, {
        zero: 'لا متابِعين',
        one: 'متابِع واحد',
        two: 'متابِعان',
        few: '{n} متابِعين',
        many: '{n} متابِعًا',
        other: '{n} متابِع',
      }),
    followingCount: (count) =>
      plural('ar', count, {
        zero: 'لا يتابع أحدًا',
        one: 'يتابع حسابًا واحدًا',
        two: 'يتابع حسابين',
        few: 'يتابع {n} حسابات',
        many: 'يتابع {n} حسابًا',
        other: 'يتابع {n} حساب',
      }),
    postsCount: (count) =>
      plural('ar', count, {
        zero: 'لا منشورات',
        one: 'منشور واحد',
        two: 'منشوران',
        few: '{n} منشورات',
        many: '{n} منشورًا',
        other: '{n} منشور',
      }),
    bot: 'حساب آلي',
    locked: 'يوافق على المتابِعين',
    joined: (date) => `انضم في ${date}`,
    follow: 'متابعة',
    suspended: 'عُلّق هذا الحساب.',
    suspendedDetail: 'لم يعد ملفه الشخصي ومنشوراته متاحة.',
    empty: 'لا يعرض هذا الملف الشخصي شيئًا بعد.',
    viewProfile: 'عرض الملف الشخصي',
    loading: 'جارٍ تحميل الملف الشخصي…',
    loadFailed: 'تعذّر تحميل هذا الملف الشخصي.',
    reason: (reason, status) => {
      switch (reason) {
        case 'timeout':
          return 'استغرق الخادم وقتًا طويلًا في الرد.';
        case 'network':
          return 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك.';
        case 'http':
          return `ردّ الخادم بخطأ${status ? ` (${status})` : ''}.`;
        case 'rate-limit':
          return 'الخادم مشغول. أعد المحاولة بعد قليل.';
        case 'parse':
          return 'أرسل الخادم شيئًا ليس ملفًا شخصيًا.';
        case 'url':
          return 'عنوان الملف الشخصي غير صالح.';
        case 'not-found':
          return 'لا يوجد حساب بهذا الاسم.';
        case 'handle':
          return 'تعذّر البحث عن المعرّف.';
        default:
          return 'حدث خطأ ما.';
      }
    },
    details: 'التفاصيل',
    retry: 'إعادة المحاولة',
  },
});
