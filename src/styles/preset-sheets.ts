/**
 * The theme presets as style sheets, built on first use: loaded only when a page's meta or an
 * element's `theme` attribute names a preset, so elements on a page without one never carry them.
 */
import { defaultName, presets, type PresetName } from './palette.js';

/** Where a preset comes from: the page's meta (a custom state) or the element's `theme`. */
export type PresetSource = 'page' | 'attribute';

const built = new Map<string, CSSStyleSheet>();

function declarations(name: PresetName, token: (name: string) => string): string {
  const preset = presets[name];
  const scheme = preset.colorScheme ? `color-scheme: ${preset.colorScheme};` : '';
  const values = Object.entries(preset.values).map(([name, value]) => `${token(name)}: ${value};`);
  return [scheme, ...values].join('\n');
}

/**
 * One preset for one source, shared by every shadow root that adopts it. The page's preset only
 * replaces the fallbacks (`--_default-*`), under the host's `:state(page-<name>)`; the attribute's
 * sets the tokens themselves, so it beats tokens inherited from ancestors (see `tokens.ts`).
 */
export function presetSheet(name: PresetName, source: PresetSource): CSSStyleSheet {
  const key = `${source} ${name}`;
  let sheet = built.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      source === 'page'
        ? `:host(:state(page-${name})) { ${declarations(name, defaultName)} }`
        : `:host([theme='${name}']) { ${declarations(name, (token) => token)} }`,
    );
    built.set(key, sheet);
  }
  return sheet;
}

function adopt(host: Element, name: PresetName | undefined, source: PresetSource): void {
  const root = host.shadowRoot;
  if (!name || !root) return;
  const sheet = presetSheet(name, source);
  const adopted = root.adoptedStyleSheets;
  if (adopted.includes(sheet)) return;
  root.adoptedStyleSheets = source === 'page' ? [sheet, ...adopted] : [...adopted, sheet];
}

/** The preset each element's `page-<preset>` state names, by its state set. */
const pageStates = new WeakMap<CustomStateSet, PresetName>();

/**
 * Adopts the sheet of each preset `host` uses (`own`, its `theme`; `page`, the page's meta) into
 * its shadow root, once, and gives it the state `page-<page>` in `states` in place of the one it
 * had. Page sheets go first and attribute sheets last, so the attribute's `color-scheme` wins
 * even in the moment both match; both beat the static `:host` fallbacks by specificity. For
 * `ThemeController` (`theme.ts`), which loads this module when a preset is first used.
 */
export function applyPresets(
  host: Element,
  states: CustomStateSet,
  own: PresetName | undefined,
  page: PresetName | undefined,
): void {
  adopt(host, own, 'attribute');
  adopt(host, page, 'page');
  const current = pageStates.get(states);
  if (page === current) return;
  if (current) states.delete(`page-${current}`);
  if (page) {
    states.add(`page-${page}`);
    pageStates.set(states, page);
  } else {
    pageStates.delete(states);
  }
}
