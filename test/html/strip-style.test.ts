import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { withoutStyleAttributes } from '../../src/html/strip-style.js';
import { loadFixture } from '../helpers.js';

/** Elements whose content the parser reads as text, and comments: both left out of comparisons. */
const OPAQUE =
  'script, style, textarea, title, xmp, iframe, noembed, noframes, noscript, plaintext';

/**
 * How the browser itself reads `markup` with every style attribute taken away afterwards; the
 * oracle `withoutStyleAttributes` must agree with before parsing.
 */
function parsedWithoutStyles(markup: string, strip: boolean): string {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  for (const element of doc.querySelectorAll(OPAQUE)) element.remove();
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  if (strip)
    for (const element of doc.querySelectorAll('[style]')) element.removeAttribute('style');
  for (const template of doc.querySelectorAll('template')) template.remove();
  return new XMLSerializer().serializeToString(doc);
}

function agreesWithTheParser(markup: string): void {
  const stripped = withoutStyleAttributes(markup);
  expect(new DOMParser().parseFromString(stripped, 'text/html').querySelector('[style]')).to.equal(
    null,
  );
  expect(parsedWithoutStyles(stripped, false)).to.equal(parsedWithoutStyles(markup, true));
}

describe('withoutStyleAttributes', () => {
  it('takes style attributes out of start tags, in every way they are written (spacing stays)', () => {
    expect(withoutStyleAttributes('<p style="color:red" class="x">a</p>')).to.equal(
      '<p  class="x">a</p>',
    );
    expect(withoutStyleAttributes('<b STYLE=\'x\' title="style=y">b</b>')).to.equal(
      '<b  title="style=y">b</b>',
    );
    expect(withoutStyleAttributes('<i style=a:b>c</i><u/style>d</u>')).to.equal(
      '<i >c</i><u/>d</u>',
    );
    expect(withoutStyleAttributes('<a href="/x" style = "q" >e</a>')).to.equal(
      '<a href="/x"  >e</a>',
    );
  });

  it('leaves text, comments, end tags and other attributes as they are', () => {
    const kept = [
      'style="x" is just text',
      '<!-- <p style="x"> -->',
      '</p style="x">',
      '1 < 2 and style',
      '<a title="a > b" data-style="k">x</a>',
    ];
    for (const markup of kept) expect(withoutStyleAttributes(markup)).to.equal(markup);
  });

  it('agrees with the browser on unfinished markup', () => {
    for (const markup of ['<p style="x', "<p style='", '<p style', '<p style=', '<p', '<'])
      agreesWithTheParser(markup);
  });

  it('agrees with the browser on the XSS corpus', async () => {
    const corpus = await loadFixture<{ payload: string }[]>('xss/dompurify.expect.json');
    for (const { payload } of corpus) agreesWithTheParser(payload);
  });

  it('agrees with the browser on random tag soup', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '=',
      '"',
      "'",
      ' ',
      '\n',
      '\t',
      'style',
      'STYLE',
      'a',
      'p',
      'b',
      'x',
      'title',
      '<!--',
      '-->',
      '<!',
      '</',
      'class',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        agreesWithTheParser(pieces.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('reads hostile input once: a megabyte of open tags and quotes', () => {
    const hostile = '<a style="'.repeat(50_000) + "<b style='x".repeat(50_000);
    const stripped = withoutStyleAttributes(hostile);
    expect(stripped.startsWith('<a')).to.equal(true);
    expect(stripped.length).to.be.below(hostile.length);
  });
});
