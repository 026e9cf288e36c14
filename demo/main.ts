/** The demo page: renders the sample posts and wires the color-scheme and language switches. */
import '../src/define/all.js';
import type { SocialPost } from '../src/index.js';
import { samplePost, samplePosts, longPost } from './data/sample-posts.js';

const single = document.querySelector<SocialPost>('social-post#single')!;
// Leave the fallback link visible for a moment, as a slow network would.
setTimeout(() => (single.post = samplePost), 300);

const list = document.querySelector('#posts')!;
for (const post of samplePosts) {
  const element = document.createElement('social-post');
  element.post = post;
  list.append(element);
}

document.querySelector<SocialPost>('social-post#themed')!.post = longPost;

const controls = document.querySelector<HTMLFormElement>('.controls')!;
controls.addEventListener('change', () => {
  const data = new FormData(controls);
  document.documentElement.style.colorScheme = String(data.get('scheme'));
  const lang = String(data.get('lang'));
  const examples = document.querySelector<HTMLElement>('#examples')!;
  examples.lang = lang;
  examples.dir = lang === 'ar' ? 'rtl' : 'ltr';
});
