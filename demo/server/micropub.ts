/**
 * A local Micropub endpoint for the demo server: takes posts (form-encoded or JSON) and media
 * uploads, keeps them on disk under `demo/.data/` so they survive a restart, and serves them back
 * as a JSON Feed, newest first. Nothing here talks to anything beyond 127.0.0.1.
 *
 *   GET  /demo-api/micropub?q=config   → { "media-endpoint", "syndicate-to": [] }
 *   POST /demo-api/micropub            → 201 Created, Location: /demo-api/posts/<id>
 *   POST /demo-api/media               → 201 Created, Location: /demo-api/media/<file>
 *   GET  /demo-api/media/<file>        → the uploaded file
 *   GET  /demo-api/feed.json           → JSON Feed 1.1 of the posts
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

interface StoredPost {
  id: string;
  published: string;
  content?: string;
  summary?: string;
  category: string[];
  photo: Array<{ url: string; alt?: string }>;
  visibility?: string;
}

const MEDIA_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};
const MAX_BODY = 12 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'invalid_request', 'The request is larger than 12 MB.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer = '',
) {
  res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(value));
}

/** Form fields with PHP-style `name[]` brackets gathered into lists, as Micropub sends them. */
function readForm(body: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [rawName, value] of new URLSearchParams(body)) {
    const name = rawName.endsWith('[]') ? rawName.slice(0, -2) : rawName;
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
  return fields;
}

/** The JSON syntax's `properties`, with every value a list; a photo may be `{value, alt}`. */
function readJson(body: string): Map<string, unknown[]> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'invalid_request', 'The body is not valid JSON.');
  }
  const record = (data ?? {}) as { type?: unknown; properties?: Record<string, unknown> };
  if (!Array.isArray(record.type) || record.type[0] !== 'h-entry') {
    throw new HttpError(400, 'invalid_request', 'Only h-entry posts can be created here.');
  }
  const fields = new Map<string, unknown[]>();
  for (const [name, value] of Object.entries(record.properties ?? {})) {
    fields.set(name, Array.isArray(value) ? value : [value]);
  }
  return fields;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/** Only what this server stored, or any http(s) URL, may become a photo. */
function photoUrl(value: unknown, origin: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value, origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The parts of a `multipart/form-data` body: name, file name, type and bytes. */
function readMultipart(body: Buffer, contentType: string) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) throw new HttpError(400, 'invalid_request', 'The multipart body has no boundary.');
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: Array<{ name?: string; filename?: string; type?: string; data: Buffer }> = [];
  let start = body.indexOf(boundary);
  while (start >= 0) {
    const next = body.indexOf(boundary, start + boundary.length);
    if (next < 0) break;
    const part = body.subarray(start + boundary.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const head = part.subarray(0, split).toString('utf8');
      parts.push({
        name: /name="([^"]*)"/.exec(head)?.[1],
        filename: /filename="([^"]*)"/.exec(head)?.[1],
        type: /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1]?.trim().toLowerCase(),
        data: part.subarray(split + 4),
      });
    }
    start = next;
  }
  return parts;
}

