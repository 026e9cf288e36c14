/**
 * The content warning field of `<social-composer>`, with its styles and words: loaded right after
 * the composer's first render, and waited for by a first toggle before then, or by the first
 * render of a restored draft that has a warning.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { addEnglish } from '../../i18n/strings.js';
import { warningEnglish } from '../../i18n/tables/composer-warning.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';

// This part's words join the composer's table as it loads. Called, not a bare `import`: a
// bundler drops a side-effect-only import of a module the package marks free of side effects.
addEnglish('composer', warningEnglish);

export { warningStyles as styles } from './composer-warning.styles.js';

/** The field, labelled; `input` hears each change. */
export function renderWarning(
  strings: ComposerStrings,
  language: string | undefined,
  disabled: boolean,
  busy: boolean,
  input: (event: Event) => void,
): TemplateResult {
  return html`<div class="warning-field"><label for="warning">${strings.warningLabel}</label><input
      id="warning"
      part="warning"
      type="text"
      dir="auto"
      autocomplete="off"
      lang=${ifDefined(language)}
      placeholder=${strings.warningPlaceholder}
      ?disabled=${disabled}
      ?readonly=${busy}
      @input=${input}
    /></div>`;
}
