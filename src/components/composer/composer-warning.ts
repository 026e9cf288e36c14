/**
 * The content warning field of `<social-composer>`: loaded when a person first adds a warning, or
 * before the first render of a restored draft that has one.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';

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
