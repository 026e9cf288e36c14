// @ts-check
/**
 * Runs code against the unbundled TypeScript sources in headless Chromium: a local 127.0.0.1
 * server (Vite in middleware mode, so `/src/**.ts` is served as modules) plus a puppeteer page.
 * Shared by `scripts/conformance.mjs` and `bench/normalize.mjs`.
 */
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer as createVite } from 'vite';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {(url: URL, request: http.IncomingMessage, response: http.ServerResponse) => boolean | Promise<boolean>} Route
 * A route answers a request and returns true, or returns false to let Vite serve it.
 */

/**
 * Starts the server and the browser, and opens a blank page on the server's origin.
 * @param {{ route?: Route }} [options]
 */
export async function startHarness(options = {}) {
  const vite = await createVite({
    configFile: false,
    root: ROOT,
    appType: 'custom',
    logLevel: 'warn',
    // Nothing to pre-bundle: the data layer has no dependencies, and discovery would scan the repo.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    Promise.resolve(options.route ? options.route(url, request, response) : false)
      .then((handled) => {
        if (handled) return;
        if (url.pathname === '/__harness') {
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(
            '<!doctype html><html lang="en"><meta charset="utf-8"><title>harness</title></html>',
          );
          return;
        }
        vite.middlewares(request, response, () => {
          response.statusCode = 404;
          response.end('not found');
        });
      })
      .catch((error) => {
        response.statusCode = 500;
        response.end(String(error));
      });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
  const page = await browser.newPage();
  /** @type {Error[]} */
  const pageErrors = [];
  page.on('pageerror', (error) =>
    pageErrors.push(error instanceof Error ? error : new Error(String(error))),
  );
  await page.goto(`${origin}/__harness`);

  return {
    origin,
    page,
    pageErrors,
    async close() {
      await browser.close().catch(() => {});
      await vite.close().catch(() => {});
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
