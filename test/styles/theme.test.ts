import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { LitElement } from 'lit';
import '../../src/define/all.js';
import type { SocialFeed } from '../../src/components/feed/feed.js';
import type { SocialPost } from '../../src/components/post/post.js';
import { clock } from '../../src/i18n/clock.js';
import type { Post } from '../../src/model/post.js';
import { branch, presetNames, presets, tokens } from '../../src/styles/palette.js';
import { themeMetaName } from '../../src/styles/theme.js';
import { hostStyles } from '../../src/styles/tokens.js';
import { postStyles } from '../../src/components/post/post.styles.js';
import { feedStyles } from '../../src/components/feed/feed.styles.js';
import { viewStyles as feedViewStyles } from '../../src/components/feed/view.styles.js';
import { composerStyles } from '../../src/components/composer/composer.styles.js';
import { profileCardStyles } from '../../src/components/profile-card/profile-card.styles.js';
import { loadErrorStyles } from '../../src/components/shared/load-error.js';
import { contextStyles } from '../../src/components/post/context.js';
import { pollStyles } from '../../src/components/post/poll.js';
import { cardStyles } from '../../src/components/post/card.js';
import { standaloneStyles } from '../../src/components/post/standalone.js';
import { lightboxStyles } from '../../src/components/post/lightbox.js';
import { mediaStyles } from '../../src/components/post/media.js';
import { quoteStyles } from '../../src/components/post/quote.js';
import { profileCardErrorStyles } from '../../src/components/profile-card/profile-card-error.styles.js';
import { profileCardViewStyles } from '../../src/components/profile-card/profile-card-view.styles.js';
import { profileCardTextStyles } from '../../src/components/profile-card/profile-card-text.styles.js';
import { publishStyles } from '../../src/components/composer/composer-publish.styles.js';
import { discoveryStyles } from '../../src/components/composer/composer-discovery.styles.js';
import { mediaStyles as composerMediaStyles } from '../../src/components/composer/composer-media.styles.js';
import { warningStyles } from '../../src/components/composer/composer-warning.styles.js';
import { viewStyles } from '../../src/components/post/view.styles.js';
import { pillButtonStyles } from '../../src/components/shared/pill-button.styles.js';
import { NOW, samplePosts } from '../helpers.js';

const PROFILE = '/test/fixtures/bluesky/snapshot.getProfile.json';

/** `#rrggbb` as the browser computes it, `rgb(r, g, b)`. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** A preset's value for a token on a light page (high contrast follows the page). */
const expected = (
  preset: keyof typeof presets,
  token: string,
  scheme: 'light' | 'dark' = 'light',
) => rgb(branch(presets[preset].values[token]!, scheme));

const root = (el: HTMLElement, part: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;

/** What a reader sees of a post: its surface and its text colour. */
function looks(el: SocialPost) {
  const post = root(el, 'post');
  return { surface: getComputedStyle(post).backgroundColor, text: getComputedStyle(post).color };
}

function setMeta(content: string | undefined): void {
  let meta = document.head.querySelector<HTMLMetaElement>(`meta[name="${themeMetaName}"]`);
  if (content === undefined) {
    meta?.remove();
    return;
  }
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = themeMetaName;
    document.head.append(meta);
  }
  meta.content = content;
}

function addStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

async function addStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** Each `var(--social-x, fallback)` in a style sheet, with its fallback (parentheses balanced). */
function* fallbacks(text: string): Generator<[string, string]> {
  for (const match of text.matchAll(/var\(\s*(--social-[a-z0-9-]+)\s*,/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '(') depth++;
      if (text[end] === ')') depth--;
    }
    yield [
      match[1]!,
      text
        .slice(match.index + match[0].length, end - 1)
        .replace(/\s+/g, ' ')
        .trim(),
    ];
  }
}

