/** The demo page: sample data for the property-driven examples, and the page's switches. */
import '../src/define/all.js';
import type { SocialComposer, SocialPost } from '../src/index.js';
import { longPost, samplePost } from './data/sample-posts.js';
import { setUpFeedSection } from './sections/feed.js';

const single = document.querySelector<SocialPost>('social-post#single')!;
// Leave the fallback link visible for a moment, as a slow network would.
setTimeout(() => (single.post = samplePost), 300);

document.querySelector<SocialPost>('social-post#themed')!.post = longPost;

setUpFeedSection();

// The composer publishes to the demo server's Micropub endpoint; its `for` names the feed beside
// it, which reads the same server's JSON Feed and shows a new post on top at once.
const composer = document.querySelector<SocialComposer>('social-composer#composer')!;
composer.author = { id: 'demo', name: 'You, in the demo', avatar: '/avatars/lea.svg' };

const controls = document.querySelector<HTMLFormElement>('.controls')!;
controls.addEventListener('change', () => {
  const data = new FormData(controls);
  document.documentElement.style.colorScheme = String(data.get('scheme'));
  const lang = String(data.get('lang'));
  const examples = document.querySelector<HTMLElement>('#examples')!;
  examples.lang = lang;
  examples.dir = lang === 'ar' ? 'rtl' : 'ltr';
});
