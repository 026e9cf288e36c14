#!/usr/bin/env node
/**
 * Takes screenshots of pages in headless Chromium, light and dark, for looking at what was built.
 * Usage: node scripts/screenshot.mjs <url> [name] [--width=900] [--rtl] [--viewport] [--out=screenshots]
 * (`--viewport` captures the first screen only, for pages too tall for one picture;
 * `--selector=CSS` captures one element, such as a section of the demo).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const [url, name = 'page'] = args.filter((arg) => !arg.startsWith('--'));
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> [name] [--width=900] [--rtl]');
  process.exit(2);
}
const width = Number(option('width', '900'));
const out = option('out', 'screenshots');
const rtl = args.includes('--rtl');
const fullPage = !args.includes('--viewport');
const selector = option('selector', '');
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: CHROME_ARGS,
});
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`[${scheme}] console: ${message.text()}`);
    });
    page.on('pageerror', (error) => console.error(`[${scheme}] page error: ${error.message}`));
    await page.goto(url, { waitUntil: 'networkidle0' });
    if (rtl) {
      await page.evaluate(() => {
        document.documentElement.dir = 'rtl';
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 700));
    const file = join(out, `${name}-${scheme}${rtl ? '-rtl' : ''}.png`);
    const target = selector ? await page.$(selector) : null;
    if (selector && !target) throw new Error(`no element matches ${selector}`);
    if (target) {
      await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await (target ?? page).screenshot({ path: file, ...(target ? {} : { fullPage }) });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
