/**
 * The template of `<social-post>` and what it keeps between renders (built text, a failed
 * avatar, the media's and the hover card's state), with its styles: a part every post loads with
 * its data, so the element's own module stays small.
 */
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocialToggleEvent } from '../../events/toggle.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { clock } from '../../i18n/clock.js';
import { formatCompactNumber, formatDateTime, formatRelativeTime } from '../../i18n/format.js';
import { isRightToLeft } from '../../i18n/locale.js';
import type { PostStrings } from '../../i18n/tables/post.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import type { HoverCardController } from '../profile-card/hovercard.js';
import { contents } from './contents.js';
import type { ContextOptions } from './context.js';
import type { PostMedia } from './media.js';
import {
  canSanitize,
  displayName,
  hasContext,
  hasShortcode,
  loadPart,
  parts,
  type PartName,
  type Parts,
} from './parts.js';
import type { SocialPost } from './post.js';
import { NodeCache } from '../shared/node-cache.js';

export { viewStyles } from './view.styles.js';

/** Renders one `<social-post>`'s post; made by the element once the part is here. */
export class PostView {
  readonly #host: SocialPost;
  /** Adds the styles of a part loaded later to the host's shadow root, once. */
  readonly #adopt: (...styles: CSSResult[]) => void;
  /** The post last rendered: the hover card shows its author. */
  #post?: Post;
  /** The avatar failed to load: the initial shows instead. */
  #avatarFailed = false;
  /** The author's profile card, beside the name on hover and keyboard focus; made on first use. */
  #hovercard?: HoverCardController;
  /** Events the hover card's triggers heard while its code loaded. */
  #heard: [HTMLElement, Event][] = [];
  /** The state of the post's media; made when a post has some. */
  #media?: PostMedia;
  /** Nodes built from post text and HTML, reused while their source stays the same. */
  readonly #nodes = new NodeCache();

  constructor(host: SocialPost, adopt: (...styles: CSSResult[]) => void) {
    this.#host = host;
    this.#adopt = adopt;
  }

  /** A new post (or `src`): nothing the reader did to the last one carries over. */
  reset(): void {
    this.#avatarFailed = false;
    this.#media?.reset();
  }

  /** After each render: looping animations play or pause to match what is shown. */
  updated(): void {
    const post = this.#post;
    this.#media?.sync(post, Boolean(post?.summary?.trim()) && !this.#host.open);
  }

  /** The element left the page: the lightbox closes. */
  disconnected(): void {
    this.#media?.close();
  }

