/**
 * Server discovery for `<social-composer>` and what only a discovered server offers (Micropub
 * syndication targets): loaded after the first render, with the network layer it needs.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ServerConfig, SyndicationTarget } from '../../compose/config.js';
import { fetchServerConfig } from '../../compose/config.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';
import type { SocialComposer } from './composer.js';

export { discoveryStyles as styles } from './composer-discovery.styles.js';

/** Asks the composer's server how it is set up, with the composer's token and `fetch`. */
export function discover(composer: SocialComposer, signal: AbortSignal): Promise<ServerConfig> {
  const { action = '', format, token, fetch } = composer;
  return fetchServerConfig(action, {
    format,
    signal,
    ...(token ? { token } : {}),
    ...(fetch ? { fetch } : {}),
  });
}

/** The syndication targets the server offers, as checkboxes; `change` gets the new choice. */
export function renderSyndication(
  targets: readonly SyndicationTarget[],
  chosen: readonly string[],
  disabled: boolean,
  strings: ComposerStrings,
  change: (chosen: string[]) => void,
): TemplateResult {
  const toggle = (uid: string, event: Event) => {
    const others = chosen.filter((item) => item !== uid);
    change((event.target as HTMLInputElement).checked ? [...others, uid] : others);
  };
  return html`<fieldset part="syndication" class="syndication" ?disabled=${disabled}>
    <legend>${strings.shareTo}</legend>
    ${targets.map(
      (target) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${live(chosen.includes(target.uid))}
            @change=${(event: Event) => toggle(target.uid, event)}
          />
          <span dir="auto">${target.name}</span></label
        >`,
    )}
  </fieldset>`;
}
