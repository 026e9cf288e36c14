import { expect } from '@open-wc/testing';
import { mastodon } from '../../src/formats/mastodon.js';
import { plainText } from '../../src/formats/text.js';
import { FormatError } from '../../src/formats/types.js';
import type { FormatContext } from '../../src/formats/types.js';
import type { Page } from '../../src/model/page.js';
import type { Post } from '../../src/model/post.js';

const ORIGIN = 'http://localhost:3000';

async function loadText(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

/** A recorded response: the body, and the context a loader would pass (URL and headers). */
async function recorded(name: string): Promise<{ body: string; context: FormatContext }> {
  const body = await loadText(`mastodon/${name}.json`);
  const raw = JSON.parse(await loadText(`mastodon/${name}.headers.json`)) as {
    request: { uri: string };
    headers: Record<string, string[]>;
  };
  // VCR keeps each header as a list of its values; a Headers object joins them with ", ".
  const headers = new Headers();
  for (const [key, values] of Object.entries(raw.headers)) headers.set(key, values.join(', '));
  return {
    body,
    context: { url: raw.request.uri, headers, contentType: headers.get('content-type')! },
  };
}

async function status(name: string): Promise<Post> {
  const page = await mastodon.parseFeed(await loadText(`mastodon/recorded.status.${name}.json`), {
    url: `${ORIGIN}/api/v1/statuses`,
  });
  expect(page.skipped, 'skipped').to.deep.equal([]);
  expect(page.posts).to.have.length(1);
  return page.posts[0]!;
}

function parse(
  value: unknown,
  context: FormatContext = { url: `${ORIGIN}/api/v1/timelines/home` },
): Page {
  return mastodon.parseFeed(JSON.stringify(value), context) as Page;
}

/** A copy of a recorded status, so tests can bend one field at a time. */
async function statusJson(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await loadText(`mastodon/recorded.status.${name}.json`)) as Record<
    string,
    unknown
  >;
}