  /** A loaded part, its styles adopted; undefined until it is here. */
  #part<Name extends PartName>(
    name: Name,
    styles: (part: NonNullable<Parts[Name]>) => CSSResult,
  ): Parts[Name] {
    const part = parts[name];
    if (part) this.#adopt(styles(part as NonNullable<Parts[Name]>));
    return part;
  }

  // Templates are written without whitespace between tags where layout ignores it, and leaf text
  // goes in through `.textContent` or `contents()`: each text node and Lit marker is DOM that
  // every post of a feed pays for.

  /**
   * The post. `standalone`: it came from `src` (the root takes focus after a retry); `locale`
   * is the reader's language.
   */
  render(post: Post, strings: PostStrings, locale: string, standalone: boolean): TemplateResult {
    this.#post = post;
    const hasWarning = Boolean(post.summary?.trim());
    const hidden = hasWarning && !this.#host.open;
    const source = post.source?.label?.trim();
    const media = post.attachments?.length
      ? this.#part('media', (part) => part.mediaStyles)
      : undefined;
    const items = media?.mediaItems(post.attachments) ?? [];
    const mediaState = media
      ? (this.#media ??= new media.PostMedia(this.#host, this.#adopt))
      : undefined;
    const poll = post.poll ? this.#part('poll', (part) => part.pollStyles) : undefined;
    const card = post.card ? this.#part('card', (part) => part.cardStyles) : undefined;
    const quote = post.quote ? this.#part('quote', (part) => part.quoteStyles) : undefined;
    const context = hasContext(post)
      ? this.#part('context', (part) => part.contextStyles)
      : undefined;
    const lines = context?.renderContext(post, this.#contextOptions(strings));
    const extras =
      items.length > 0 || poll || card || quote
        ? html`${
            mediaState && items.length > 0
              ? mediaState.render(items, post, strings, locale)
              : nothing
          }${poll ? poll.renderPoll(post.poll!, this.#pollContext(post, strings, locale)) : nothing}${
            card ? card.renderCard(post.card!) : nothing
          }${quote ? quote.renderQuote(post.quote!, this.#quoteContext(strings, locale)) : nothing}`
        : nothing;
    const content = html`${lines?.above ?? nothing}<header part="header"
        >${this.#renderAvatar(post.author, strings)}<div class="byline"
          >${this.#renderAuthor(post.author)}${this.#hovercard?.render() ?? nothing}<span
            class="meta"
            dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}
            >${this.#renderTime(post, strings, locale)}${
              source
                ? html` <span part="source" class="source"
                    ><span class="visually-hidden" .textContent=${`${strings.source}: `}></span
                    >${source}</span
                  >`
                : nothing
            }</span
          ></div
        ></header
      >${lines?.below ?? nothing}<div class="content" id="content" ?hidden=${hidden}
        >${this.#renderBody(post)}${extras}</div
      >${this.#renderCounts(post, strings, locale)}${
        mediaState?.renderLightbox(items, post, strings, locale) ?? nothing
      }`;
    // In a feed the host is the article; an article inside it would be announced twice.
    return this.#host.getAttribute('role') === 'article'
      ? html`<div part="post" class="post" tabindex=${ifDefined(standalone ? '-1' : undefined)}
          >${content}</div
        >`
      : html`<article
          part="post"
          class="post"
          aria-labelledby="author"
          tabindex=${ifDefined(standalone ? '-1' : undefined)}
          >${content}</article
        >`;
  }

  /**
   * Text as it is, for a post whose rich text is not here: its load failed (offline), or HTML
   * the sanitizer refused fell back to text. The words show now; links and emoji once it loads.
   */
  #richTextLater(text: string): string {
    void loadPart('richText')?.then(() => parts.richText && this.#host.requestUpdate());
    return text;
  }

  /** Plain text with custom emoji only (names, summaries, poll options): no links. */
  #inline(
    key: string,
    text: string,
    emoji: Readonly<Record<string, string>> | undefined,
  ): string | Node[] {
    // Without a shortcode the text is the whole of it: no nodes to build or keep.
    if (!hasShortcode(text, emoji)) return text;
    const build = parts.richText;
    if (!build) return this.#richTextLater(text);
    return this.#nodes.get(key, text, emoji, () =>
      build.richText(text, { facets: [], emoji: emoji! }),
    );
  }

  /** The post's text as nodes: its HTML through the sanitizer, else its plain text as rich text. */
  #contentNodes(key: string, post: Post): Node[] | undefined {
    const gate = parts.sanitize;
    if (post.html && gate && canSanitize()) {
      try {
        return this.#nodes.get(`${key}:html`, post.html, post.emoji, () =>
          gate.sanitize(post.html!, {
            ...(post.url ? { base: post.url } : {}),
            emoji: post.emoji ?? {},
          }),
        );
      } catch {
        // Never raw HTML: fall through to the plain text the format derived from it.
      }
    }
    if (!post.text) return undefined;
    const build = parts.richText;
    if (!build) return [document.createTextNode(this.#richTextLater(post.text))];
    return this.#nodes.get(`${key}:text`, post.text, post.emoji, () =>
      build.richText(post.text!, {
        ...(post.facets ? { facets: post.facets } : {}),
        ...(post.emoji ? { emoji: post.emoji } : {}),
      }),
    );
  }

  #renderBody(post: Post): TemplateResult | typeof nothing {
    const nodes = this.#contentNodes('body', post);
    if (!nodes || nodes.length === 0) return nothing;
    const fromHtml = Boolean(post.html) && canSanitize();
    const classes = ['body', fromHtml ? 'html' : 'text', post.quote ? 'has-quote' : '']
      .filter(Boolean)
      .join(' ');
    return fromHtml
      ? html`<div part="body" class=${classes} lang=${ifDefined(post.language)} dir="auto" ${contents(nodes)}></div>`
      : html`<p part="body" class=${classes} lang=${ifDefined(post.language)} dir="auto" ${contents(nodes)}></p>`;
  }

  #renderTime(post: Post, strings: PostStrings, locale: string): TemplateResult {
    const published = validDate(post.published);
    const updated = validDate(post.updated);
    const permalink = safeLink(post.url);
    const absolute = published ? formatDateTime(published, locale) : undefined;
    const time = published
      ? html`<time
            datetime=${published.toISOString()}
            title=${absolute!}
            .textContent=${formatRelativeTime(published, clock.now(), locale)}
          ></time
          ><span class="absolute visually-hidden" .textContent=${`, ${absolute}`}></span>`
      : nothing;
    const link = permalink
      ? html`<a part="time" href=${permalink} rel="nofollow noopener noreferrer ugc">${time}</a>`
      : html`<span part="time">${time}</span>`;
    if (!updated) return link;
    const editedAt = formatDateTime(updated, locale);
    return html`${link}<span class="edited" title=${editedAt}
        ><span aria-hidden="true"> · ${strings.edited}</span
        ><span class="visually-hidden">, ${strings.editedAt(editedAt)}</span></span
      >`;
  }

  #renderAvatar(author: Actor, strings: PostStrings): TemplateResult {
    const name = displayName(author);
    const src = safeMedia(author.avatar);
    if (!src || this.#avatarFailed) {
      const initial = [...new Intl.Segmenter().segment(name)][0]?.segment ?? '?';
      return html`<span
        part="avatar"
        class="initial"
        aria-hidden="true"
        @pointerenter=${this.#wakeHovercard}
        @pointerleave=${this.#wakeHovercard}
        .textContent=${initial}
      ></span>`;
    }
    return html`<img
      part="avatar"
      src=${src}
      alt=${author.avatarAlt?.trim() || strings.avatarOf(name)}
      width="48"
      height="48"
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${this.#avatarError}
      @pointerenter=${this.#wakeHovercard}
      @pointerleave=${this.#wakeHovercard}
    />`;
  }

  #renderAuthor(author: Actor): TemplateResult {
    const name = displayName(author);
    const profile = safeLink(author.url);
    const content = html`<span part="name" dir="auto" ${contents(
      this.#inline('name', name, author.emoji),
    )}></span>${
      author.handle && author.handle !== name
        ? html`<span part="handle" dir="ltr" .textContent=${author.handle}></span>`
        : nothing
    }`;
    return profile
      ? html`<a
          part="author"
          id="author"
          href=${profile}
          rel="nofollow noopener noreferrer ugc"
          @pointerenter=${this.#wakeHovercard}
          @pointerleave=${this.#wakeHovercard}
          @focus=${this.#wakeHovercard}
          @blur=${this.#wakeHovercard}
          >${content}</a
        >`
      : html`<span part="author" id="author">${content}</span>`;
  }

  /**
   * The first pointer on the author's name or avatar, or keyboard focus on the name, loads the
   * hover card. What the triggers hear meanwhile (the pointer leaving, focus moving on) is
   * handed to the controller in order, so it starts where the reader is.
   */
  readonly #wakeHovercard = async (event: Event): Promise<void> => {
    if (this.#host.noHovercards) return;
    const trigger = event.currentTarget as HTMLElement;
    // Once made, the controller wires a new trigger (a re-rendered avatar) on its first event.
    if (this.#hovercard) return this.#hovercard.attach(trigger, [event]);
    this.#heard.push([trigger, event]);
    if (this.#heard.length > 1) return;
    await loadPart('hovercard');
    const heard = this.#heard;
    this.#heard = [];
    const module = parts.hovercard;
    if (!module) return;
    this.#adopt(module.hoverCardStyles);
    const host = this.#host;
    const controller = new module.HoverCardController(host, {
      actor: () => this.#post?.author,
      enabled: () => !host.noHovercards,
    });
    this.#hovercard = controller;
    for (const [element] of new Map(heard)) {
      controller.attach(
        element,
        heard.filter(([target]) => target === element).map(([, each]) => each),
      );
    }
  };

  // ---- parts' contexts, counts ---------------------------------------------------------------

  #contextOptions(strings: PostStrings): ContextOptions {
    return {
      strings,
      open: this.#host.open,
      toggle: () => this.#toggleContent(),
      inline: (key, text, emoji) => this.#inline(key, text, emoji),
      displayName,
    };
  }

  #pollContext(post: Post, strings: PostStrings, locale: string) {
    return {
      strings,
      locale,
      ...(post.language ? { language: post.language } : {}),
      inline: (key: string, text: string) => this.#inline(key, text, post.emoji),
    };
  }

  #quoteContext(strings: PostStrings, locale: string) {
    return {
      strings,
      time: (quote: Post) => this.#renderTime(quote, strings, locale),
      inline: (key: string, text: string, emoji: Post['emoji']) => this.#inline(key, text, emoji),
      content: (quote: Post) => this.#contentNodes('quote', quote),
      displayName,
    };
  }

  #renderCounts(post: Post, strings: PostStrings, locale: string): TemplateResult | typeof nothing {
    const counts = post.counts;
    if (!counts) return nothing;
    const row = (name: string, count: number | undefined, label: (count: number) => string) =>
      typeof count === 'number' && Number.isFinite(count) && count >= 0
        ? html`<li class=${name}
            ><span aria-hidden="true" .textContent=${formatCompactNumber(count, locale)}></span
            ><span class="visually-hidden" .textContent=${label(count)}></span
          ></li>`
        : undefined;
    const rows = [
      row('reply', counts.replies, strings.replies),
      row('repost', counts.reposts, strings.reposts),
      row('like', counts.likes, strings.likes),
    ];
    if (rows.every((one) => one === undefined)) return nothing;
    // Three bindings rather than a list: a list leaves two markers per row.
    return html`<ul part="counts" class="counts" aria-label=${strings.counts}
      >${rows[0] ?? nothing}${rows[1] ?? nothing}${rows[2] ?? nothing}</ul
    >`;
  }

  // ---- reader actions ------------------------------------------------------------------------

  #toggleContent(): void {
    const host = this.#host;
    host.open = !host.open;
    // Announce after render, so listeners see the new state on screen.
    void host.updateComplete.then(() => host.dispatchEvent(new SocialToggleEvent(host.open)));
  }

  // An arrow: Lit calls listeners with the element as `this`.
  readonly #avatarError = (): void => {
    this.#avatarFailed = true;
    this.#host.requestUpdate();
  };
}

function validDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}
