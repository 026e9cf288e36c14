// @ts-check
/**
 * The in-browser half of `bench/normalize.mjs`: builds 10,000-item Mastodon and JSON Feed
 * documents from the recorded fixtures, fetches the benchmark's generated posts in all seven
 * formats, and times `parseFeed` against the browser's own parse of the same text (`JSON.parse`,
 * or `DOMParser` for the XML and HTML formats, which have no JSON to parse).
 */
import { parseFeed } from '/src/formats/index.ts';

const MASTODON = [
  'mastodon/recorded.home-timeline.json',
  'mastodon/recorded.public-timeline.json',
  'mastodon/recorded.account-statuses.page1.json',
  'mastodon/recorded.account-statuses.page2.json',
  'mastodon/recorded.status.reblog.json',
  'mastodon/recorded.status.quote.json',
  'mastodon/recorded.status.poll.json',
  'mastodon/recorded.status.media-alt-text.json',
  'mastodon/recorded.status.link-card.json',
  'mastodon/recorded.status.content-warning.json',
  'mastodon/recorded.status.reply.json',
];

const JSON_FEED = [
  'jsonfeed/spec-1.1.simple.json',
  'jsonfeed/spec-1.1.microblog.json',
  'jsonfeed/spec-1.1.podcast.json',
  'jsonfeed/rsparser.authors.json',
  'jsonfeed/rsparser.jsonfeed-extension.json',
  'jsonfeed/rsparser.3960.json',
  'jsonfeed/rsparser.pxlnv.json',
];

/** @param {string[]} paths @returns {Promise<{ path: string, json: any }[]>} */
async function load(paths) {
  const found = [];
  for (const path of paths) {
    const response = await fetch(`/test/fixtures/${path}`);
    if (response.ok) found.push({ path, json: await response.json() });
  }
  return found;
}

/** @param {any[]} samples @param {number} count @param {(item: any, copy: number) => void} distinguish */
function replicate(samples, count, distinguish) {
  const items = [];
  for (let copy = 0; items.length < count; copy++) {
    const item = structuredClone(samples[copy % samples.length]);
    distinguish(item, copy);
    items.push(item);
  }
  return items;
}

/** Every status gets a distinct snowflake-sized id and URL, nested reblogs and quotes too. */
function distinctStatus(status, copy) {
  const suffix = (value) => (typeof value === 'string' ? `${value}-${copy}` : value);
  const id = (100000000000000000n + BigInt(copy)).toString();
  status.id = id;
  status.uri = suffix(status.uri);
  status.url = suffix(status.url);
  for (const nested of [status.reblog, status.quote?.quoted_status]) {
    if (nested && typeof nested === 'object') {
      nested.id = `${id}1`;
      nested.uri = suffix(nested.uri);
      nested.url = suffix(nested.url);
    }
  }
}

function distinctItem(item, copy) {
  item.id = `${item.id ?? 'item'}-${copy}`;
  if (typeof item.url === 'string') item.url = `${item.url}#${copy}`;
}

/** The formats `bench/data.mjs` generates, served by `bench/normalize.mjs` under `/__bench/doc/`. */
const GENERATED = [
  'mastodon',
  'bluesky',
  'jsonfeed',
  'rss',
  'atom',
  'activitystreams',
  'microformats',
];

/** The native parse of the same text: the floor any reader of these bytes pays. */
const XML_TYPES = { rss: 'application/xml', atom: 'application/xml', microformats: 'text/html' };

/** @returns {Promise<{ name: string, format: string, body: string, context: object, items: number, bytes: number, sources: string[] }[]>} */
export async function documents(count, only) {
  const mastodon = !only || only === 'mastodon (fixtures)' ? await load(MASTODON) : [];
  const feeds = !only || only === 'jsonfeed (fixtures)' ? await load(JSON_FEED) : [];
  const docs = [];
  for (const format of GENERATED) {
    if (only && only !== format) continue;
    const response = await fetch(`/__bench/doc/${format}?count=${count}`);
    if (!response.ok) continue;
    const body = await response.text();
    docs.push({
      name: format,
      format,
      body,
      context: {
        url: response.headers.get('x-document-url'),
        contentType: response.headers.get('content-type'),
      },
      items: count,
      bytes: body.length,
      sources: ['bench/data.mjs'],
    });
  }
  if (mastodon.length > 0) {
    const statuses = mastodon.flatMap(({ json }) => (Array.isArray(json) ? json : [json]));
    const body = JSON.stringify(replicate(statuses, count, distinctStatus));
    docs.push({
      name: 'mastodon (fixtures)',
      format: 'mastodon',
      body,
      context: {
        url: 'https://mastodon.example/api/v1/timelines/home',
        contentType: 'application/json',
      },
      items: count,
      bytes: body.length,
      sources: mastodon.map(({ path }) => path),
    });
  }
  if (feeds.length > 0) {
    const items = feeds.flatMap(({ json }) => json.items ?? []);
    const head = feeds[0].json;
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: head.title,
      home_page_url: head.home_page_url,
      items: replicate(items, count, distinctItem),
    });
    docs.push({
      name: 'jsonfeed (fixtures)',
      format: 'jsonfeed',
      body,
      context: { url: 'https://blog.example/feed.json', contentType: 'application/feed+json' },
      items: count,
      bytes: body.length,
      sources: feeds.map(({ path }) => path),
    });
  }
  return docs;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/**
 * Alternates `JSON.parse` and `parseFeed` on the same text, swapping which goes first each round
 * so neither always runs on a warmer or a more garbage-laden heap.
 */
export async function run({ count = 10_000, rounds = 15, warmup = 3, only = undefined } = {}) {
  const docs = await documents(count, only);
  const report = [];
  for (const doc of docs) {
    const context = { ...doc.context, format: doc.format };
    const xmlType = XML_TYPES[doc.format];
    const baseline = xmlType
      ? () => new DOMParser().parseFromString(doc.body, xmlType)
      : () => JSON.parse(doc.body);
    const check = await parseFeed(doc.body, context);
    const ratios = [];
    const parseTimes = [];
    const jsonTimes = [];
    for (let round = 0; round < warmup + rounds; round++) {
      let json = 0;
      let parse = 0;
      const timeJson = () => {
        const start = performance.now();
        baseline();
        json = performance.now() - start;
      };
      const timeParse = async () => {
        const start = performance.now();
        await parseFeed(doc.body, context);
        parse = performance.now() - start;
      };
      if (round % 2 === 0) {
        timeJson();
        await timeParse();
      } else {
        await timeParse();
        timeJson();
      }
      if (round < warmup) continue;
      ratios.push(parse / json);
      parseTimes.push(parse);
      jsonTimes.push(json);
    }
    report.push({
      name: doc.name,
      baseline: xmlType ? 'DOMParser' : 'JSON.parse',
      items: doc.items,
      bytes: doc.bytes,
      sources: doc.sources,
      posts: check.posts.length,
      skipped: check.skipped.length,
      rounds,
      jsonMs: median(jsonTimes),
      parseMs: median(parseTimes),
      ratio: median(ratios),
      ratioP10: quantile(ratios, 0.1),
      ratioP90: quantile(ratios, 0.9),
      ratioMin: Math.min(...ratios),
      ratioMax: Math.max(...ratios),
    });
  }
  return report;
}
