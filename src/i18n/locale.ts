/** Finds the language an element should speak: the closest `[lang]`, across shadow roots. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocale, onLocalesChange } from './strings.js';
import { watch } from './watch.js';

/**
 * Walks up from `node` through ancestors and shadow hosts to the nearest non-empty `lang`
 * attribute, then falls back to the browser's language and finally to English.
 */
export function resolveLocale(node: Element): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const tagged: Element | null = current.closest('[lang]');
      const lang = tagged?.getAttribute('lang')?.trim();
      if (lang) return canonical(lang) ?? 'en';
      if (tagged) {
        // lang="" means "unknown": keep looking above it.
        current = tagged.parentNode;
        continue;
      }
    }
    const root: Node = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return canonical(globalThis.navigator?.language ?? '') ?? 'en';
}

/** Returns the canonical form of a BCP 47 tag, or undefined when it is not one. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Whether a locale is written right to left, by its script. */
export function isRightToLeft(locale: string): boolean {
  try {
    const script = new Intl.Locale(locale).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script);
  } catch {
    return false;
  }
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** The connected hosts, re-rendered when any `lang` in the document changes. */
const localized = watch<ReactiveControllerHost>(
  () => document.documentElement,
  { attributes: true, attributeFilter: ['lang'], subtree: true },
  (host) => host.requestUpdate(),
);

// A site that registers a language after the elements rendered sees them switch to it.
onLocalesChange(localized.all);

/**
 * Gives its host the locale of the closest `[lang]` and re-renders it when any `lang` in the
 * document changes, through one observer shared by every element. Its host awaits `ready()` in
 * `scheduleUpdate()`, so it renders in a language only once that language's strings are here:
 * no English first, and the previous language stays on screen while the next one loads.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's current locale, resolved afresh on each call. */
  get locale(): string {
    return resolveLocale(this.#host);
  }

  /**
   * A promise while the strings of the host's language are loading, else undefined, so a host
   * that speaks English or a loaded language updates without waiting a microtask.
   */
  ready(): Promise<void> | undefined {
    return loadLocale(this.locale);
  }

  hostConnected(): void {
    localized.add(this.#host);
  }

  hostDisconnected(): void {
    localized.delete(this.#host);
  }
}