/** A frame for the browser to apply a custom-state or meta change to computed styles. */
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('themes', function () {
  this.timeout(20000);
  let posts: Post[];
  const realNow = clock.now;
  const cleanup: (() => void)[] = [];

  before(async () => {
    posts = await samplePosts();
    clock.now = () => NOW;
  });
  after(() => {
    clock.now = realNow;
  });
  afterEach(() => {
    setMeta(undefined);
    for (const undo of cleanup.splice(0)) undo();
  });
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  async function post(attributes = '', style = ''): Promise<SocialPost> {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en" style=${style}></div>`);
    const el = document.createElement('social-post');
    if (attributes) el.setAttribute('theme', attributes);
    el.post = posts[0]!;
    wrapper.append(el);
    await el.updateComplete;
    return el;
  }

  /** Every element, each showing real content, with one theme. */
  async function everyElement(theme: string): Promise<LitElement[]> {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="en">
        <social-post theme=${theme} .post=${posts[0]}></social-post>
        <social-post theme=${theme} .post=${posts[2]}></social-post>
        <social-profile-card theme=${theme} src=${PROFILE}></social-profile-card>
        <social-composer theme=${theme} label="New post"></social-composer>
        <social-feed theme=${theme} label="Everyone" .posts=${posts}></social-feed>
      </div>
    `);
    const elements = [...wrapper.children] as LitElement[];
    const card = wrapper.querySelector('social-profile-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="follow"], .name'), 'profile', {
      timeout: 5000,
    });
    const feed = wrapper.querySelector<SocialFeed>('social-feed')!;
    await waitUntil(() => feed.shadowRoot?.querySelector('social-post'), 'feed posts');
    for (const el of elements) await el.updateComplete;
    return elements;
  }

  describe('preset styles load on use', () => {
    // First in this file, so no preset has been used on the page yet.
    const presetRules = (el: HTMLElement) =>
      el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .map((rule) => rule.cssText)
        .filter((text) => text.includes('[theme=') || text.includes(':state(page-'));

    it('an element without a preset carries none of their styles', async () => {
      const el = await post();
      expect(presetRules(el)).to.deep.equal([]);
      const surface = tokens.find((token) => token.name === '--social-color-surface')!;
      expect(looks(el).surface).to.equal(rgb(branch(surface.value, 'light')));
    });

    it("the first render under the page's meta is already in its preset", async () => {
      setMeta('dim');
      const el = await post();
      expect(looks(el).surface).to.equal(expected('dim', '--social-color-surface'));
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(presetRules(el)).to.have.length(1);
    });

    it('the first render with a theme attribute is already in its preset', async () => {
      const el = await post('high-contrast');
      expect(looks(el).text).to.equal(expected('high-contrast', '--social-color-text'));
      expect(getComputedStyle(root(el, 'author')).textDecorationLine).to.equal('underline');
      expect(presetRules(el)).to.have.length(1);
    });

    it('a theme set as a property renders in its preset in that update', async () => {
      const el = await post();
      el.theme = 'dark';
      await el.updateComplete;
      expect(looks(el).surface).to.equal(expected('dark', '--social-color-surface'));
    });
  });

  describe('presets', () => {
    it('each preset gives a post its own surface and text colours', async () => {
      const seen = new Set<string>();
      for (const name of presetNames) {
        const el = await post(name);
        const { surface, text } = looks(el);
        expect(surface, name).to.equal(expected(name, '--social-color-surface'));
        expect(text, name).to.equal(expected(name, '--social-color-text'));
        seen.add(surface + text);
      }
      expect(seen.size).to.equal(presetNames.length);
    });

    it('dark and dim set a dark color-scheme; high contrast follows the page', async () => {
      expect(getComputedStyle(await post('dim')).colorScheme).to.equal('dark');
      expect(getComputedStyle(await post('dark')).colorScheme).to.equal('dark');
      const onDark = await post('high-contrast', 'color-scheme: dark');
      expect(looks(onDark).surface).to.equal(
        expected('high-contrast', '--social-color-surface', 'dark'),
      );
    });

    it('high contrast underlines the quiet links and thickens the focus ring', async () => {
      const plain = await post('light');
      const strong = await post('high-contrast');
      expect(getComputedStyle(root(plain, 'author')).textDecorationLine).to.equal('none');
      expect(getComputedStyle(root(strong, 'author')).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(root(strong, 'time')).textDecorationLine).to.equal('underline');
      const focus = root(strong, 'post');
      focus.focus({ focusVisible: true } as FocusOptions);
      expect(getComputedStyle(focus).outlineWidth).to.equal('3px');
      expect(getComputedStyle(focus).borderTopColor).to.equal(rgb('#000000'));
    });

    it('an unknown theme falls back to the built-in look', async () => {
      expect(looks(await post('sepia'))).to.deep.equal(looks(await post()));
    });

    for (const theme of ['dim', 'high-contrast']) {
      it(`passes axe with colour contrast on every element in ${theme}`, async () => {
        for (const el of await everyElement(theme)) {
          await expect(el, `${el.localName} in ${theme}`).to.be.accessible();
        }
      });
    }

    it('a feed passes its preset down to its posts, over the page meta', async () => {
      setMeta('light');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en"><social-feed theme="dim" .posts=${posts}></social-feed></div>`,
      );
      const feed = wrapper.querySelector<SocialFeed>('social-feed')!;
      await waitUntil(() => feed.shadowRoot?.querySelector('social-post'), 'feed posts');
      const inner = feed.shadowRoot!.querySelector<SocialPost>('social-post')!;
      await inner.updateComplete;
      expect(looks(inner).surface).to.equal(expected('dim', '--social-color-surface'));
      // The meta's light scheme does not reach inside a feed that chose dim.
      expect(getComputedStyle(inner).colorScheme).to.equal('dark');
    });
  });

  describe('the page default: <meta name="social-elements-theme">', () => {
    it('applies to elements without a theme attribute', async () => {
      setMeta('dim');
      const el = await post();
      expect(looks(el).surface).to.equal(expected('dim', '--social-color-surface'));
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });

    it('follows live changes: added, changed, emptied and removed', async () => {
      const el = await post();
      const builtIn = looks(el);
      setMeta('dim');
      await frame();
      await waitUntil(
        () => looks(el).surface === expected('dim', '--social-color-surface'),
        'meta added',
      );
      setMeta('high-contrast');
      await waitUntil(
        () =>
          looks(el).surface === expected('high-contrast', '--social-color-surface') &&
          looks(el).text === expected('high-contrast', '--social-color-text'),
        'meta changed',
      );
      setMeta('dark');
      await waitUntil(() => getComputedStyle(el).colorScheme === 'dark', 'dark');
      expect(looks(el).surface).to.equal(expected('dark', '--social-color-surface'));
      setMeta('nonsense');
      await waitUntil(() => looks(el).surface === builtIn.surface, 'unknown name');
      setMeta('dim');
      await waitUntil(() => looks(el).surface !== builtIn.surface, 'dim again');
      setMeta(undefined);
      await waitUntil(() => looks(el).surface === builtIn.surface, 'meta removed');
      expect(looks(el)).to.deep.equal(builtIn);
    });

    it('reaches elements connected after the meta, and every kind of element', async () => {
      setMeta('dim');
      for (const el of await everyElement('auto')) {
        const color = getComputedStyle(el).color;
        expect(color, el.localName).to.equal(expected('dim', '--social-color-text'));
      }
    });
  });

  describe('precedence', () => {
    it('the theme attribute beats the page meta', async () => {
      setMeta('dim');
      const el = await post('light');
      expect(looks(el).surface).to.equal(expected('light', '--social-color-surface'));
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('a token on the element beats a token on :root', async () => {
      const page = addStyle(':root { --social-color-surface: rgb(1, 2, 3); }');
      cleanup.push(() => page.remove());
      const plain = await post();
      expect(looks(plain).surface).to.equal('rgb(1, 2, 3)');
      const local = await post();
      local.style.setProperty('--social-color-surface', 'rgb(4, 5, 6)');
      expect(looks(local).surface).to.equal('rgb(4, 5, 6)');
    });

    it('a token on :root beats the page meta', async () => {
      const page = addStyle(':root { --social-color-surface: rgb(1, 2, 3); }');
      cleanup.push(() => page.remove());
      setMeta('dim');
      const el = await post();
      expect(looks(el).surface).to.equal('rgb(1, 2, 3)');
      // The tokens the page left alone still come from the meta's preset.
      expect(looks(el).text).to.equal(expected('dim', '--social-color-text'));
    });

    it("the element's theme attribute beats tokens on :root", async () => {
      const page = addStyle(':root { --social-color-surface: rgb(1, 2, 3); }');
      cleanup.push(() => page.remove());
      const el = await post('dim');
      expect(looks(el).surface).to.equal(expected('dim', '--social-color-surface'));
    });

    it("a token on the element beats the element's theme attribute", async () => {
      const el = await post('dim');
      el.style.setProperty('--social-color-surface', 'rgb(4, 5, 6)');
      expect(looks(el).surface).to.equal('rgb(4, 5, 6)');
      expect(looks(el).text).to.equal(expected('dim', '--social-color-text'));
    });

    it('page tokens written with light-dark() follow the preset the meta chooses', async () => {
      const page = addStyle(
        ':root { --social-color-surface: light-dark(rgb(1, 2, 3), rgb(4, 5, 6)); }',
      );
      cleanup.push(() => page.remove());
      const el = await post();
      expect(looks(el).surface).to.equal('rgb(1, 2, 3)');
      setMeta('dark');
      await waitUntil(() => looks(el).surface === 'rgb(4, 5, 6)', 'dark branch');
    });
  });

  describe('shipped CSS', () => {
    it('themes/tokens.css restates the built-in look exactly', async () => {
      const before = looks(await post());
      cleanup.push(
        (
          (link) => () =>
            link.remove()
        )(await addStylesheet('/themes/tokens.css')),
      );
      expect(looks(await post())).to.deep.equal(before);
    });

    for (const name of presetNames) {
      it(`themes/${name}.css on :root gives a post the ${name} preset`, async () => {
        const link = await addStylesheet(`/themes/${name}.css`);
        cleanup.push(() => link.remove());
        const el = await post();
        const scheme = getComputedStyle(document.documentElement).colorScheme;
        expect(looks(el).surface).to.equal(
          expected(name, '--social-color-surface', scheme === 'dark' ? 'dark' : 'light'),
        );
      });
    }

    for (const brand of ['brand-newsprint', 'brand-playful']) {
      it(`themes/${brand}.css changes the look and passes axe on every element`, async () => {
        const plain = looks(await post());
        const link = await addStylesheet(`/themes/${brand}.css`);
        cleanup.push(() => link.remove());
        const branded = await post();
        expect(looks(branded)).not.to.deep.equal(plain);
        for (const scheme of ['light', 'dark']) {
          document.documentElement.style.colorScheme = scheme;
          cleanup.push(() => document.documentElement.style.removeProperty('color-scheme'));
          for (const el of await everyElement('auto')) {
            await expect(el, `${el.localName} with ${brand}, ${scheme}`).to.be.accessible();
          }
        }
      });
    }
  });

  describe('defaults in one place', () => {
    it('every fallback in the component styles is the token default from the palette', () => {
      const known = new Map<string, string>(tokens.map((token) => [token.name, token.value]));
      // Style lists may nest (shared rules such as the skeleton's come first in several).
      const sheets = [
        hostStyles,
        postStyles,
        viewStyles,
        pillButtonStyles,
        feedStyles,
        feedViewStyles,
        composerStyles,
        profileCardStyles,
        loadErrorStyles,
        // The parts that load on demand, with their own styles.
        contextStyles,
        pollStyles,
        cardStyles,
        standaloneStyles,
        lightboxStyles,
        mediaStyles,
        quoteStyles,
        profileCardErrorStyles,
        profileCardViewStyles,
        profileCardTextStyles,
        publishStyles,
        discoveryStyles,
        composerMediaStyles,
        warningStyles,
      ].flat(Infinity);
      let checked = 0;
      for (const sheet of sheets) {
        const text = 'cssText' in sheet ? sheet.cssText : '';
        for (const [name, fallback] of fallbacks(text)) {
          if (!known.has(name)) continue;
          checked++;
          // The inline profile chip speaks in the font of the text around it (documented).
          const ok =
            fallback === known.get(name) ||
            fallback === `var(--_default-${name.slice(9)})` ||
            fallback === 'inherit';
          expect(ok, `${name} falls back to ${fallback}`).to.equal(true);
        }
      }
      expect(checked).to.be.greaterThan(60);
    });
  });
});
