/**
 * The words of `<social-profile-card>` that need more than text: a bio (HTML through the
 * sanitizer, or plain text with links), profile fields with verified links, rel=me links and
 * names with custom emoji. A chunk of its own, loaded before the first render that shows them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { htmlToText } from '../../formats/util.js';
import { richText } from '../../html/rich-text.js';
import { prepareSanitizer, sanitize, sanitizerStatus } from '../../html/sanitize.js';
import { safeLink } from '../../html/url.js';
import { formatDateTime } from '../../i18n/format.js';
import type { ProfileCardStrings } from '../../i18n/tables/profile-card.js';
import type { Actor, ProfileField } from '../../model/actor.js';
import { icon } from './icons.js';
import { validDate } from './profile-card-util.js';
import { NodeCache } from '../shared/node-cache.js';

export { profileCardTextStyles } from './profile-card-text.styles.js';

type Emoji = Readonly<Record<string, string>> | undefined;

/** HTML shows only through the sanitizer, which some browsers must load first. */
export async function prepareText(actor: Actor): Promise<void> {
  const hasHtml =
    !actor.suspended && ((actor.bio && actor.bioFormat !== 'text') || actor.fields?.length);
  if (hasHtml && sanitizerStatus() === 'idle') await prepareSanitizer();
}

/**
 * One card's rich words. Nodes are built once per source and reused: Lit leaves nodes it placed
 * alone, and a fragment empties on use.
 */
export class CardText {
  readonly #nodes = new NodeCache();

  /** Plain text with custom emoji only (names): no links. */
  inline(key: string, text: string, emoji: Emoji): Node[] {
    return this.#nodes.get(key, text, emoji, () => richText(text, { facets: [], emoji }));
  }

  /** HTML through the sanitizer (or, without it, its text); plain text as rich text with links. */
  rich(key: string, value: string, actor: Actor, plain: boolean): Node[] {
    const emoji = actor.emoji ?? {};
    if (!plain && sanitizerStatus() === 'ready') {
      try {
        return this.#nodes.get(`${key}:html`, value, actor.emoji, () =>
          sanitize(value, { ...(actor.url ? { base: actor.url } : {}), emoji }),
        );
      } catch {
        // Never raw HTML: fall through to its text.
      }
    }
    const text = plain ? value : htmlToText(value);
    return this.#nodes.get(`${key}:text`, text, actor.emoji, () => richText(text, { emoji }));
  }

  /** The person's description. */
  bio(actor: Actor): TemplateResult | typeof nothing {
    const bio = actor.bio?.trim();
    if (!bio) return nothing;
    const nodes = this.rich('bio', bio, actor, actor.bioFormat === 'text');
    if (nodes.length === 0) return nothing;
    return html`<div part="bio" class="bio" dir="auto">${nodes}</div>`;
  }

  /** Profile fields, verified links marked in sight and in words. */
  fields(
    actor: Actor,
    strings: ProfileCardStrings,
    locale: string,
  ): TemplateResult | typeof nothing {
    const fields = (actor.fields ?? []).filter(
      (field): field is ProfileField =>
        typeof field?.name === 'string' && typeof field.value === 'string',
    );
    if (fields.length === 0) return nothing;
    return html`<dl part="fields" class="fields" aria-label=${strings.fields}>
      ${fields.map((field, index) => {
        const verified = validDate(field.verifiedAt);
        const when = verified ? strings.verifiedOn(formatDateTime(verified, locale)) : undefined;
        return html`<div part="field" class=${verified ? 'field verified' : 'field'}>
          <dt dir="auto">${this.inline(`field-name-${index}`, field.name, actor.emoji)}</dt>
          <dd dir="auto">
            ${
              verified
                ? html`<span part="verified" class="verified-mark" title=${when!}
                  >${icon('check')}<span aria-hidden="true">${strings.verified}</span></span
                >`
                : nothing
            }
            <span class="field-value">${this.rich(`field-${index}`, field.value, actor, false)}</span>
            ${verified ? html`<span class="visually-hidden">(${when})</span>` : nothing}
          </dd>
        </div>`;
      })}
    </dl>`;
  }

  /** rel=me links the fields do not already show (an h-card's, for example). */
  links(actor: Actor, strings: ProfileCardStrings): TemplateResult | typeof nothing {
    const shown = (actor.fields ?? []).map((field) => field.value).join(' ');
    const links = (actor.links ?? [])
      .map((link) => safeLink(link))
      .filter((link): link is string => Boolean(link) && !shown.includes(link!));
    if (links.length === 0) return nothing;
    return html`<ul part="links" class="links" aria-label=${strings.links}>
      ${links.map(
        (link) =>
          html`<li>
            <a href=${link} rel="me nofollow noopener noreferrer ugc" dir="ltr"
              >${link.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a
            >
          </li>`,
      )}
    </ul>`;
  }
}
