/**
 * Server discovery for `<social-composer>` and what only a discovered server offers (Micropub
 * syndication targets): loaded after the first render, with the network layer it needs.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SyndicationTarget } from '../../compose/config.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';

export { fetchServerConfig } from '../../compose/config.js';
export { discoveryStyles as styles } from './composer-discovery.styles.js';

/** The syndication targets the server offers, as checkboxes; `toggle` hears each change. */
export function renderSyndication(
  targets: readonly SyndicationTarget[],
  chosen: readonly string[],
  disabled: boolean,
  strings: ComposerStrings,
  toggle: (uid: string, checked: boolean) => void,
): TemplateResult {
  return html`<fieldset part="syndication" class="syndication" ?disabled=${disabled}>
    <legend>${strings.shareTo}</legend>
    ${targets.map(
      (target) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${live(chosen.includes(target.uid))}
            @change=${(event: Event) => toggle(target.uid, (event.target as HTMLInputElement).checked)}
          />
          <span dir="auto">${target.name}</span></label
        >`,
    )}
  </fieldset>`;
}
