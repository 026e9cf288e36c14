/** Which files a post may carry: the limits and the check, apart from uploading so a page that never attaches pays little. */

export interface MediaLimits {
  /** How many files one post may carry. */
  maxCount: number;
  /** Largest file in bytes. */
  maxSize: number;
  /** Accepted MIME types; `image/*` style wildcards allowed. */
  types: string[];
}

/** Four images of up to 10 MB, in the formats every browser shows: what most servers take. */
export const DEFAULT_MEDIA_LIMITS: MediaLimits = {
  maxCount: 4,
  maxSize: 10 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'],
};

/** Why a file cannot be added. */
export type MediaProblem =
  | { reason: 'count'; limit: number }
  | { reason: 'size'; limit: number }
  | { reason: 'type'; types: string[] };

/** Whether `type` matches one of `accepted` (`image/png`, `image/*`, or `*` for anything). */
export function acceptsType(type: string, accepted: readonly string[]): boolean {
  const lower = type.toLowerCase();
  return accepted.some((pattern) => {
    const want = pattern.trim().toLowerCase();
    if (want === '*' || want === '*/*') return true;
    if (want.endsWith('/*')) return lower.startsWith(want.slice(0, -1));
    return lower === want;
  });
}

/** The first limit `file` breaks when it would be number `count + 1`, or undefined when it fits. */
export function checkMedia(
  file: Pick<File, 'type' | 'size'>,
  count: number,
  limits: MediaLimits,
): MediaProblem | undefined {
  if (count >= limits.maxCount) return { reason: 'count', limit: limits.maxCount };
  if (!file.type || !acceptsType(file.type, limits.types)) {
    return { reason: 'type', types: limits.types };
  }
  if (file.size > limits.maxSize) return { reason: 'size', limit: limits.maxSize };
  return undefined;
}
