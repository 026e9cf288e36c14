/**
 * Server discovery for `<social-composer>` and what only a discovered server offers (Micropub
 * syndication targets): loaded after the first render, with the network layer it needs.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SyndicationTarget } from '../../compose/config.js';
import { fetchServerConfig } from '../../compose/config.js';
import { addEnglish } from '../../i18n/strings.js';
import { discoveryEnglish } from '../../i18n/tables/composer-discovery.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';
import type { ComposerHost } from './composer.js';

// This part's words join the composer's table as it loads. Called, not a bare `import`: a
// bundler drops a side-effect-only import of a module the package marks free of side effects.
addEnglish('composer', discoveryEnglish);

export { discoveryStyles as styles } from './composer-discovery.styles.js';

/**
 * Asks the composer's server how it is set up, with the composer's token and `fetch`, and keeps
 * the answer unless `signal` aborted. Never rejects: discovery is a courtesy, and without it
 * the defaults apply and publishing still works.
 */
export async function discover(host: ComposerHost, signal: AbortSignal): Promise<void> {
  const { action = '', format, token, fetch } = host.element;
  try {
    const config = await fetchServerConfig(action, {
      format,
      signal,
      ...(token ? { token } : {}),
      ...(fetch ? { fetch } : {}),
    });
    if (!signal.aborted) host.state.config = config;
  } catch {
    // The defaults apply.
  }
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
