import { expect } from '@open-wc/testing';
import { parseLinkHeader } from '../../src/formats/link-header.js';

const BASE = 'https://mastodon.example/api/v1/timelines/home';

function asObject(value: string, base?: string): Record<string, string> {
  return Object.fromEntries(parseLinkHeader(value, base));
}

async function recordedLink(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/mastodon/${name}.headers.json`);
  const recorded = (await response.json()) as { headers: { link: string[] } };
  return recorded.headers.link.join(', ');
}

describe('parseLinkHeader', () => {
  it('reads the next and prev links Mastodon recorded', async () => {
    const links = parseLinkHeader(await recordedLink('recorded.account-statuses.page1'));
    expect(Object.fromEntries(links)).to.deep.equal({
      next: 'http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&max_id=117020580489281910',
      prev: 'http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&min_id=117020580518794573',
    });
  });

  const cases: Array<[string, string, Record<string, string>]> = [
    [
      'one rel only',
      '<https://a.example/p?max_id=1>; rel="next"',
      { next: 'https://a.example/p?max_id=1' },
    ],
    ['an unquoted rel', '<https://a.example/2>; rel=next', { next: 'https://a.example/2' }],
    [
      'several relation types in one rel',
      '<https://a.example/last>; rel="next last"',
      { next: 'https://a.example/last', last: 'https://a.example/last' },
    ],
    [
      'relative targets, resolved against the base',
      '</api/v1/timelines/home?max_id=9>; rel="next", <?min_id=12>; rel="prev"',
      {
        next: 'https://mastodon.example/api/v1/timelines/home?max_id=9',
        prev: 'https://mastodon.example/api/v1/timelines/home?min_id=12',
      },
    ],
    [
      'commas and semicolons inside the angle brackets',
      '<https://a.example/x?tags=a,b;c>; rel="next", <https://a.example/y>; rel="prev"',
      { next: 'https://a.example/x?tags=a,b;c', prev: 'https://a.example/y' },
    ],
    [
      'other parameters, quoted strings with commas and escapes, and spacing',
      '<https://a.example/n> ;title="a, \\"quoted\\"; title" ; type=text/html;REL = "NEXT" ,<https://a.example/p>;rel=prev',
      { next: 'https://a.example/n', prev: 'https://a.example/p' },
    ],
    [
      'the first link of a relation when it repeats',
      '<https://a.example/1>; rel=next, <https://a.example/2>; rel=next',
      { next: 'https://a.example/1' },
    ],
    [
      'the first rel parameter of a link',
      '<https://a.example/1>; rel=next; rel=prev',
      { next: 'https://a.example/1' },
    ],
    ['a link without rel is ignored', '<https://a.example/1>; title="x"', {}],
    ['an empty header', '', {}],
  ];
  for (const [name, header, expected] of cases) {
    it(`reads ${name}`, () => {
      expect(asObject(header, BASE)).to.deep.equal(expected);
    });
  }

  it('keeps only http and https targets', () => {
    expect(
      asObject(
        '<javascript:alert(1)>; rel=next, <data:text/html,x>; rel=prev, <https://a.example/ok>; rel=last',
      ),
    ).to.deep.equal({ last: 'https://a.example/ok' });
  });

  it('drops relative targets when there is no base', () => {
    expect(asObject('</relative>; rel=next')).to.deep.equal({});
  });

  it('passes over garbage without throwing and still reads the good links', () => {
    const garbage = [
      'garbage',
      '<<<>>>',
      ';;;,,,',
      '<https://a.example/open',
      '<https://a.example/x>; rel="unterminated',
      'https://a.example/no-brackets; rel=next',
      '<http://[broken>; rel=next',
      '\u0000\uffff',
      '"<quoted>"; rel=next',
    ];
    for (const value of garbage) {
      expect(() => parseLinkHeader(value, BASE), value).not.to.throw();
    }
    expect(
      asObject(
        'junk "a, <b>", <https://a.example/n>; rel=next; junk junk, <https://a.example/p>; rel=prev',
        BASE,
      ),
    ).to.deep.equal({ next: 'https://a.example/n', prev: 'https://a.example/p' });
    expect(asObject('<https://a.example/x>; rel="unterminated')).to.deep.equal({
      unterminated: 'https://a.example/x',
    });
  });

  it('answers an empty map for a value that is not a string', () => {
    expect(parseLinkHeader(undefined as unknown as string).size).to.equal(0);
  });
});
