import { expect } from '@open-wc/testing';
import { parseActor } from '../../src/formats/index.js';
import { jsonfeed } from '../../src/formats/jsonfeed.js';
import { FormatError } from '../../src/formats/types.js';
import type { Actor } from '../../src/model/actor.js';

async function fixtureText(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

const read = async (path: string, url?: string) =>
  (await jsonfeed.parseActor!(await fixtureText(`jsonfeed/${path}`), url ? { url } : {})) as Actor;

describe('JSON Feed as a profile', () => {
  it('is the feed’s first author (1.1 authors), with the avatar it gives', async () => {
    expect(await read('spec-1.1.microblog.json')).to.deep.equal({
      id: 'http://example.org/',
      name: 'Brent Simmons',
      url: 'http://example.org/',
      avatar: 'https://example.org/avatar.png',
    });
  });

  it('reads 1.0’s single author the same way', async () => {
    const actor = await read('spec-1.0.microblog.json');
    expect(actor.name).to.equal('Brent Simmons');
    expect(actor.avatar).to.equal('https://example.org/avatar.png');
  });

  it('prefers authors[0] over the legacy author', async () => {
    const actor = await read('rsparser.authors.json', 'https://blog.example/feed.json');
    expect(actor.name).to.equal('Root Author 1');
    // No author URL and no home page: the feed itself identifies the person.
    expect(actor.id).to.equal('https://blog.example/feed.json');
  });

  it('falls back to the site (title, home page, icon, description as a plain-text bio)', () => {
    const actor = jsonfeed.parseActor!(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'A Blog',
        home_page_url: 'https://blog.example/',
        icon: '/icon.png',
        description: 'Notes on <b>things</b>',
        items: [],
      }),
      {},
    ) as Actor;
    expect(actor).to.deep.equal({
      id: 'https://blog.example/',
      name: 'A Blog',
      url: 'https://blog.example/',
      avatar: 'https://blog.example/icon.png',
      bio: 'Notes on <b>things</b>',
      bioFormat: 'text',
    });
  });

  it('is found by detection through parseActor', async () => {
    const body = await fixtureText('jsonfeed/spec-1.1.simple.json');
    const actor = await parseActor(body, { contentType: 'application/feed+json' });
    expect(actor.id).to.be.a('string');
  });

  it('refuses a document that is no feed, saying what it saw', () => {
    expect(() => jsonfeed.parseActor!('{"error":"nope"}', {})).to.throw(
      FormatError,
      /expected a JSON Feed .* got an object with keys error/,
    );
  });
});
