// @ts-check
/** What `profile.mjs` and `timeline.mjs` share: one traced load of a bench page, and its renderer. */

/**
 * Loads the bench page of `embed` (slugged) in `page` while tracing `categories`, until the page
 * says it is done: the trace's events and when the first post showed (ms from navigation).
 * @param {import('puppeteer-core').Page} page
 * @param {string} origin the bench server's
 * @param {string} embed
 * @param {string[]} categories
 * @returns {Promise<{ trace: any[], firstPost: number }>}
 */
export async function tracedLoad(page, origin, embed, categories) {
  await page.tracing.start({ categories });
  await page.goto(`${origin}/page?embed=${embed}&limit=20&marks=1,20`);
  await page.waitForFunction(() => performance.getEntriesByName('bench-done').length > 0);
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  const firstPost = await page.evaluate(
    () => performance.getEntriesByName('first-post')[0]?.startTime ?? NaN,
  );
  return { trace, firstPost };
}

/**
 * The process id of the page's renderer in a trace: the process with the most layout work.
 * @param {any[]} trace
 */
export function rendererPid(trace) {
  /** @type {Record<string, number>} */
  const layoutByPid = {};
  for (const event of trace) {
    if (event.name === 'Layout' && event.dur)
      layoutByPid[event.pid] = (layoutByPid[event.pid] ?? 0) + event.dur;
  }
  return Number(Object.entries(layoutByPid).sort((a, b) => b[1] - a[1])[0]?.[0]);
}
