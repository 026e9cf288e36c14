/** The demo page: sample data for the property-driven examples, and the page's switches. */
import '../src/define/all.js';
import type { SocialComposer, SocialPost } from '../src/index.js';
import { longPost, samplePost } from './data/sample-posts.js';
import { setUpFeedSection } from './sections/feed.js';
import newsprintUrl from '../themes/brand-newsprint.css?url';
import playfulUrl from '../themes/brand-playful.css?url';

const single = document.querySelector<SocialPost>('social-post#single')!;
// Leave the fallback link visible for a moment, as a slow network would.
setTimeout(() => (single.post = samplePost), 300);

document.querySelector<SocialPost>('social-post#themed')!.post = longPost;

setUpFeedSection();

// The composer publishes to the demo server's Micropub endpoint; its `for` names the feed beside
// it, which reads the same server's JSON Feed and shows a new post on top at once.
const composer = document.querySelector<SocialComposer>('social-composer#composer')!;
composer.author = { id: 'demo', name: 'You, in the demo', avatar: '/avatars/lea.svg' };

const brands: Record<string, string> = {
  'brand-newsprint': newsprintUrl,
  'brand-playful': playfulUrl,
};

/**
 * Shows a preset the way a site sets it without JavaScript, through
 * `<meta name="social-elements-theme">`, or a brand example as the site's own stylesheet.
 */
function showTheme(theme: string): void {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="social-elements-theme"]');
  let brand = document.head.querySelector<HTMLLinkElement>('link#brand-theme');
  const href = brands[theme];
  if (href) {
    brand ??= Object.assign(document.createElement('link'), {
      id: 'brand-theme',
      rel: 'stylesheet',
    });
    brand.href = href;
    document.head.append(brand);
  } else {
    brand?.remove();
  }
  if (theme === 'auto' || href) {
    meta?.remove();
    return;
  }
  meta ??= Object.assign(document.createElement('meta'), { name: 'social-elements-theme' });
  meta.content = theme;
  document.head.append(meta);
}

const controls = document.querySelector<HTMLFormElement>('.controls')!;
// `?theme=dim` opens the demo with a theme chosen, so a link can show one.
const linked = new URLSearchParams(location.search).get('theme');
const picker = controls.elements.namedItem('theme') as HTMLSelectElement;
if (linked && [...picker.options].some((option) => option.value === linked)) {
  picker.value = linked;
  showTheme(linked);
}
controls.addEventListener('change', () => {
  const data = new FormData(controls);
  const theme = String(data.get('theme'));
  // Light, dark and dim fix the scheme themselves (demo.css follows the meta); the rest follow this.
  if (['light', 'dark', 'dim'].includes(theme)) {
    document.documentElement.style.removeProperty('color-scheme');
  } else {
    document.documentElement.style.colorScheme = String(data.get('scheme'));
  }
  showTheme(theme);
  const lang = String(data.get('lang'));
  const examples = document.querySelector<HTMLElement>('#examples')!;
  examples.lang = lang;
  examples.dir = lang === 'ar' ? 'rtl' : 'ltr';
});
