// @ts-check
/**
 * Layout shift of the demo page (`demo/`, served by Vite as `npm start` does) while its images
 * load late: every image request is held until the elements have rendered and their feeds have
 * loaded, then released, and the shifts from then on are the images' (the aim: exactly 0). The
 * window is tall enough to hold the whole page (Chromium only counts shifts inside the viewport);
 * each `layout-shift` entry is reported with the elements that moved, shadow roots included. The
 * shifts before the images (content arriving) are reported apart.
 */
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {{ imageDelay?: number, settle?: number, log?: (line: string) => void }} [options] */
export async function cls({ imageDelay = 1500, settle = 5000, log = console.log } = {}) {
  log(`bench: layout shift of the demo page while its images load late…`);
  const vite = await createServer({
    configFile: `${ROOT}demo/vite.config.ts`,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? '';
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
    defaultViewport: { width: 1280, height: 6000 },
  });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      /** @param {Node | null} node */
      const describe = (node) => {
        const parts = [];
        while (node && node.nodeType !== Node.DOCUMENT_NODE) {
          if (node instanceof ShadowRoot) {
            parts.unshift('⟫');
            node = node.host;
            continue;
          }
          if (node instanceof Element) {
            let text = node.localName;
            if (node.id) text += `#${node.id}`;
            if (node.classList.length) text += `.${[...node.classList].join('.')}`;
            const part = node.getAttribute('part');
            if (part) text += `[part="${part}"]`;
            parts.unshift(text);
          }
          node = node.parentNode;
        }
        return parts.join(' ').replaceAll(' ⟫ ', ' ⟫ ');
      };
      /** @type {any[]} */
      const shifts = [];
      /** @type {any} */ (window).benchShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of /** @type {any[]} */ (list.getEntries())) {
          shifts.push({
            value: entry.value,
            time: entry.startTime,
            hadRecentInput: entry.hadRecentInput,
            sources: (entry.sources ?? []).map((/** @type {any} */ source) => ({
              node: describe(source.node),
              from: source.previousRect.toJSON(),
              to: source.currentRect.toJSON(),
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      customElements.whenDefined('social-post').then(() => {
        /** @type {any} */ (window).benchDefined = performance.now();
      });
    });
    await page.setRequestInterception(true);
    /** @type {{ path: string, release: () => void }[]} */
    const held = [];
    let holding = true;
    page.on('request', (request) => {
      if (holding && request.resourceType() === 'image') {
        held.push({
          path: new URL(request.url()).pathname,
          release: () => void request.continue().catch(() => {}),
        });
      } else void request.continue().catch(() => {});
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    // Let every element render and every feed load its data first, with no image arrived yet…
    await page.waitForFunction(() => /** @type {any} */ (window).benchDefined !== undefined, {
      timeout: 120_000,
    });
    await new Promise((resolve) => setTimeout(resolve, settle));
    // …then let the images arrive, late, and watch what moves.
    const released = await page.evaluate(() => performance.now());
    holding = false;
    for (const image of held) image.release();
    await new Promise((resolve) => setTimeout(resolve, imageDelay));
    await page
      .waitForFunction(() => [...document.images].every((image) => image.complete), {
        timeout: 30_000,
      })
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const shifts = /** @type {any[]} */ (
      await page.evaluate(() => /** @type {any} */ (window).benchShifts)
    );
    /** @param {any[]} list */
    const sum = (list) =>
      list
        .filter((shift) => !shift.hadRecentInput)
        .reduce((total, shift) => total + shift.value, 0);
    const whileImagesLoad = shifts.filter((shift) => shift.time >= released);
    return {
      url: new URL(url).pathname,
      imagesHeldBack: held.map((image) => image.path),
      definedAt: await page.evaluate(() => /** @type {any} */ (window).benchDefined),
      imagesReleasedAt: released,
      clsWhileImagesLoad: sum(whileImagesLoad),
      clsBeforeImages: sum(shifts.filter((shift) => shift.time < released)),
      shiftsWhileImagesLoad: whileImagesLoad,
      shiftsBeforeImages: shifts.filter((shift) => shift.time < released),
    };
  } finally {
    await browser.close();
    await vite.close();
  }
}