describe('mastodon format', () => {
  describe('timelines', () => {
    const timelines: Array<[string, number, string, string]> = [
      ['recorded.home-timeline', 13, '117020593473214477', 'Toot!'],
      ['recorded.public-timeline', 8, '117020593378945190', 'Toot, finally!'],
      ['recorded.account-statuses.page1', 5, '117020580518794573', 'Toot number 9!'],
      ['recorded.account-statuses.page2', 5, '117020580481736214', 'Toot number 4!'],
    ];
    for (const [name, count, firstId, firstText] of timelines) {
      it(`reads every status of ${name}, newest first, with next and prev from the Link header`, async () => {
        const { body, context } = await recorded(name);
        const page = await mastodon.parseFeed(body, context);
        expect(page.format).to.equal('mastodon');
        expect(page.skipped).to.deep.equal([]);
        expect(page.posts).to.have.length(count);
        expect(page.posts[0]!.id).to.equal(firstId);
        expect(plainText(page.posts[0]!)).to.equal(firstText);
        const times = page.posts.map((post) => post.published.getTime());
        expect(times).to.deep.equal([...times].sort((a, b) => b - a));
        for (const post of page.posts) {
          expect(post.id).to.be.a('string');
          expect(post.author.handle).to.match(/^@[\w.]+@localhost:3000$/);
          expect(post.url).to.match(/^http:\/\/localhost:3000\/@/);
          expect(post.html).to.match(/^<p>/);
          expect(post.text, 'no text derived from the HTML').to.equal(undefined);
        }
        const link = (context.headers as Headers).get('link')!;
        expect(page.next).to.equal(/<([^>]+)>; rel="next"/.exec(link)![1]);
        expect(page.prev).to.equal(/<([^>]+)>; rel="prev"/.exec(link)![1]);
      });
    }

    it('follows rel="next" from page 1 to exactly the request of page 2', async () => {
      const one = await recorded('recorded.account-statuses.page1');
      const two = await recorded('recorded.account-statuses.page2');
      const first = await mastodon.parseFeed(one.body, one.context);
      const second = await mastodon.parseFeed(two.body, two.context);
      expect(first.next).to.equal(two.context.url);
      expect(first.next).to.contain('max_id=117020580489281910');
      expect(second.next).to.contain('max_id=117020580452511285');
      expect(second.prev).to.contain('min_id=117020580481736214');
      // Page 2 continues right where page 1 stopped.
      expect(BigInt(second.posts[0]!.id) < BigInt(first.posts.at(-1)!.id)).to.equal(true);
    });

    it('keeps 64-bit IDs exact as strings', async () => {
      const { body, context } = await recorded('recorded.account-statuses.page1');
      const page = await mastodon.parseFeed(body, context);
      expect(page.posts.map((post) => post.id)).to.deep.equal([
        '117020580518794573',
        '117020580511453871',
        '117020580503743669',
        '117020580496489811',
        '117020580489281910',
      ]);
      // Number would have rounded these: 117020580518794573 is not a safe integer.
      expect(Number.isSafeInteger(Number(page.posts[0]!.id))).to.equal(false);
      expect(page.posts[0]!.author.id).to.equal('117020565966271181');
    });

    it('names the account whose statuses a page lists', async () => {
      const { body, context } = await recorded('recorded.account-statuses.page1');
      const page = await mastodon.parseFeed(body, context);
      expect(page.actor?.handle).to.equal('@mastodonpy_test@localhost:3000');
      const home = await recorded('recorded.home-timeline');
      expect((await mastodon.parseFeed(home.body, home.context)).actor).to.equal(undefined);
    });

    it('reads the text a person sees: entities decoded, mentions as @name', async () => {
      const { body, context } = await recorded('recorded.home-timeline');
      const page = await mastodon.parseFeed(body, context);
      expect(plainText(page.posts[1]!)).to.equal("you can't say that on television");
      const mention = page.posts.find((post) => post.id === '117020592129111851')!;
      expect(plainText(mention)).to.equal('@mastodonpy_test todo funny text here');
      expect(mention.mentions).to.deep.equal([
        {
          id: '117020565966271181',
          handle: '@mastodonpy_test@localhost:3000',
          url: `${ORIGIN}/@mastodonpy_test`,
        },
      ]);
    });

    it('marks an edited status with its edit time', async () => {
      const { body, context } = await recorded('recorded.public-timeline');
      const edited = (await mastodon.parseFeed(body, context)).posts.find(
        (post) => post.id === '117020586180926938',
      )!;
      expect(edited.updated?.toISOString()).to.equal('2026-08-01T13:54:00.695Z');
      expect(edited.published.toISOString()).to.equal('2026-08-01T13:54:00.505Z');
      const plain = (await mastodon.parseFeed(body, context)).posts[0]!;
      expect(plain).not.to.have.property('updated');
    });

    it('has no next or prev when the header is missing, and one when only one is given', async () => {
      const { body } = await recorded('recorded.account-statuses.page2');
      const last = await mastodon.parseFeed(body, { url: `${ORIGIN}/api/v1/accounts/1/statuses` });
      expect(last.next).to.equal(undefined);
      expect(last.prev).to.equal(undefined);
      const onlyPrev = await mastodon.parseFeed(body, {
        url: `${ORIGIN}/api/v1/accounts/1/statuses?max_id=5`,
        headers: { Link: '</api/v1/accounts/1/statuses?min_id=9>; rel="prev"' },
      });
      expect(onlyPrev.next).to.equal(undefined);
      expect(onlyPrev.prev).to.equal(`${ORIGIN}/api/v1/accounts/1/statuses?min_id=9`);
    });
  });

  describe('single statuses', () => {
    it('reads the author as a reader sees them', async () => {
      const post = await status('content-warning');
      expect(post.author).to.deep.include({
        id: '117020565966271181',
        handle: '@mastodonpy_test@localhost:3000',
        name: 'John Lennon',
        url: `${ORIGIN}/@mastodonpy_test`,
        avatar: `${ORIGIN}/system/accounts/avatars/117/020/565/966/271/181/original/5784df1febb9890a.jpg`,
        banner: `${ORIGIN}/system/accounts/headers/117/020/565/966/271/181/original/31d1fc3117fb3e85.jpg`,
        bio: '<p>I walk funny</p>',
        bot: false,
        locked: true,
      });
      expect(post.author.avatarAlt).to.equal(undefined);
      expect(post.author.fields).to.deep.equal([
        { name: 'bread', value: 'toasty.' },
        { name: 'lasagna', value: 'no!!!' },
      ]);
      expect(post.author.counts).to.deep.equal({ followers: 0, following: 0, posts: 19 });
      expect(post.author.joined?.toISOString()).to.equal('2026-08-01T00:00:00.000Z');
    });

    it('reads a content warning as summary, with the text and media hidden', async () => {
      const post = await status('content-warning');
      expect(post.summary).to.equal('Content warning');
      expect(post.sensitive).to.equal(true);
      expect(plainText(post)).to.equal('Toot!');
      expect(post.language).to.equal('en');
      expect(post.published.toISOString()).to.equal('2026-08-01T13:53:57.755Z');
      expect(post.counts).to.deep.equal({ replies: 0, reposts: 0, likes: 0, quotes: 0 });
      expect(post.url).to.equal(`${ORIGIN}/@mastodonpy_test/117020586000687987`);
    });

    it('reads a boost as the boosted post, reposted by the booster', async () => {
      const post = await status('reblog');
      expect(post.id).to.equal('117020574416668515');
      expect(plainText(post)).to.equal('Toot!');
      expect(post.url).to.equal(`${ORIGIN}/@mastodonpy_test/117020574416668515`);
      expect(post.counts?.reposts).to.equal(1);
      expect(post.repostedBy?.handle).to.equal('@mastodonpy_test@localhost:3000');
      expect(post.repostOf).to.equal(undefined);
    });

    it('reads a quote, and drops the RE: fallback paragraph from the quoting post', async () => {
      const post = await status('quote');
      expect(post.id).to.equal('117020582925004921');
      expect(plainText(post)).to.equal('yoooooooo');
      // The text of HTML is derived on demand, not while parsing.
      expect(post.text).to.equal(undefined);
      expect(post.html).to.equal('<p>yoooooooo</p>');
      expect(post.quote?.id).to.equal('117020582917124092');
      expect(plainText(post.quote!)).to.equal('Toot!');
      expect(post.quote?.author.name).to.equal('John Lennon');
      expect(post.quote?.counts?.quotes).to.equal(1);
    });

    it('keeps the fallback when the quoted post is not given', async () => {
      const json = await statusJson('quote');
      json['quote'] = { state: 'pending', quoted_status: null };
      const post = parse(json).posts[0]!;
      expect(post.quote).to.equal(undefined);
      expect(post.html).to.contain('quote-inline');
      // The shortened link reads as Mastodon shows it: no scheme, an ellipsis where it was cut.
      expect(plainText(post)).to.equal('RE: localhost:3000/@mastodonpy_tes…\n\nyoooooooo');
    });

    it('reads a reply with the account replied to', async () => {
      const post = await status('reply');
      expect(post.inReplyTo?.id).to.equal('117020574386452629');
      // The author replied to themselves: the replied-to account is the author.
      expect(post.inReplyTo?.author?.handle).to.equal('@mastodonpy_test@localhost:3000');
    });

    it('takes the replied-to account from the mentions', async () => {
      const json = await statusJson('reply');
      json['in_reply_to_account_id'] = '117020566092212359';
      json['mentions'] = [
        {
          id: '117020566092212359',
          username: 'mastodonpy_test_2',
          url: `${ORIGIN}/@mastodonpy_test_2`,
          acct: 'mastodonpy_test_2',
        },
      ];
      const post = parse(json).posts[0]!;
      expect(post.inReplyTo?.author).to.deep.equal({
        id: '117020566092212359',
        handle: '@mastodonpy_test_2@localhost:3000',
        url: `${ORIGIN}/@mastodonpy_test_2`,
      });
      json['mentions'] = [];
      expect(parse(json).posts[0]!.inReplyTo?.author).to.deep.equal({ id: '117020566092212359' });
    });

    it('reads a poll', async () => {
      const post = await status('poll');
      expect(plainText(post)).to.equal('nice');
      expect(post.poll).to.deep.equal({
        options: [
          { title: 'four twenty', votes: 0 },
          { title: 'sixty-nine', votes: 0 },
        ],
        multiple: true,
        expiresAt: new Date('2026-08-01T13:58:07.237Z'),
        closed: false,
        voters: 0,
      });
      // An account with no display name and no header image.
      expect(post.author.name).to.equal(undefined);
      expect(post.author.banner).to.equal(undefined);
      expect(post.author.bio).to.equal(undefined);
    });

    it('reads media with alt text, size, focal point and blurhash', async () => {
      const post = await status('media-alt-text');
      expect(post.sensitive).to.equal(true);
      expect(post.attachments).to.have.length(2);
      expect(post.attachments![0]).to.deep.equal({
        kind: 'image',
        url: `${ORIGIN}/system/media_attachments/files/117/020/576/646/493/592/original/963111bc1b0bd6b6.jpg`,
        preview: `${ORIGIN}/system/media_attachments/files/117/020/576/646/493/592/small/963111bc1b0bd6b6.jpg`,
        alt: 'John Lennon doing a funny walk',
        width: 600,
        height: 600,
        blurhash: 'UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*',
        focus: { x: -0.5, y: 0.3 },
      });
      expect(post.attachments![1]).to.deep.include({
        alt: 'hololives #1 detective, watson ameliachan',
        width: 400,
      });
    });

    it('reads media kinds, missing alt text, duration and odd meta', async () => {
      const json = await statusJson('media-alt-text');
      json['media_attachments'] = [
        {
          id: '1',
          type: 'gifv',
          url: 'https://files.example/a.mp4',
          description: null,
          meta: { original: { width: 320, height: 240, duration: 1.2 } },
        },
        {
          id: '2',
          type: 'audio',
          url: 'https://files.example/b.mp3',
          description: '',
          meta: { original: { duration: 71.5, bitrate: 1 } },
        },
        {
          id: '3',
          type: 'video',
          url: 'https://files.example/c.mp4',
          meta: {
            original: { frame_rate: '6159375/249269', width: 'wide' },
            small: { width: 400, height: 225 },
          },
        },
        {
          id: '4',
          type: 'hologram',
          url: null,
          remote_url: 'https://remote.example/d.bin',
          meta: null,
        },
        { id: '5', type: 'image', url: 'javascript:alert(1)' },
        {
          id: '6',
          type: 'image',
          url: 'https://files.example/f.png',
          meta: { focus: { x: 7, y: 'up' } },
        },
        'not an attachment',
      ];
      const attachments = parse(json).posts[0]!.attachments!;
      expect(attachments).to.deep.equal([
        {
          kind: 'gifv',
          url: 'https://files.example/a.mp4',
          width: 320,
          height: 240,
          duration: 1.2,
        },
        { kind: 'audio', url: 'https://files.example/b.mp3', duration: 71.5 },
        { kind: 'video', url: 'https://files.example/c.mp4', width: 400, height: 225 },
        { kind: 'unknown', url: 'https://remote.example/d.bin' },
        { kind: 'image', url: 'https://files.example/f.png' },
      ]);
    });

    it('reads a link card, and the link as a person sees it', async () => {
      const post = await status('link-card');
      expect(post.card).to.deep.equal({ url: 'http://example.org/', title: 'Example Domain' });
      expect(plainText(post)).to.equal('example.org/');
      expect(post.html).to.contain('<span class="invisible">http://</span>');
    });

    it('drops the hidden https://www. prefix and marks the cut with an ellipsis', () => {
      const page = parse({
        id: '1',
        created_at: '2026-01-01T00:00:00Z',
        account: { id: '2', acct: 'ada@remote.example', url: 'https://remote.example/@ada' },
        content:
          '<p>Read <a href="https://www.example.com/a/very/long/path/indeed"><span class="invisible">https://www.</span><span class="ellipsis">example.com/a/very/long/pa</span><span class="invisible">th/indeed</span></a> now</p>',
      });
      expect(plainText(page.posts[0]!)).to.equal('Read example.com/a/very/long/pa… now');
      expect(page.posts[0]!.author.handle).to.equal('@ada@remote.example');
    });

    it('reads custom emoji on the status and on the account', async () => {
      const json = await statusJson('content-warning');
      json['content'] = '<p>Hello :blobcat:</p>';
      json['emojis'] = [
        {
          shortcode: 'blobcat',
          url: 'https://files.example/blobcat.png',
          static_url: 'https://files.example/blobcat-static.png',
          visible_in_picker: true,
        },
        { shortcode: 'evil', url: 'javascript:alert(1)' },
        { shortcode: 'still', static_url: 'https://files.example/still.png' },
      ];
      const account = json['account'] as Record<string, unknown>;
      account['display_name'] = 'John :beatle:';
      account['emojis'] = [{ shortcode: 'beatle', url: 'https://files.example/beatle.gif' }];
      const post = parse(json).posts[0]!;
      expect(post.emoji).to.deep.equal({
        blobcat: 'https://files.example/blobcat.png',
        still: 'https://files.example/still.png',
      });
      expect(post.author.name).to.equal('John :beatle:');
      expect(post.author.emoji).to.deep.equal({ beatle: 'https://files.example/beatle.gif' });
    });

    it('reads tags, and keeps a page with one status', async () => {
      const json = await statusJson('content-warning');
      json['tags'] = [{ name: 'Caturday', url: `${ORIGIN}/tags/caturday` }, { name: 42 }, null];
      expect(parse(json).posts[0]!.tags).to.deep.equal(['Caturday']);
    });
  });

  describe('accounts', () => {
    it('reads an account into an actor, with verified links', async () => {
      const json = await statusJson('content-warning');
      const account = json['account'] as Record<string, unknown>;
      account['avatar_description'] = 'A drawing of John';
      account['fields'] = [
        {
          name: 'Website',
          value:
            '<a href="https://john.example/" rel="nofollow noopener me" target="_blank">john.example</a>',
          verified_at: '2026-07-01T10:00:00.000+00:00',
        },
        { name: 'Pronouns', value: 'he/him', verified_at: null },
        { name: '', value: 'no name' },
      ];
      const actor = await mastodon.parseActor!(JSON.stringify(account), {
        url: `${ORIGIN}/api/v1/accounts/117020565966271181`,
      });
      expect(actor.handle).to.equal('@mastodonpy_test@localhost:3000');
      expect(actor.avatarAlt).to.equal('A drawing of John');
      expect(actor.fields).to.have.length(2);
      expect(actor.fields![0]!.verifiedAt?.toISOString()).to.equal('2026-07-01T10:00:00.000Z');
      expect(actor.fields![1]).to.deep.equal({ name: 'Pronouns', value: 'he/him' });
      expect(actor.links).to.deep.equal(['https://john.example/']);
    });

    it('refuses what is not an account with a FormatError naming what it saw', async () => {
      for (const body of ['[]', '{"error":"Record not found"}', '{"id":"1"}', 'not json']) {
        let error: unknown;
        try {
          await mastodon.parseActor!(body, {});
        } catch (caught) {
          error = caught;
        }
        expect(error, body).to.be.instanceOf(FormatError);
      }
    });
  });

  describe('hostile and broken input', () => {
    it('throws a FormatError that says what it saw and what to do', () => {
      const cases: Array<[string, RegExp]> = [
        ['<!doctype html><title>Mastodon</title>', /not JSON.*Mastodon API/],
        [
          '{"error":"This action is outside the authorized scopes"}',
          /got an object with keys error.*outside the authorized scopes/,
        ],
        [
          '{"statuses":[]}',
          /expected a JSON array of Mastodon statuses or one status, got an object with keys statuses/,
        ],
        ['"a string"', /got a string/],
        ['null', /got null/],
      ];
      for (const [body, message] of cases) {
        expect(() => mastodon.parseFeed(body, {}), body).to.throw(FormatError, message);
      }
    });

    it('skips entries it cannot read, with a reason, and keeps the rest', async () => {
      const good = await statusJson('content-warning');
      const entries: unknown[] = [
        good,
        null,
        42,
        [],
        {},
        { id: '1', account: null, content: '', created_at: '2026-01-01T00:00:00Z' },
        { id: '2', account: { id: '3', acct: 'x' }, content: '<p>x</p>', created_at: 'yesterday' },
        { id: 2.5, account: { id: '3' }, content: '', created_at: '2026-01-01T00:00:00Z' },
        { ...good, id: '9', reblog: { id: '10', account: 'nobody' } },
        {
          ...good,
          id: '11',
          media_attachments: 'none',
          mentions: { id: 1 },
          tags: 'x',
          emojis: 7,
          poll: [],
          card: 'x',
          quote: 'x',
        },
        {
          ...good,
          id: '12',
          account: {
            ...(good['account'] as object),
            fields: 'x',
            emojis: null,
            url: 'javascript:alert(1)',
          },
        },
      ];
      const page = parse(entries);
      expect(page.posts.map((post) => post.id)).to.deep.equal(['117020586000687987', '11', '12']);
      expect(page.skipped.map((entry) => entry.index)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const entry of page.skipped) expect(entry.reason).to.be.a('string').and.not.equal('');
      expect(page.skipped[0]!.reason).to.contain('null');
      expect(page.skipped[3]!.reason).to.equal('status has no id');
      expect(page.skipped[4]!.reason).to.equal('status 1 has no readable account');
      expect(page.skipped[5]!.reason).to.equal('status 2 has no valid created_at date');
      expect(page.skipped[6]!.reason).to.equal('status has no id');
      expect(page.skipped[7]!.reason).to.equal(
        'boost of an unreadable status: status 10 has no readable account',
      );
      const [, odd, hostile] = page.posts;
      expect(odd!.attachments).to.equal(undefined);
      expect(odd!.card).to.equal(undefined);
      expect(odd!.poll).to.equal(undefined);
      expect(hostile!.author.url).to.equal(undefined);
      // Without a profile URL the host comes from the document's own URL.
      expect(hostile!.author.handle).to.equal('@mastodonpy_test@localhost:3000');
    });

    it('drops javascript: and data: URLs everywhere', async () => {
      const json = await statusJson('link-card');
      json['url'] = 'javascript:alert(1)';
      json['uri'] = 'data:text/html,<script>alert(1)</script>';
      json['card'] = { url: 'javascript:alert(1)', title: 'x' };
      const account = json['account'] as Record<string, unknown>;
      account['avatar'] = 'javascript:alert(1)';
      account['avatar_static'] = 'vbscript:x';
      account['header'] = 'data:image/png;base64,AAAA';
      const post = parse(json).posts[0]!;
      expect(post.url).to.equal(undefined);
      expect(post.card).to.equal(undefined);
      expect(post.author.avatar).to.equal(undefined);
      expect(post.author.banner).to.equal(undefined);
    });

    it('never nests quotes and boosts without end', () => {
      const account = { id: '1', acct: 'a@b.example' };
      let nested: Record<string, unknown> = {
        id: '0',
        account,
        content: '<p>0</p>',
        created_at: '2026-01-01T00:00:00Z',
      };
      for (let depth = 1; depth < 50; depth++) {
        nested = {
          id: String(depth),
          account,
          content: `<p>${depth}</p>`,
          created_at: '2026-01-01T00:00:00Z',
          quote: { state: 'accepted', quoted_status: nested },
        };
      }
      const post = parse(nested).posts[0]!;
      expect(post.quote?.quote?.quote?.quote).to.equal(undefined);
    });
  });

  describe('detect', () => {
    it('is sure of recorded statuses, timelines and accounts', async () => {
      for (const name of ['recorded.home-timeline', 'recorded.account-statuses.page1']) {
        expect(
          mastodon.detect(await loadText(`mastodon/${name}.json`), {}),
          name,
        ).to.be.greaterThan(0.9);
      }
      for (const name of ['reblog', 'quote', 'poll']) {
        expect(
          mastodon.detect(await loadText(`mastodon/recorded.status.${name}.json`), {}),
          name,
        ).to.be.greaterThan(0.9);
      }
      const account = JSON.stringify((await statusJson('poll'))['account']);
      expect(mastodon.detect(account, {})).to.be.greaterThan(0.8);
    });

    it('recognises Mastodon API paths even for an empty page', () => {
      for (const path of [
        '/api/v1/accounts/117020565966271181/statuses?limit=5',
        '/api/v1/timelines/home',
        '/api/v1/timelines/public?local=true',
        '/api/v1/timelines/tag/cats',
        '/api/v1/statuses/117020609135389699',
      ]) {
        expect(
          mastodon.detect('[]', { url: `https://mastodon.example${path}` }),
          path,
        ).to.be.greaterThan(0.8);
      }
    });

    it('is not interested in other documents', () => {
      for (const body of [
        '{"@context":"https://www.w3.org/ns/activitystreams","type":"Note","content":"hi"}',
        '{"version":"https://jsonfeed.org/version/1.1","items":[]}',
        '<?xml version="1.0"?><rss></rss>',
        '',
        '[]',
      ]) {
        expect(mastodon.detect(body, { url: 'https://blog.example/feed' }), body).to.equal(0);
      }
      expect(mastodon.detect('[]', { url: 'not a url' })).to.equal(0);
    });
  });
});
