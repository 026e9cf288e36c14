/** Applies the page's default preset, `<meta name="social-elements-theme" content="dim">`, to elements. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { presetNames, type PresetName } from './palette.js';

/** What the `theme` attribute accepts: a preset, or `auto` (the page's preset or `color-scheme`). */
export type ThemeName = 'auto' | PresetName;

/** The `name` of the `<meta>` that sets the page's default preset. */
export const themeMetaName = 'social-elements-theme';

function isPreset(value: string | null | undefined): value is PresetName {
  return (presetNames as readonly string[]).includes(value ?? '');
}

/** The preset the page's `<meta name="social-elements-theme">` names, if it names a known one. */
export function pageTheme(): PresetName | undefined {
  const content = document
    .querySelector(`meta[name="${themeMetaName}"]`)
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  return isPreset(content) ? content : undefined;
}

/**
 * Whether an element's own `theme` attribute, or that of a social element around it (a feed
 * around its posts), already chose a preset: those pass their tokens down, and the page's
 * preset must not give the inner element a different `color-scheme`.
 */
function chosenAbove(host: Element): boolean {
  let current: Element | null = host;
  while (current) {
    if (current.localName.startsWith('social-') && isPreset(current.getAttribute('theme'))) {
      return true;
    }
    const root: Node = current.getRootNode();
    current = current.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

type ThemedHost = ReactiveControllerHost & HTMLElement;

const themed = new Map<ThemedHost, ThemeController>();
let observer: MutationObserver | undefined;

function observeMeta(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // Only <head> holds <meta name>; a change to anything else there is cheap to ignore.
  observer = new MutationObserver(() => {
    for (const controller of themed.values()) controller.apply();
  });
  observer.observe(document.head, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['name', 'content'],
  });
}

/**
 * Gives its host the custom state `page-<preset>` while the page's meta names a preset and
 * nothing closer chose one, and follows changes to that meta through one observer shared by
 * every element. The styles in `tokens.ts` turn the state into fallback token values.
 */
export class ThemeController implements ReactiveController {
  readonly #host: ThemedHost;
  readonly #states: CustomStateSet;
  #current?: PresetName;

  constructor(host: ThemedHost, states: CustomStateSet) {
    this.#host = host;
    this.#states = states;
    host.addController(this);
  }

  /** Sets the state from the current meta; called on connect, update and meta changes. */
  apply(): void {
    const next = chosenAbove(this.#host) ? undefined : pageTheme();
    if (next === this.#current) return;
    if (this.#current) this.#states.delete(`page-${this.#current}`);
    if (next) this.#states.add(`page-${next}`);
    this.#current = next;
  }

  hostConnected(): void {
    themed.set(this.#host, this);
    observeMeta();
    this.apply();
  }

  hostUpdate(): void {
    // The `theme` attribute may have changed.
    this.apply();
  }

  hostDisconnected(): void {
    themed.delete(this.#host);
    if (themed.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

/**
 * The `theme` attribute: reflected only when it names a preset, so a page of posts does not
 * write `theme="auto"` on every one of them.
 */
export const themeAttribute = {
  fromAttribute: (value: string | null): ThemeName => (value as ThemeName | null) ?? 'auto',
  toAttribute: (value: ThemeName): string | null => (value === 'auto' ? null : value),
};
