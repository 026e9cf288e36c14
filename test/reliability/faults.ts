/**
 * Shared pieces of the fault-injection tests: the fault modes, URLs on the fault server
 * (test/faults/server-plugin.mjs), healing, its log, and a watch for anything thrown uncaught.
 */
import type { SocialErrorEvent } from '../../src/events/error.js';
import { builtInTables } from '../../src/i18n/strings.js';
import {
  errorsEnglish,
  loadReasonText,
  type ErrorStrings,
  type LoadReason,
} from '../../src/i18n/tables/errors.js';
import { recordReliability } from './record.js';

/** Every fault the server injects, in the order the report lists them. */
export const MODES = [
  'slow',
  'hang',
  '404',
  '500',
  '503',
  '429',
  'redirect-loop',
  'wrong-type',
  'truncated',
  'bad-utf8',
  'huge',
  'wrong-shape',
  'html-error',
  'reset',
] as const;

export type Mode = (typeof MODES)[number];

/** How each mode reads in RELIABILITY.md. */
export const MODE_NAMES: Record<Mode, string> = {
  slow: 'slow response (past the timeout)',
  hang: 'hanging connection',
  '404': '404 Not Found',
  '500': '500 Internal Server Error',
  '503': '503 with Retry-After',
  '429': '429 with Retry-After',
  'redirect-loop': 'redirect loop',
  'wrong-type': 'wrong content type',
  truncated: 'truncated body',
  'bad-utf8': 'invalid UTF-8',
  huge: '50 MB body',
  'wrong-shape': 'JSON of the wrong shape',
  'html-error': 'HTML error page instead of JSON',
  reset: 'connection reset',
};

/** The element's request timeout for the slow and hanging modes: short, so tests stay fast. */
export const TIMEOUT = 400;

/**
 * The timeout an element gets for `mode`: {@link TIMEOUT} where waiting is the fault, else one
 * long enough that a loaded two-core machine never turns another fault into a timeout.
 */
export function timeoutFor(mode: Mode | 'ok'): number {
  return mode === 'slow' || mode === 'hang' ? TIMEOUT : 5000;
}

/** How long `slow` takes to answer: well past {@link TIMEOUT}. */
export const SLOW_MS = 1500;

