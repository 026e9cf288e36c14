// @ts-check
/**
 * Our own scaling: 10,000 posts in one `<social-feed>` (production build), given as `.posts`
 * after `parseFeed` read them from one Mastodon document. Measures the time to show them, the
 * DOM elements (shadow roots included), the JS heap after garbage collection, and the frame
 * times while scrolling: at reading speed, and from the first post to the last ten viewports a
 * frame (every frame shows posts never rendered before: the worst case for a windowed list).
 */
import http from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { OUT, bundle } from './build.mjs';
import { documentOf, images, sourcePosts } from './data.mjs';
import { readFile } from 'node:fs/promises';
import { median, quantile } from './stats.mjs';

const ENTRY =
  `export { parseFeed } from '../../../dist/formats/index.js';\n` +
  `import '../../../dist/define/social-feed.js';\n`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench: scaling</title>
<style>body { margin: 0 auto; max-width: 600px; font-family: system-ui, sans-serif; }</style>
</head><body><main><social-feed label="Scaling"></social-feed></main></body></html>`;

/** @param {{ count?: number, maxSeconds?: number, log?: (line: string) => void }} [options] */
export async function scaling({ count = 10_000, maxSeconds = 240, log = console.log } = {}) {
  log(`bench: scaling, ${count} posts in one <social-feed>…`);
  const built = await bundle('scaling', ENTRY, undefined, { exports: true });
  const pictures = images();
  let origin = '';
  /** @type {string | undefined} */
  let body;
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    response.setHeader('cache-control', 'no-store');
    if (url.pathname === '/') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(PAGE);
    } else if (url.pathname === '/posts.json') {
      body ??= documentOf('mastodon', sourcePosts(count), origin).body;
      response.setHeader('content-type', 'application/json');
      response.end(body);
    } else if (url.pathname.startsWith('/build/') && !url.pathname.includes('..')) {
      const file = await readFile(`${OUT}/${url.pathname.slice(7)}`).catch(() => undefined);
      response.statusCode = file ? 200 : 404;
      response.setHeader('content-type', 'text/javascript');
      response.end(file ?? 'not found');
    } else if (pictures.has(url.pathname)) {
      response.setHeader('content-type', 'image/png');
      response.end(pictures.get(url.pathname));
    } else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
    defaultViewport: { width: 1024, height: 768 },
    protocolTimeout: 900_000,
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    /** @type {Error[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error)));
    await page.goto(`${origin}/`);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.evaluate(async (file) => {
      const module = await import(file);
      /** @type {any} */ (window).benchParse = module.parseFeed;
      await customElements.whenDefined('social-feed');
    }, `/build/${built.dir}/embed.js`);
    const heapEmpty = await heap();
    const parsed = await page.evaluate(async () => {
      const text = await (await fetch('/posts.json')).text();
      const start = performance.now();
      const page = await /** @type {any} */ (window).benchParse(text, {
        format: 'mastodon',
        url: `${location.origin}/api/v1/accounts/1/statuses`,
        contentType: 'application/json',
      });
      /** @type {any} */ (window).benchPosts = page.posts;
      return { posts: page.posts.length, ms: performance.now() - start, bytes: text.length };
    });
    const heapParsed = await heap();
    const shown = await page.evaluate(async () => {
      const feed = /** @type {any} */ (document.querySelector('social-feed'));
      const start = performance.now();
      feed.posts = /** @type {any} */ (window).benchPosts;
      await feed.updateComplete;
      // Until the windowed list has put the first posts on screen.
      await new Promise((resolve) => {
        const check = () =>
          feed.shadowRoot?.querySelector('social-post')
            ? resolve(undefined)
            : requestAnimationFrame(check);
        requestAnimationFrame(check);
      });
      return performance.now() - start;
    });
    const countElements = () =>
      page.evaluate(() => {
        /** @param {Document | ShadowRoot | Element} root @returns {number} */
        const walk = (root) => {
          let total = 0;
          for (const element of root.querySelectorAll('*')) {
            total++;
            if (element.shadowRoot) total += walk(element.shadowRoot);
          }
          return total;
        };
        return {
          elements: walk(document),
          posts:
            document.querySelector('social-feed')?.shadowRoot?.querySelectorAll('social-post')
              .length ?? 0,
        };
      });
    const domAtTop = await countElements();
    const heapShown = await heap();

    /**
     * Scrolls by `step` px per frame (a number, or `viewport` times the window height) for at
     * most `frames` frames or `seconds`, or until the end of the feed stays in view.
     * @param {{ step: number, viewports?: boolean, frames: number, seconds: number }} how
     */
    const scrollRun = (how) =>
      page.evaluate(async ({ step, viewports, frames: maxFrames, seconds }) => {
        /** @type {number[]} */
        const deltas = [];
        let maxPosts = 0;
        let frames = 0;
        let last = performance.now();
        const start = last;
        const root = document.scrollingElement ?? document.documentElement;
        const postsInDom = () =>
          document.querySelector('social-feed')?.shadowRoot?.querySelectorAll('social-post')
            .length ?? 0;
        await new Promise((resolve) => {
          // A watchdog too: if frames stop coming (the renderer stalls), report what was measured.
          setTimeout(resolve, seconds * 1000 + 10_000);
          let atEndFor = 0;
          const frame = () => {
            const now = performance.now();
            deltas.push(now - last);
            last = now;
            frames++;
            if (frames % 25 === 0) maxPosts = Math.max(maxPosts, postsInDom());
            // The windowed list grows as it measures posts: the end is where it stays in view.
            atEndFor = root.scrollTop + innerHeight >= root.scrollHeight - 2 ? atEndFor + 1 : 0;
            if (atEndFor >= 10 || frames >= maxFrames || now - start > seconds * 1000)
              return resolve(undefined);
            scrollBy(0, viewports ? step * innerHeight : step);
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
        const positions = [
          ...(document.querySelector('social-feed')?.shadowRoot?.querySelectorAll('social-post') ??
            []),
        ].map((post) => Number(post.getAttribute('aria-posinset')));
        return {
          deltas: deltas.slice(1),
          frames,
          seconds: (performance.now() - start) / 1000,
          maxPostsInDom: Math.max(maxPosts, postsInDom()),
          reachedPost: Math.max(0, ...positions),
          height: root.scrollHeight,
        };
      }, how);
    /** @param {Awaited<ReturnType<typeof scrollRun>>} run */
    const frameStats = (run) => ({
      frames: run.frames,
      seconds: run.seconds,
      reachedPost: run.reachedPost,
      maxPostsInDom: run.maxPostsInDom,
      height: run.height,
      medianMs: median(run.deltas),
      p95Ms: quantile(run.deltas, 0.95),
      maxMs: Math.max(...run.deltas),
      over33ms: run.deltas.filter((delta) => delta > 33.4).length,
      over50ms: run.deltas.filter((delta) => delta > 50).length,
    });
    log('bench: scrolling at reading speed (60 px per frame, 300 frames)…');
    const reading = frameStats(await scrollRun({ step: 60, frames: 300, seconds: 60 }));
    log(`bench: scrolling the whole feed, 10 viewports per frame (up to ${maxSeconds} s)…`);
    await page.evaluate(() => scrollTo(0, 0));
    const whole = frameStats(
      await scrollRun({ step: 10, viewports: true, frames: 1e9, seconds: maxSeconds }),
    );
    const domAtEnd = await countElements();
    const heapAfterScroll = await heap();
    if (errors.length > 0) throw errors[0];
    return {
      count,
      documentBytes: parsed.bytes,
      parseMs: parsed.ms,
      showMs: shown,
      dom: { atTop: domAtTop, atEnd: domAtEnd },
      heap: {
        emptyFeed: heapEmpty,
        postsParsed: heapParsed,
        postsShown: heapShown,
        afterScroll: heapAfterScroll,
      },
      scroll: { reading, whole },
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
}
