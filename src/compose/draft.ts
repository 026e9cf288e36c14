/** The draft a person is writing, and its copy in local storage that survives reloads and failures. */
import { draftStorageKey } from './draft-key.js';

/** One image or video attached to a draft. */
export interface DraftMedia {
  /** A local identifier, stable for the life of the draft. */
  key: string;
  /** The file name, for labels ("Remove sunset.jpg"). */
  name: string;
  /** MIME type. */
  type: string;
  /** Size in bytes. */
  size: number;
  /** Alternative text written for it. */
  alt: string;
  /** Where the media endpoint stored it (Micropub `Location`, Mastodon `url`). */
  url?: string;
  /** The server's ID for it (Mastodon media ID). */
  id?: string;
  /** A small image to show while writing: the server's preview, when it gave one. */
  preview?: string;
  /** The alt text the server already has, so a changed one can be sent again (Mastodon). */
  uploadedAlt?: string;
}

/** Everything a person wrote, as the composer publishes it and as `social-submit` hands it over. */
export interface Draft {
  /** The post's text. */
  text: string;
  /** Content warning (Mastodon `spoiler_text`, Micropub `summary`); empty for none. */
  warning: string;
  /** Who may see it: `public`, `unlisted`, `private`, `direct`, or a host's own value. */
  audience: string;
  /** BCP 47 language tag of the text, when chosen. */
  language?: string;
  /** Uploaded media with their alt text. */
  media: DraftMedia[];
  /** Micropub syndication targets (`mp-syndicate-to`) picked from the server's list. */
  syndicateTo?: string[];
  /** Micropub categories (tags). */
  categories?: string[];
  /**
   * The key that makes a retried publish safe (Mastodon `Idempotency-Key`): chosen at the first
   * try and kept until the server confirms, across failures and reloads. The composer makes it
   * `<random>.<digest of what is sent>`, so an edited draft is posted as a new status instead of
   * being answered with the one an earlier, lost try created.
   */
  idempotencyKey?: string;
}

/** An empty draft. */
export function emptyDraft(audience = 'public'): Draft {
  return { text: '', warning: '', audience, media: [] };
}

/** Whether a draft holds nothing a person would miss. */
export function isDraftEmpty(draft: Draft): boolean {
  return draft.text.trim() === '' && draft.warning.trim() === '' && draft.media.length === 0;
}

/** A fresh idempotency key (a random UUID). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // Non-secure contexts have no randomUUID: getRandomValues is enough for a key that only has to be unique.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What happened to the last save, so the composer can say when drafts are not being kept. */
export type SaveOutcome = 'saved' | 'cleared' | 'unavailable' | 'full';

/**
 * Keeps one draft in local storage under a key the site chooses (`draft-key`). Storage may be
 * missing (privacy modes, sandboxed frames), blocked, full or hold something else under the key:
 * every method then fails quietly and says so through its result, never by throwing.
 */
export class DraftStore {
  readonly key: string;
  readonly #storage: Storage | undefined;

  /** `storage` defaults to `localStorage`; `null` keeps nothing (for tests and private modes). */
  constructor(key: string, storage: Storage | null = localStorageOrNull()) {
    this.key = draftStorageKey(key);
    this.#storage = storage ?? undefined;
  }

  /** The saved draft, or undefined when there is none or it cannot be read. */
  load(): Draft | undefined {
    let raw: string | null;
    try {
      raw = this.#storage?.getItem(this.key) ?? null;
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    try {
      return reviveDraft(JSON.parse(raw));
    } catch {
      return undefined;
    }
  }

  /** Saves `draft`; an empty draft removes the saved one. */
  save(draft: Draft): SaveOutcome {
    if (!this.#storage) return 'unavailable';
    if (isDraftEmpty(draft) && !draft.idempotencyKey) return this.clear();
    try {
      this.#storage.setItem(this.key, JSON.stringify(draft));
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  }

  /** Forgets the saved draft: only once the server confirmed the post. */
  clear(): SaveOutcome {
    try {
      this.#storage?.removeItem(this.key);
      return this.#storage ? 'cleared' : 'unavailable';
    } catch {
      return 'unavailable';
    }
  }
}

/** `localStorage`, or null where reading it throws (blocked cookies, opaque origins). */
function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optional = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** A stored draft checked field by field: storage is shared with the rest of the site. */
export function reviveDraft(value: unknown): Draft | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  const media = Array.isArray(data.media) ? data.media.flatMap(reviveMedia) : [];
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  const draft: Draft = {
    text: text(data.text),
    warning: text(data.warning),
    audience: text(data.audience) || 'public',
    media,
  };
  const language = optional(data.language);
  if (language) draft.language = language;
  const syndicateTo = strings(data.syndicateTo);
  if (syndicateTo.length) draft.syndicateTo = syndicateTo;
  const categories = strings(data.categories);
  if (categories.length) draft.categories = categories;
  const idempotencyKey = optional(data.idempotencyKey);
  if (idempotencyKey) draft.idempotencyKey = idempotencyKey;
  return draft;
}

function reviveMedia(value: unknown): DraftMedia[] {
  if (typeof value !== 'object' || value === null) return [];
  const data = value as Record<string, unknown>;
  const url = optional(data.url);
  const id = optional(data.id);
  // Only media the server holds can come back: a local file does not survive a reload.
  if (!url && !id) return [];
  const media: DraftMedia = {
    key: optional(data.key) ?? id ?? url ?? '',
    name: text(data.name),
    type: text(data.type),
    size: typeof data.size === 'number' && data.size >= 0 ? data.size : 0,
    alt: text(data.alt),
  };
  if (url) media.url = url;
  if (id) media.id = id;
  const preview = optional(data.preview);
  if (preview && /^https?:/i.test(preview)) media.preview = preview;
  const uploadedAlt = optional(data.uploadedAlt);
  if (uploadedAlt !== undefined) media.uploadedAlt = uploadedAlt;
  return [media];
}
