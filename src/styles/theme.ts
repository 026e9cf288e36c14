/**
 * Applies the theme presets to elements: the page's default, `<meta name="social-elements-theme"
 * content="dim">`, and an element's own `theme` attribute, loading a preset's styles on first use.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { presetNames, type PresetName } from './defaults.js';
import type * as PresetSheets from './preset-sheets.js';
import { watch } from '../i18n/watch.js';

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

/** The connected controllers, applied again when the page's meta changes. */
const themed = watch<ThemeController>(
  // Only <head> holds <meta name>; a change to anything else there is cheap to ignore.
  () => document.head,
  { childList: true, subtree: true, attributes: true, attributeFilter: ['name', 'content'] },
  (controller) => controller.apply(),
);

let sheets: typeof PresetSheets | undefined;
let loading: Promise<typeof PresetSheets | undefined> | undefined;

/**
 * The preset styles, loaded once for the whole page. A failed load (offline, a file missing from
 * the deploy) leaves elements in their built-in look and is tried again on the next need.
 */
function loadSheets(): Promise<typeof PresetSheets | undefined> {
  return (loading ??= import('./preset-sheets.js').then(
    (module) => (sheets = module),
    () => (loading = undefined),
  ));
}

/**
 * Gives its host the custom state `page-<preset>` while the page's meta names a preset and
 * nothing closer chose one, and follows changes to that meta through one observer shared by
 * every element. It adopts the style sheet of each preset the host uses (`preset-sheets.ts`):
 * the host awaits `ready()` in `scheduleUpdate()`, so it never renders before its preset's
 * styles are there, and a meta change shows once the new preset's styles are.
 */
export class ThemeController implements ReactiveController {
  readonly #host: ThemedHost;
  readonly #states: CustomStateSet;

  constructor(host: ThemedHost, states: CustomStateSet) {
    this.#host = host;
    this.#states = states;
    host.addController(this);
  }

  /** The preset the host's `theme` names: the property, which reflects only in the update. */
  #own(): PresetName | undefined {
    const theme: unknown = (this.#host as { theme?: unknown }).theme;
    const value = typeof theme === 'string' ? theme : this.#host.getAttribute('theme');
    return isPreset(value) ? value : undefined;
  }

  /** The page's preset, unless the host or a social element around it chose one. */
  #page(): PresetName | undefined {
    return this.#own() || chosenAbove(this.#host) ? undefined : pageTheme();
  }

  /**
   * A promise while the styles of a preset the host uses are loading, else undefined (and the
   * host updates without waiting a microtask). Never rejects: without its preset an element
   * still renders, in its built-in look. The update that follows adopts them (`hostUpdate`).
   */
  ready(): Promise<void> | undefined {
    if (sheets || (!this.#own() && !this.#page())) return undefined;
    return loadSheets().then(() => undefined);
  }

  /**
   * Adopts the sheets of the presets in use and sets the state from the current meta; called on
   * connect, update and meta changes.
   */
  apply(): void {
    const own = this.#own();
    const next = this.#page();
    if (sheets) {
      sheets.applyPresets(this.#host, this.#states, own, next);
    } else if (own || next) {
      // The previous look stays until the preset's styles are here.
      void loadSheets().then((loaded) => loaded && this.apply());
    }
  }

  hostConnected(): void {
    themed.add(this);
    this.apply();
  }

  hostUpdate(): void {
    // The `theme` attribute may have changed.
    this.apply();
  }

  hostDisconnected(): void {
    themed.delete(this);
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