/** A Vite plugin serving the demo's Micropub endpoint and its feed. */
export function micropubDemo(
  dataDir = fileURLToPath(new URL('../.data/', import.meta.url)),
): Plugin {
  const postsFile = `${dataDir}posts.json`;
  const mediaDir = `${dataDir}media/`;
  // Writes one after another, so two quick posts cannot overwrite each other.
  let writing: Promise<unknown> = Promise.resolve();

  async function loadPosts(): Promise<StoredPost[]> {
    try {
      const data: unknown = JSON.parse(await readFile(postsFile, 'utf8'));
      return Array.isArray(data) ? (data as StoredPost[]) : [];
    } catch {
      return [];
    }
  }

  function addPost(post: StoredPost): Promise<void> {
    const task = writing.then(async () => {
      const posts = await loadPosts();
      posts.push(post);
      await mkdir(dataDir, { recursive: true });
      // Write then rename: a crash mid-write leaves the old file whole.
      await writeFile(`${postsFile}.tmp`, JSON.stringify(posts, null, 2));
      await rename(`${postsFile}.tmp`, postsFile);
    });
    writing = task.catch(() => undefined);
    return task;
  }

  async function createPost(req: IncomingMessage, origin: string): Promise<string> {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    const body = (await readBody(req)).toString('utf8');
    let fields: Map<string, unknown[]>;
    if (type.startsWith('application/json')) fields = readJson(body);
    else if (type.startsWith('application/x-www-form-urlencoded')) {
      fields = readForm(body);
      if (fields.get('h')?.[0] !== 'entry') {
        throw new HttpError(400, 'invalid_request', 'Only h=entry posts can be created here.');
      }
    } else {
      throw new HttpError(415, 'invalid_request', 'Send the post form-encoded or as JSON.');
    }
    const photo = (fields.get('photo') ?? []).flatMap((value) => {
      const item = value as { value?: unknown; alt?: unknown };
      const url = photoUrl(typeof value === 'object' && value ? item.value : value, origin);
      if (!url) return [];
      const alt = text(typeof value === 'object' && value ? item.alt : undefined);
      return [alt ? { url, alt } : { url }];
    });
    const content = fields
      .get('content')
      ?.map((value) =>
        typeof value === 'object' && value ? text((value as { html?: unknown }).html) : text(value),
      )[0];
    if (!content && !photo.length) {
      throw new HttpError(400, 'invalid_request', 'A post needs content or a photo.');
    }
    const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const post: StoredPost = {
      id,
      published: new Date().toISOString(),
      category: (fields.get('category') ?? []).flatMap((value) => text(value) ?? []),
      photo,
    };
    if (content) post.content = content;
    const summary = text(fields.get('summary')?.[0]);
    if (summary) post.summary = summary;
    const visibility = text(fields.get('visibility')?.[0]);
    if (visibility) post.visibility = visibility;
    await addPost(post);
    return `${origin}/demo-api/posts/${id}`;
  }

  async function storeMedia(req: IncomingMessage, origin: string): Promise<string> {
    const body = await readBody(req);
    const file = readMultipart(body, req.headers['content-type'] ?? '').find(
      (part) => part.name === 'file' && part.filename !== undefined,
    );
    if (!file) throw new HttpError(400, 'invalid_request', 'Send the file in a part named "file".');
    const extension = file.type ? MEDIA_TYPES[file.type] : undefined;
    if (!extension)
      throw new HttpError(415, 'invalid_request', 'Only JPEG, PNG, GIF, WebP and AVIF images.');
    const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.${extension}`;
    await mkdir(mediaDir, { recursive: true });
    await writeFile(`${mediaDir}${name}`, file.data);
    return `${origin}/demo-api/media/${name}`;
  }

  async function feed(origin: string) {
    const posts = (await loadPosts()).filter((post) => post.visibility !== 'private');
    posts.sort((a, b) => b.published.localeCompare(a.published));
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Posts from the demo composer',
      home_page_url: `${origin}/`,
      feed_url: `${origin}/demo-api/feed.json`,
      authors: [{ name: 'You, in the demo', avatar: `${origin}/avatars/lea.svg` }],
      items: posts.map((post) => ({
        id: post.id,
        url: `${origin}/demo-api/posts/${post.id}`,
        content_text: post.content ?? '',
        date_published: post.published,
        ...(post.category.length ? { tags: post.category } : {}),
        ...(post.photo.length
          ? {
              attachments: post.photo.map((photo) => ({
                url: photo.url,
                mime_type: `image/${photo.url.split('.').pop() === 'jpg' ? 'jpeg' : photo.url.split('.').pop()}`,
                ...(photo.alt ? { title: photo.alt } : {}),
              })),
            }
          : {}),
      })),
    };
  }

  return {
    name: 'micropub-demo',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (!url.pathname.startsWith('/demo-api/')) {
          next();
          return;
        }
        const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
        const handle = async () => {
          if (url.pathname === '/demo-api/micropub' && req.method === 'GET') {
            if (url.searchParams.get('q') === 'config') {
              return sendJson(res, 200, {
                'media-endpoint': `${origin}/demo-api/media`,
                'syndicate-to': [],
              });
            }
            throw new HttpError(400, 'invalid_request', 'Ask with q=config.');
          }
          if (url.pathname === '/demo-api/micropub' && req.method === 'POST') {
            return send(res, 201, { location: await createPost(req, origin) });
          }
          if (url.pathname === '/demo-api/media' && req.method === 'POST') {
            return send(res, 201, { location: await storeMedia(req, origin) });
          }
          if (url.pathname.startsWith('/demo-api/media/') && req.method === 'GET') {
            const name = url.pathname.slice('/demo-api/media/'.length);
            const extension = name.split('.').pop() ?? '';
            const type = Object.entries(MEDIA_TYPES).find(([, ext]) => ext === extension)?.[0];
            if (!/^[a-z0-9]+\.[a-z]+$/.test(name) || !type)
              throw new HttpError(404, 'not_found', 'No such file.');
            try {
              return send(res, 200, { 'content-type': type }, await readFile(`${mediaDir}${name}`));
            } catch {
              throw new HttpError(404, 'not_found', 'No such file.');
            }
          }
          if (url.pathname === '/demo-api/feed.json' && req.method === 'GET') {
            return sendJson(res, 200, await feed(origin));
          }
          if (url.pathname.startsWith('/demo-api/posts/')) {
            const id = url.pathname.split('/').pop();
            const post = (await loadPosts()).find((candidate) => candidate.id === id);
            if (!post) throw new HttpError(404, 'not_found', 'No such post.');
            return sendJson(res, 200, { type: ['h-entry'], properties: post });
          }
          throw new HttpError(404, 'not_found', `Nothing at ${url.pathname}.`);
        };
        handle().catch((error: unknown) => {
          if (error instanceof HttpError) {
            sendJson(res, error.status, { error: error.code, error_description: error.message });
          } else {
            sendJson(res, 500, { error: 'server_error', error_description: String(error) });
          }
        });
      });
    },
  };
}
