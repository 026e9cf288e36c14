/** Strings of `<social-composer>`. */
import type { PublishErrorReason } from '../../compose/errors.js';
import { formatNumber, pluralCategory } from '../format.js';
import { defineStrings } from '../strings.js';

export interface ComposerStrings {
  /** Accessible name of the text area. */
  label: string;
  /** Placeholder of the text area. */
  placeholder: string;
  /** The publish button. */
  submit: string;
  /** The publish button while a post is on its way. */
  publishing: string;
  /** Retries a failed publish. */
  retry: string;
  /** Said once the post is published. */
  posted: string;
  /** Link to the new post. */
  viewPost: string;
  /** Toggle button that shows the content warning field (pressed while it is shown). */
  addWarning: string;
  /** Label of the content warning field. */
  warningLabel: string;
  /** Placeholder of the content warning field. */
  warningPlaceholder: string;
  /** Label of the audience choice. */
  audience: string;
  /** Labels of the built-in audiences. */
  audiences: Record<'public' | 'unlisted' | 'private' | 'direct', string>;
  /** Label of the language choice. */
  language: string;
  /** Label of the group of syndication targets. */
  shareTo: string;
  /** Button that opens the file picker. */
  addMedia: string;
  /** Shown while files are dragged over the composer. */
  dropHint: string;
  /** Label of the list of attached media. */
  mediaList: string;
  /** Label of the alt text field of the nth file. */
  altLabel: (position: number, name: string) => string;
  /** Placeholder of an alt text field. */
  altPlaceholder: string;
  /** Removes one file. */
  removeMedia: (name: string) => string;
  /** Accessible name of an upload's progress bar. */
  uploading: (name: string) => string;
  /** An upload failed. */
  uploadFailed: (name: string) => string;
  /** Tries an upload again. */
  retryUpload: string;
  /** Publishing waits for uploads. */
  waitForUploads: string;
  /** Publishing needs alt text on every file. */
  altRequired: string;
  /** Too many files. */
  tooManyMedia: (max: number) => string;
  /** A file is too large; `size` is already formatted ("10 MB"). */
  tooLarge: (name: string, size: string) => string;
  /** A file is of a type the server does not take. */
  wrongType: (name: string) => string;
  /** Characters left before the limit. */
  charactersLeft: (count: number) => string;
  /** Characters over the limit. */
  charactersOver: (count: number) => string;
  /** Characters used when there is no limit. */
  charactersUsed: (count: number) => string;
  /** Over a byte limit (Bluesky) while under the character limit. */
  bytesOver: (limit: number) => string;
  /** Why publishing is blocked by the length. */
  tooLong: (over: number) => string;
  /** Why publishing is blocked when there is nothing to post. */
  empty: string;
  /** The browser is offline; nothing is lost. */
  offline: string;
  /** A publish is waiting for the connection to come back. */
  offlineQueued: string;
  /** A saved draft was put back. */
  restored: string;
  /** Drafts cannot be kept in this browser. */
  draftNotSaved: string;
  /** Words for each reason publishing failed. */
  errors: Record<PublishErrorReason, string>;
  /** After a timeout on a request without an idempotency key. */
  maybePosted: string;
  /** Introduces the server's own message. */
  serverSaid: string;
  /** Reminds that nothing was lost. */
  kept: string;
}

/** The plural form of `count` in `locale`, and the number written for that locale. */
function plural(locale: string, count: number): [Intl.LDMLPluralRule, string] {
  return [pluralCategory(count, locale), formatNumber(count, locale)];
}

/** Arabic has six plural forms; each message below spells all of them. */
type ArabicForms = Record<Intl.LDMLPluralRule, (n: string) => string>;
function arabic(count: number, forms: ArabicForms): string {
  const [rule, n] = plural('ar', count);
  return forms[rule](n);
}

