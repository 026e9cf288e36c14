/** What the server says about itself: Micropub `q=config`, or a Mastodon instance's limits. */
import { load } from '../net/load.js';
import type { LoadFetch } from '../net/load.js';
import { absoluteUrl } from '../formats/util.js';
import { documentBase, mastodonBase } from './endpoints.js';

export { mastodonBase } from './endpoints.js';

/** Which protocol the composer speaks. */
export type PublishFormat = 'micropub' | 'mastodon' | 'json';

/** A Micropub syndication target (`syndicate-to` in `q=config`). */
export interface SyndicationTarget {
  uid: string;
  name: string;
}

/** What the server told about itself; every field is optional, as servers say little. */
export interface ServerConfig {
  /** Where media are uploaded. */
  mediaEndpoint?: string;
  /** Micropub syndication targets offered to the writer. */
  syndicateTo?: SyndicationTarget[];
  /** The longest post in characters (Mastodon `configuration.statuses.max_characters`). */
  maxCharacters?: number;
  /** How many media one post may carry. */
  maxMedia?: number;
  /** Largest image in bytes. */
  imageSizeLimit?: number;
  /** Largest video in bytes. */
  videoSizeLimit?: number;
  /** MIME types the server accepts. */
  mimeTypes?: string[];
}

export interface ConfigOptions {
  format: PublishFormat;
  token?: string;
  fetch?: LoadFetch;
  signal?: AbortSignal;
  timeout?: number;
}

/**
 * Asks the server at `action` how it is set up: Micropub `GET action?q=config`, Mastodon
 * `GET /api/v2/instance`. JSON publishing has no discovery and gives `{}`. Rejects with the
 * network layer's `LoadError`; callers treat that as "nothing known" and carry on.
 */
export async function fetchServerConfig(
  action: string,
  options: ConfigOptions,
): Promise<ServerConfig> {
  if (options.format === 'json') return {};
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const common = {
    headers,
    accept: 'application/json',
    cache: 'no-store' as const,
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  if (options.format === 'micropub') {
    const url = new URL(action, documentBase());
    url.searchParams.set('q', 'config');
    const result = await load(url.href, common);
    return readMicropubConfig(result.body, result.url);
  }
  const result = await load(new URL('api/v2/instance', mastodonBase(action)).href, common);
  return readMastodonInstance(result.body);
}

/** Reads a `q=config` answer; fields it cannot use are left out. */
export function readMicropubConfig(body: string, base: string): ServerConfig {
  const data = parseObject(body);
  const config: ServerConfig = {};
  const media = absoluteUrl(data['media-endpoint'], base);
  if (media) config.mediaEndpoint = media;
  const targets = Array.isArray(data['syndicate-to']) ? data['syndicate-to'] : [];
  const syndicateTo = targets.flatMap((target): SyndicationTarget[] => {
    if (typeof target !== 'object' || target === null) return [];
    const { uid, name } = target as Record<string, unknown>;
    if (typeof uid !== 'string' || uid.trim() === '') return [];
    return [{ uid, name: typeof name === 'string' && name.trim() ? name.trim() : uid }];
  });
  if (syndicateTo.length) config.syndicateTo = syndicateTo;
  return config;
}

/** Reads the limits out of a Mastodon `/api/v2/instance` answer. */
export function readMastodonInstance(body: string): ServerConfig {
  const data = parseObject(body);
  const configuration = record(data.configuration);
  const statuses = record(configuration.statuses);
  const media = record(configuration.media_attachments);
  const config: ServerConfig = {};
  const positive = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
  const maxCharacters = positive(statuses.max_characters);
  if (maxCharacters) config.maxCharacters = maxCharacters;
  const maxMedia = positive(statuses.max_media_attachments);
  if (maxMedia) config.maxMedia = maxMedia;
  const image = positive(media.image_size_limit);
  if (image) config.imageSizeLimit = image;
  const video = positive(media.video_size_limit);
  if (video) config.videoSizeLimit = video;
  if (Array.isArray(media.supported_mime_types)) {
    const types = media.supported_mime_types.filter(
      (type): type is string => typeof type === 'string',
    );
    if (types.length) config.mimeTypes = types;
  }
  return config;
}

function parseObject(body: string): Record<string, unknown> {
  try {
    return record(JSON.parse(body));
  } catch {
    return {};
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
