/**
 * Counts what elements leave behind: timers and animation frames, observers, window and document
 * listeners, and fetches that neither finished nor were aborted. `instrument()` wraps the globals
 * until `restore()`; only what is created while it is installed is counted.
 */

export interface Leftovers {
  /** Timeouts neither run nor cleared, intervals not cleared, frames neither run nor cancelled. */
  timers: string[];
  /** Observers observing something and not disconnected. */
  observers: string[];
  /** Window and document listeners added and not removed. */
  listeners: string[];
  /** Fetches still pending whose signal was not aborted. */
  fetches: string[];
  /** How many fetches were started, and how many of them were aborted. */
  fetchCount: number;
  abortedCount: number;
}

export interface Instrument {
  /** What is left now. */
  leftovers(): Leftovers;
  restore(): void;
}

type Listener = EventListenerOrEventListenerObject;

/** Wraps the globals; call `restore()` in a `finally`. */
export function instrument(): Instrument {
  const restorers: Array<() => void> = [];

  // ——— timers ———
  const timeouts = new Map<number, string>();
  const intervals = new Map<number, string>();
  const frames = new Map<number, string>();
  type Timer = (handler: (...args: unknown[]) => void, ms?: number, ...rest: unknown[]) => number;
  type Clear = (id?: number) => void;
  const original = {
    setTimeout: window.setTimeout as unknown as Timer,
    clearTimeout: window.clearTimeout as Clear,
    setInterval: window.setInterval as unknown as Timer,
    clearInterval: window.clearInterval as Clear,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  const globals = window as unknown as Record<keyof typeof original, unknown>;
  const where = () => (new Error().stack ?? '').split('\n').slice(3, 5).join(' ').trim();
  globals.setTimeout = ((handler, ms, ...rest) => {
    const id = original.setTimeout.call(
      window,
      (...args: unknown[]) => {
        timeouts.delete(id);
        handler(...args);
      },
      ms,
      ...rest,
    );
    timeouts.set(id, `setTimeout(${ms ?? 0}) ${where()}`);
    return id;
  }) satisfies Timer;
  globals.clearTimeout = ((id) => {
    if (id !== undefined) timeouts.delete(id);
    original.clearTimeout.call(window, id);
  }) satisfies Clear;
  globals.setInterval = ((handler, ms, ...rest) => {
    const id = original.setInterval.call(window, handler, ms, ...rest);
    intervals.set(id, `setInterval(${ms ?? 0}) ${where()}`);
    return id;
  }) satisfies Timer;
  globals.clearInterval = ((id) => {
    if (id !== undefined) intervals.delete(id);
    original.clearInterval.call(window, id);
  }) satisfies Clear;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = original.requestAnimationFrame.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.set(id, `requestAnimationFrame ${where()}`);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame.call(window, id);
  };
  restorers.push(() => Object.assign(globals, original));

  // ——— observers ———
  const observing = new Map<object, { name: string; targets: Set<unknown> }>();
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Base = window[name] as unknown as {
      new (...args: never[]): {
        observe(target: unknown, options?: unknown): void;
        disconnect(): void;
        unobserve?(target: unknown): void;
      };
    };
    const Counted = class extends Base {
      override observe(target: unknown, options?: unknown): void {
        const entry = observing.get(this) ?? { name: `${name} ${where()}`, targets: new Set() };
        entry.targets.add(target);
        observing.set(this, entry);
        super.observe(target, options);
      }
      override unobserve(target: unknown): void {
        const entry = observing.get(this);
        entry?.targets.delete(target);
        if (entry && entry.targets.size === 0) observing.delete(this);
        super.unobserve?.(target);
      }
      override disconnect(): void {
        observing.delete(this);
        super.disconnect();
      }
    };
    Object.defineProperty(window, name, { value: Counted, configurable: true, writable: true });
    restorers.push(() =>
      Object.defineProperty(window, name, { value: Base, configurable: true, writable: true }),
    );
  }

  // ——— window and document listeners ———
  const listening = new Map<string, string>();
  let nextListenerId = 0;
  const ids = new WeakMap<object, number>();
  const idOf = (listener: Listener) => {
    let id = ids.get(listener);
    if (id === undefined) ids.set(listener, (id = ++nextListenerId));
    return id;
  };
  const captureOf = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : Boolean(options?.capture);
  for (const [label, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: Listener | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      add.call(this, type, listener as Listener, options);
      if (!listener) return;
      const key = `${label} ${type} #${idOf(listener)} ${captureOf(options)}`;
      if (typeof options === 'object' && options.signal?.aborted) return;
      listening.set(key, `${label}.addEventListener('${type}') ${where()}`);
      if (typeof options === 'object' && options.signal) {
        options.signal.addEventListener('abort', () => listening.delete(key), { once: true });
      }
      if (typeof options === 'object' && options.once) {
        // A once listener goes when it runs: a second once listener in the same phase says when.
        add.call(this, type, () => listening.delete(key), {
          once: true,
          capture: captureOf(options),
        });
      }
    } as typeof target.addEventListener;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: Listener | null,
      options?: boolean | EventListenerOptions,
    ) {
      remove.call(this, type, listener as Listener, options);
      if (listener) listening.delete(`${label} ${type} #${idOf(listener)} ${captureOf(options)}`);
    } as typeof target.removeEventListener;
    restorers.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }

  // ——— fetches ———
  const fetches = new Set<{ url: string; signal: AbortSignal | undefined; settled: boolean }>();
  let fetchCount = 0;
  const originalFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const entry = { url, signal: signal ?? undefined, settled: false };
    fetchCount++;
    fetches.add(entry);
    const promise = originalFetch.call(window, input, init);
    promise.then(
      () => (entry.settled = true),
      () => (entry.settled = true),
    );
    return promise;
  };
  restorers.push(() => (window.fetch = originalFetch));

  return {
    leftovers() {
      const all = [...fetches];
      return {
        timers: [...timeouts.values(), ...intervals.values(), ...frames.values()],
        observers: [...observing.values()].map((entry) => entry.name),
        listeners: [...listening.values()],
        fetches: all
          .filter((entry) => !entry.settled && !entry.signal?.aborted)
          .map((entry) => `fetch ${entry.url}`),
        fetchCount,
        abortedCount: all.filter((entry) => entry.signal?.aborted).length,
      };
    },
    restore() {
      for (const undo of restorers.reverse()) undo();
    },
  };
}

/** Waits for timers and frames that are due anyway, and for aborted requests to settle. */
export async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** The kinds of leftovers in a short summary, for messages and the report. */
export function summary(left: Leftovers): string {
  const parts = [
    ['timers', left.timers],
    ['observers', left.observers],
    ['listeners', left.listeners],
    ['pending fetches', left.fetches],
  ] as const;
  return parts
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => `${list.length} ${name} (${[...new Set(list)].slice(0, 3).join(' | ')})`)
    .join('; ');
}