export const composerStrings = defineStrings<ComposerStrings>('composer', {
  en: {
    label: 'Post text',
    placeholder: 'What’s on your mind?',
    submit: 'Post',
    publishing: 'Posting…',
    retry: 'Try again',
    posted: 'Posted.',
    viewPost: 'View post',
    addWarning: 'Add content warning',
    warningLabel: 'Content warning',
    warningPlaceholder: 'What is it about?',
    audience: 'Visibility',
    audiences: {
      public: 'Public',
      unlisted: 'Quiet public',
      private: 'Followers only',
      direct: 'Mentioned people only',
    },
    language: 'Language',
    shareTo: 'Also share to',
    addMedia: 'Add images',
    dropHint: 'Drop images to add them',
    mediaList: 'Attached images',
    altLabel: (position, name) => `Description of image ${position} (${name})`,
    altPlaceholder: 'Describe it for people who cannot see it',
    removeMedia: (name) => `Remove ${name}`,
    uploading: (name) => `Uploading ${name}`,
    uploadFailed: (name) => `Could not upload ${name}.`,
    retryUpload: 'Upload again',
    waitForUploads: 'Wait until the images have finished uploading.',
    altRequired: 'Describe every image before posting.',
    tooManyMedia: (max) => {
      const [rule, n] = plural('en', max);
      return `You can add up to ${n} ${rule === 'one' ? 'image' : 'images'}.`;
    },
    tooLarge: (name, size) => `${name} is too large: images can be up to ${size}.`,
    wrongType: (name) => `${name} is not a kind of image this site accepts.`,
    charactersLeft: (count) => {
      const [rule, n] = plural('en', count);
      return `${n} ${rule === 'one' ? 'character' : 'characters'} left`;
    },
    charactersOver: (count) => {
      const [rule, n] = plural('en', count);
      return `${n} ${rule === 'one' ? 'character' : 'characters'} over the limit`;
    },
    charactersUsed: (count) => {
      const [rule, n] = plural('en', count);
      return `${n} ${rule === 'one' ? 'character' : 'characters'}`;
    },
    bytesOver: (limit) =>
      `Too long to send: a post can take up to ${plural('en', limit)[1]} bytes.`,
    tooLong: (over) => {
      const [rule, n] = plural('en', over);
      return `Your post is ${n} ${rule === 'one' ? 'character' : 'characters'} too long. Shorten it to post.`;
    },
    empty: 'Write something before posting.',
    offline: 'You are offline. You can keep writing; nothing is lost.',
    offlineQueued: 'You are offline. Your post is kept and will be sent when you are back online.',
    restored: 'Your unsent draft was restored.',
    draftNotSaved: 'This browser is not keeping drafts: keep this page open until you have posted.',
    errors: {
      invalid_request: 'The server did not accept this post.',
      insufficient_scope: 'Your sign-in does not allow posting. Sign in again and allow posting.',
      unauthorized: 'You are not signed in, or your sign-in has expired. Sign in and try again.',
      forbidden: 'You are not allowed to post here.',
      'too-large': 'The post or one of its images is too large for the server.',
      'rate-limit': 'Too many posts in a short time. Wait a moment, then try again.',
      server: 'The server had a problem. Try again in a moment.',
      timeout: 'The server did not answer in time.',
      offline: 'You are offline.',
      network: 'Could not reach the server. Check your connection and try again.',
      unexpected: 'The server answered in a way this form does not understand.',
      config: 'This form is not set up to publish anywhere. Please tell the site owner.',
    },
    maybePosted: 'It may have been posted anyway: check before trying again.',
    serverSaid: 'The server said:',
    kept: 'Nothing you wrote is lost.',
  },
  de: {
    label: 'Beitragstext',
    placeholder: 'Was gibt’s Neues?',
    submit: 'Veröffentlichen',
    publishing: 'Wird veröffentlicht …',
    retry: 'Erneut versuchen',
    posted: 'Veröffentlicht.',
    viewPost: 'Beitrag ansehen',
    addWarning: 'Inhaltswarnung hinzufügen',
    warningLabel: 'Inhaltswarnung',
    warningPlaceholder: 'Worum geht es?',
    audience: 'Sichtbarkeit',
    audiences: {
      public: 'Öffentlich',
      unlisted: 'Still öffentlich',
      private: 'Nur Follower',
      direct: 'Nur erwähnte Personen',
    },
    language: 'Sprache',
    shareTo: 'Auch teilen auf',
    addMedia: 'Bilder hinzufügen',
    dropHint: 'Bilder hier ablegen, um sie hinzuzufügen',
    mediaList: 'Angehängte Bilder',
    altLabel: (position, name) => `Beschreibung von Bild ${position} (${name})`,
    altPlaceholder: 'Beschreibe es für Menschen, die es nicht sehen können',
    removeMedia: (name) => `${name} entfernen`,
    uploading: (name) => `${name} wird hochgeladen`,
    uploadFailed: (name) => `${name} konnte nicht hochgeladen werden.`,
    retryUpload: 'Erneut hochladen',
    waitForUploads: 'Warte, bis alle Bilder hochgeladen sind.',
    altRequired: 'Beschreibe vor dem Veröffentlichen jedes Bild.',
    tooManyMedia: (max) => {
      const [rule, n] = plural('de', max);
      return `Du kannst bis zu ${n} ${rule === 'one' ? 'Bild' : 'Bilder'} hinzufügen.`;
    },
    tooLarge: (name, size) => `${name} ist zu groß: Bilder dürfen höchstens ${size} groß sein.`,
    wrongType: (name) => `${name} ist keine Bildart, die diese Website annimmt.`,
    // "Zeichen" is the same in singular and plural.
    charactersLeft: (count) => `Noch ${plural('de', count)[1]} Zeichen`,
    charactersOver: (count) => `${plural('de', count)[1]} Zeichen über dem Limit`,
    charactersUsed: (count) => `${plural('de', count)[1]} Zeichen`,
    bytesOver: (limit) =>
      `Zu lang zum Senden: Ein Beitrag darf höchstens ${plural('de', limit)[1]} Bytes haben.`,
    tooLong: (over) =>
      `Dein Beitrag ist ${plural('de', over)[1]} Zeichen zu lang. Kürze ihn, um ihn zu veröffentlichen.`,
    empty: 'Schreib etwas, bevor du veröffentlichst.',
    offline: 'Du bist offline. Du kannst weiterschreiben; nichts geht verloren.',
    offlineQueued:
      'Du bist offline. Dein Beitrag bleibt erhalten und wird gesendet, sobald du wieder online bist.',
    restored: 'Dein nicht gesendeter Entwurf wurde wiederhergestellt.',
    draftNotSaved:
      'Dieser Browser speichert keine Entwürfe: Lass diese Seite offen, bis du veröffentlicht hast.',
    errors: {
      invalid_request: 'Der Server hat diesen Beitrag nicht angenommen.',
      insufficient_scope:
        'Deine Anmeldung erlaubt kein Veröffentlichen. Melde dich erneut an und erlaube das Veröffentlichen.',
      unauthorized:
        'Du bist nicht angemeldet oder deine Anmeldung ist abgelaufen. Melde dich an und versuche es erneut.',
      forbidden: 'Du darfst hier nicht veröffentlichen.',
      'too-large': 'Der Beitrag oder eines seiner Bilder ist für den Server zu groß.',
      'rate-limit':
        'Zu viele Beiträge in kurzer Zeit. Warte einen Moment und versuche es dann erneut.',
      server: 'Der Server hatte ein Problem. Versuche es gleich noch einmal.',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
      offline: 'Du bist offline.',
      network: 'Der Server war nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
      unexpected: 'Der Server hat auf eine Weise geantwortet, die dieses Formular nicht versteht.',
      config:
        'Dieses Formular ist nicht zum Veröffentlichen eingerichtet. Bitte sag der Betreiberin oder dem Betreiber der Website Bescheid.',
    },
    maybePosted:
      'Er wurde möglicherweise trotzdem veröffentlicht: Prüfe das, bevor du es erneut versuchst.',
    serverSaid: 'Der Server meldet:',
    kept: 'Nichts von dem, was du geschrieben hast, geht verloren.',
  },
  ar: {
    label: 'نص المنشور',
    placeholder: 'بمَ تفكر؟',
    submit: 'انشر',
    publishing: 'جارٍ النشر…',
    retry: 'أعد المحاولة',
    posted: 'تم النشر.',
    viewPost: 'اعرض المنشور',
    addWarning: 'أضف تحذيرًا من المحتوى',
    warningLabel: 'تحذير من المحتوى',
    warningPlaceholder: 'عمَّ يتحدث المنشور؟',
    audience: 'مستوى الظهور',
    audiences: {
      public: 'عام',
      unlisted: 'عام بهدوء',
      private: 'المتابعون فقط',
      direct: 'الأشخاص المذكورون فقط',
    },
    language: 'اللغة',
    shareTo: 'شارك أيضًا على',
    addMedia: 'أضف صورًا',
    dropHint: 'أفلت الصور هنا لإضافتها',
    mediaList: 'الصور المرفقة',
    altLabel: (position, name) => `وصف الصورة ${plural('ar', position)[1]} (${name})`,
    altPlaceholder: 'صِفها لمن لا يستطيع رؤيتها',
    removeMedia: (name) => `أزل ${name}`,
    uploading: (name) => `جارٍ رفع ${name}`,
    uploadFailed: (name) => `تعذّر رفع ${name}.`,
    retryUpload: 'أعد الرفع',
    waitForUploads: 'انتظر حتى يكتمل رفع الصور.',
    altRequired: 'صِف كل صورة قبل النشر.',
    tooManyMedia: (max) =>
      arabic(max, {
        zero: () => 'لا يمكنك إضافة صور.',
        one: () => 'يمكنك إضافة صورة واحدة فقط.',
        two: () => 'يمكنك إضافة صورتين كحد أقصى.',
        few: (n) => `يمكنك إضافة ${n} صور كحد أقصى.`,
        many: (n) => `يمكنك إضافة ${n} صورة كحد أقصى.`,
        other: (n) => `يمكنك إضافة ${n} صورة كحد أقصى.`,
      }),
    tooLarge: (name, size) => `${name} كبيرة جدًا: الحد الأقصى لحجم الصورة ${size}.`,
    wrongType: (name) => `${name} ليست من أنواع الصور التي يقبلها هذا الموقع.`,
    charactersLeft: (count) =>
      arabic(count, {
        zero: () => 'لم يتبقَّ أي حرف',
        one: () => 'يتبقى حرف واحد',
        two: () => 'يتبقى حرفان',
        few: (n) => `يتبقى ${n} أحرف`,
        many: (n) => `يتبقى ${n} حرفًا`,
        other: (n) => `يتبقى ${n} حرف`,
      }),
    charactersOver: (count) =>
      arabic(count, {
        zero: () => 'لا تجاوز للحد',
        one: () => 'تجاوزت الحد بحرف واحد',
        two: () => 'تجاوزت الحد بحرفين',
        few: (n) => `تجاوزت الحد بـ ${n} أحرف`,
        many: (n) => `تجاوزت الحد بـ ${n} حرفًا`,
        other: (n) => `تجاوزت الحد بـ ${n} حرف`,
      }),
    charactersUsed: (count) =>
      arabic(count, {
        zero: () => 'لا أحرف',
        one: () => 'حرف واحد',
        two: () => 'حرفان',
        few: (n) => `${n} أحرف`,
        many: (n) => `${n} حرفًا`,
        other: (n) => `${n} حرف`,
      }),
    bytesOver: (limit) => `المنشور أطول من أن يُرسل: الحد الأقصى ${plural('ar', limit)[1]} بايت.`,
    tooLong: (over) =>
      arabic(over, {
        zero: () => 'منشورك أطول من المسموح. اختصره لتنشره.',
        one: () => 'منشورك أطول من المسموح بحرف واحد. اختصره لتنشره.',
        two: () => 'منشورك أطول من المسموح بحرفين. اختصره لتنشره.',
        few: (n) => `منشورك أطول من المسموح بـ ${n} أحرف. اختصره لتنشره.`,
        many: (n) => `منشورك أطول من المسموح بـ ${n} حرفًا. اختصره لتنشره.`,
        other: (n) => `منشورك أطول من المسموح بـ ${n} حرف. اختصره لتنشره.`,
      }),
    empty: 'اكتب شيئًا قبل النشر.',
    offline: 'أنت غير متصل. يمكنك متابعة الكتابة؛ لن يضيع شيء.',
    offlineQueued: 'أنت غير متصل. منشورك محفوظ وسيُرسل عند عودة الاتصال.',
    restored: 'استُعيدت مسودتك التي لم تُرسل.',
    draftNotSaved: 'هذا المتصفح لا يحفظ المسودات: أبقِ هذه الصفحة مفتوحة حتى تنشر.',
    errors: {
      invalid_request: 'لم يقبل الخادم هذا المنشور.',
      insufficient_scope: 'تسجيل دخولك لا يسمح بالنشر. سجّل الدخول مجددًا واسمح بالنشر.',
      unauthorized: 'لم تسجّل الدخول، أو انتهت صلاحية جلستك. سجّل الدخول وأعد المحاولة.',
      forbidden: 'لا يُسمح لك بالنشر هنا.',
      'too-large': 'المنشور أو إحدى صوره أكبر مما يقبله الخادم.',
      'rate-limit': 'منشورات كثيرة في وقت قصير. انتظر قليلًا ثم أعد المحاولة.',
      server: 'واجه الخادم مشكلة. أعد المحاولة بعد قليل.',
      timeout: 'لم يردّ الخادم في الوقت المحدد.',
      offline: 'أنت غير متصل.',
      network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وأعد المحاولة.',
      unexpected: 'ردّ الخادم بطريقة لا يفهمها هذا النموذج.',
      config: 'هذا النموذج غير مُعدّ للنشر. يُرجى إبلاغ صاحب الموقع.',
    },
    maybePosted: 'ربما نُشر رغم ذلك: تحقّق قبل أن تعيد المحاولة.',
    serverSaid: 'قال الخادم:',
    kept: 'لم يضِع شيء مما كتبته.',
  },
  ja: {
    label: '投稿の本文',
    placeholder: '今どうしてる？',
    submit: '投稿',
    publishing: '投稿中…',
    retry: '再試行',
    posted: '投稿しました。',
    viewPost: '投稿を見る',
    addWarning: '閲覧注意を追加',
    warningLabel: '閲覧注意',
    warningPlaceholder: '何についての投稿ですか？',
    audience: '公開範囲',
    audiences: {
      public: '公開',
      unlisted: 'ひかえめな公開',
      private: 'フォロワーのみ',
      direct: 'メンションした相手のみ',
    },
    language: '言語',
    shareTo: '同時に共有',
    addMedia: '画像を追加',
    dropHint: 'ここに画像をドロップして追加',
    mediaList: '添付した画像',
    altLabel: (position, name) => `画像${plural('ja', position)[1]}の説明（${name}）`,
    altPlaceholder: '見ることができない人のために説明してください',
    removeMedia: (name) => `${name}を削除`,
    uploading: (name) => `${name}をアップロード中`,
    uploadFailed: (name) => `${name}をアップロードできませんでした。`,
    retryUpload: 'もう一度アップロード',
    waitForUploads: '画像のアップロードが終わるまでお待ちください。',
    altRequired: '投稿する前に、すべての画像に説明を付けてください。',
    // Japanese has one plural form: the number alone carries the count.
    tooManyMedia: (max) => `画像は${plural('ja', max)[1]}枚まで追加できます。`,
    tooLarge: (name, size) => `${name}は大きすぎます。画像は${size}までです。`,
    wrongType: (name) => `${name}は、このサイトで使える種類の画像ではありません。`,
    charactersLeft: (count) => `残り${plural('ja', count)[1]}文字`,
    charactersOver: (count) => `${plural('ja', count)[1]}文字オーバー`,
    charactersUsed: (count) => `${plural('ja', count)[1]}文字`,
    bytesOver: (limit) => `長すぎて送信できません。投稿は${plural('ja', limit)[1]}バイトまでです。`,
    tooLong: (over) =>
      `投稿が${plural('ja', over)[1]}文字長すぎます。短くしてから投稿してください。`,
    empty: '投稿する前に何か書いてください。',
    offline: 'オフラインです。このまま書き続けても、内容は失われません。',
    offlineQueued: 'オフラインです。投稿は保存され、オンラインに戻ったときに送信されます。',
    restored: '送信していない下書きを復元しました。',
    draftNotSaved:
      'このブラウザーは下書きを保存していません。投稿が終わるまでこのページを開いたままにしてください。',
    errors: {
      invalid_request: 'サーバーはこの投稿を受け付けませんでした。',
      insufficient_scope:
        'ログインに投稿の権限がありません。もう一度ログインして、投稿を許可してください。',
      unauthorized:
        'ログインしていないか、ログインの有効期限が切れています。ログインしてから再試行してください。',
      forbidden: 'ここに投稿する権限がありません。',
      'too-large': '投稿または画像が、サーバーが受け付けるサイズを超えています。',
      'rate-limit': '短い時間に投稿が多すぎます。少し待ってから再試行してください。',
      server: 'サーバーで問題が起きました。少し待ってから再試行してください。',
      timeout: 'サーバーが時間内に応答しませんでした。',
      offline: 'オフラインです。',
      network: 'サーバーに接続できませんでした。接続を確認して再試行してください。',
      unexpected: 'サーバーの応答を、このフォームでは理解できませんでした。',
      config: 'このフォームは投稿先が設定されていません。サイトの管理者にお知らせください。',
    },
    maybePosted: 'それでも投稿されている可能性があります。再試行する前に確認してください。',
    serverSaid: 'サーバーからのメッセージ:',
    kept: '書いた内容は失われていません。',
  },
});
