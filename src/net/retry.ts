/** How long `load()` waits between tries: exponential backoff with jitter, and `Retry-After`. */

/** Statuses worth another try: the server may answer differently in a moment. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * The wait before try number `retry` (0 for the first retry): `base · 2^retry`, capped at `max`,
 * half of it fixed and half random ("equal jitter"), so clients that failed together spread out
 * without any of them hammering the server straight away.
 */
export function backoffDelay(
  retry: number,
  base: number,
  max: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(max, base * 2 ** retry);
  return exponential / 2 + (exponential / 2) * Math.min(1, Math.max(0, random()));
}

/**
 * A `Retry-After` value (delay seconds or an HTTP-date) as a point in time, or undefined when it is
 * missing or unreadable. A date in the past means "now".
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): Date | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return new Date(now + Number(trimmed) * 1000);
  // An HTTP-date always names a weekday and a month in letters: refuse bare numbers and the like.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  return new Date(Math.max(now, time));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