let counter = 0;
/** A fresh key, so each test has its own fault state and log on the server. */
export function newKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${++counter}`;
}

/** A URL that answers like `target` would, with `mode` injected until `key` is healed. */
export function faultUrl(target: string, mode: Mode | 'ok', key: string): string {
  const extra = mode === 'slow' ? `&ms=${SLOW_MS}` : '';
  return `/test-faults/${target}/${mode}?key=${encodeURIComponent(key)}${extra}`;
}

/** From now on the server answers `key` with the healthy document. */
export async function heal(key: string): Promise<void> {
  await fetch(`/test-faults/heal?key=${encodeURIComponent(key)}`);
}

export interface FaultLog {
  count: number;
  requests: Array<{ method: string; path: string; body?: string }>;
  published: number;
  huge: Array<{ sent: number; closedEarly: boolean; finished: boolean }>;
}

/** What the server saw for `key`. */
export async function faultLog(key: string): Promise<FaultLog> {
  return (await (
    await fetch(`/test-faults/log?key=${encodeURIComponent(key)}`)
  ).json()) as FaultLog;
}

/**
 * The server's log once every 50 MB stream of `key` has ended one way or the other: it notices a
 * closed socket a moment after the browser closes it.
 */
export async function settledLog(key: string): Promise<FaultLog> {
  for (let tries = 0; tries < 60; tries++) {
    const log = await faultLog(key);
    if (log.huge.every((entry) => entry.closedEarly || entry.finished)) return log;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return faultLog(key);
}

/** Whether a 50 MB stream was cut well short by the reader. */
export function cutShort(log: FaultLog): boolean {
  return (
    log.huge.length > 0 &&
    log.huge.every((entry) => entry.closedEarly && !entry.finished && entry.sent < 20 * 1024 * 1024)
  );
}

/**
 * Collects every uncaught error and unhandled rejection on the page until `stop()`. The
 * ResizeObserver loop notice is the browser's, not a thrown error, and is left out.
 */
export function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (String(event.message).includes('ResizeObserver loop')) return;
    errors.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    errors.push(
      `unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`,
    );
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Waits until `check` holds, polling; rejects with `message` after `ms`. */
export async function until(check: () => unknown, message: string, ms = 6000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The text of an element, whitespace collapsed. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a reader should be told for each mode: the shared reason, or that the content shows. */
export type Expected =
  { outcome: 'error'; reason: LoadReason | 'not-found'; status?: number } | { outcome: 'content' };

/**
 * The expected outcome of each mode for a document read through `load()`. A wrong content type
 * with a readable body is read anyway (servers often mislabel JSON), and invalid UTF-8 inside
 * strings becomes U+FFFD, as browsers decode it: both show the content.
 */
export function expectedFor(mode: Mode): Expected {
  switch (mode) {
    case 'slow':
    case 'hang':
      return { outcome: 'error', reason: 'timeout' };
    case '404':
      return { outcome: 'error', reason: 'http', status: 404 };
    case '500':
      return { outcome: 'error', reason: 'http', status: 500 };
    case '503':
      return { outcome: 'error', reason: 'http', status: 503 };
    case '429':
      return { outcome: 'error', reason: 'rate-limit' };
    case 'redirect-loop':
    case 'truncated':
    case 'reset':
      return { outcome: 'error', reason: 'network' };
    case 'huge':
      return { outcome: 'error', reason: 'too-large' };
    case 'wrong-shape':
    case 'html-error':
      return { outcome: 'error', reason: 'parse' };
    case 'wrong-type':
    case 'bad-utf8':
      return { outcome: 'content' };
  }
}

/** The sentence the shared table (English unless given) has for an expected error. */
export function reasonText(
  expected: Expected,
  notFound: string,
  strings: ErrorStrings = errorsEnglish(),
): string {
  if (expected.outcome !== 'error') return '';
  if (expected.reason === 'not-found') return notFound;
  return loadReasonText(strings, expected.reason, expected.status);
}

/** The first of `social-error` or `social-load` on `el` (matching `filter`), as an outcome. */
export function firstOutcome(
  el: EventTarget,
  filter: (event: Event) => boolean = () => true,
  ms = 8000,
): Promise<{ type: 'error'; error: Error } | { type: 'load' } | { type: 'none' }> {
  return new Promise((resolve) => {
    const done = (value: { type: 'error'; error: Error } | { type: 'load' } | { type: 'none' }) => {
      el.removeEventListener('social-error', onError);
      el.removeEventListener('social-load', onLoad);
      clearTimeout(timer);
      resolve(value);
    };
    const onError = (event: Event) => {
      if (filter(event)) done({ type: 'error', error: (event as SocialErrorEvent).error });
    };
    const onLoad = (event: Event) => {
      if (filter(event)) done({ type: 'load' });
    };
    const timer = setTimeout(() => done({ type: 'none' }), ms);
    el.addEventListener('social-error', onError);
    el.addEventListener('social-load', onLoad);
  });
}

type Outcome = Awaited<ReturnType<typeof firstOutcome>>;

/** How one element (or one way of pointing it at data) is driven through every mode. */
export interface FaultDriver {
  /** The column in RELIABILITY.md. */
  column: string;
  /**
   * Puts the element on the page inside `[lang=lang]`, its data at the fault URL of `mode`,
   * with listeners first.
   */
  mount(
    mode: Mode,
    key: string,
    lang: string,
  ): Promise<{ el: HTMLElement; outcome: Promise<Outcome> }>;
  /** The next outcome of the faulty document (after a retry). */
  next(el: HTMLElement): Promise<Outcome>;
  /** The block that tells the reader about the failure. */
  errorBlock(el: HTMLElement): Element | null;
  /** Its retry button. */
  retryButton(el: HTMLElement): HTMLElement | null;
  /** The text of the faulty document's content on screen, '' when none shows. */
  content(el: HTMLElement): string;
  /** Whether the other sources still show (for elements with several). */
  othersShown?(el: HTMLElement): boolean;
  /** The element's "no such account" sentence, for 404s that mean that. */
  notFound?: string;
  /** Whether the faulty document's text shows (so invalid UTF-8 must show as U+FFFD); default true. */
  showsFaultyText?: boolean;
  /** Overrides of {@link expectedFor} for this element. */
  expected?: Partial<Record<Mode, Expected>>;
}

/**
 * One mode through one element: the reader is told clearly (or sees the content, for faults that
 * leave it readable), nothing is thrown uncaught, the other sources stay, a 50 MB body is cut at
 * the cap, and once the server heals, Retry shows the content. Returns what held, for the report.
 */
export async function runFault(driver: FaultDriver, mode: Mode, lang = 'en'): Promise<string> {
  const strings = lang === 'en' ? errorsEnglish() : (await builtInTables(lang)).errors;
  const key = newKey(driver.column.replace(/\W+/g, '-'));
  const expected = driver.expected?.[mode] ?? expectedFor(mode);
  const watch = watchUncaught();
  const fail = (message: string) => new Error(`${driver.column}, ${mode}: ${message}`);
  try {
    const { el, outcome } = await driver.mount(mode, key, lang);
    const first = await outcome;
    if (expected.outcome === 'content') {
      if (first.type !== 'load') throw fail(`expected the content, got ${outcomeText(first)}`);
      await until(() => driver.content(el), 'the content to show');
      if (
        mode === 'bad-utf8' &&
        driver.showsFaultyText !== false &&
        !driver.content(el).includes('\uFFFD')
      ) {
        throw fail('invalid UTF-8 was not shown as U+FFFD');
      }
      if (driver.errorBlock(el)) throw fail('an error shows next to the content');
    } else {
      if (first.type !== 'error') throw fail(`expected an error, got ${outcomeText(first)}`);
      await until(() => driver.errorBlock(el), 'the error block');
      const words = reasonText(expected, driver.notFound ?? '', strings);
      // A language other than English arrives in its own chunk, and the element re-renders.
      try {
        await until(() => textOf(driver.errorBlock(el)).includes(words), 'the reason', 3000);
      } catch {
        throw fail(`the error says "${textOf(driver.errorBlock(el))}", not "${words}"`);
      }
      if (driver.content(el)) throw fail('content shows next to the error');
      if (driver.othersShown) await until(() => driver.othersShown!(el), 'the other sources');
      if (mode === 'huge' && !cutShort(await settledLog(key))) {
        throw fail('the 50 MB body was not cut short at the cap');
      }
      await heal(key);
      const again = driver.next(el);
      const retry = driver.retryButton(el);
      if (!retry) throw fail('no retry button');
      retry.click();
      const second = await again;
      if (second.type !== 'load') throw fail(`Retry after healing gave ${outcomeText(second)}`);
      await until(() => driver.content(el) && !driver.errorBlock(el), 'the content after Retry');
      if (driver.othersShown && !driver.othersShown(el)) throw fail('the other sources are gone');
    }
    // Late failures (a rejected promise after the outcome) get a moment to surface.
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (watch.errors.length > 0) throw fail(`uncaught: ${watch.errors.join('; ')}`);
    return expected.outcome === 'content'
      ? 'content shown'
      : `"${reasonText(expected, driver.notFound ?? '', strings)}" + Retry`;
  } finally {
    watch.stop();
  }
}

function outcomeText(outcome: Outcome): string {
  if (outcome.type === 'error') {
    const kind = (outcome.error as Error & { kind?: string }).kind;
    return `error ${kind ?? outcome.error.name}: ${outcome.error.message}`;
  }
  return outcome.type === 'load' ? 'the content' : 'nothing within 8 s';
}

/**
 * Every mode of the fault server against one driver, plus two modes on a German page; each
 * outcome is recorded for test/RELIABILITY.md, held or not.
 */
export function describeFaults(driver: FaultDriver): void {
  const attempt = (mode: Mode, name: string, lang?: string) =>
    it(name, async () => {
      let detail = '';
      try {
        detail = await runFault(driver, mode, lang);
      } finally {
        await recordReliability({
          area: 'faults',
          name: lang ? `${MODE_NAMES[mode]}, on a German page` : MODE_NAMES[mode],
          element: driver.column,
          cases: 1,
          held: detail !== '',
          ...(detail ? { detail } : {}),
        });
      }
    });
  describe(`faults: <${driver.column}>`, () => {
    for (const mode of MODES) attempt(mode, `handles a ${MODE_NAMES[mode]}`);
    for (const mode of ['503', 'huge'] as const)
      attempt(mode, `tells a ${MODE_NAMES[mode]} in the reader's language (German)`, 'de');
  });
}
