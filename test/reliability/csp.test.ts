/**
 * Every element under `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'
 * data:; require-trusted-types-for 'script'`, on both sanitizer engines: the pages are served
 * with that header by test/csp/server-plugin.mjs and framed here, since the test runner's own
 * page needs inline scripts.
 */
import { expect } from '@open-wc/testing';
import type { CspReport } from '../csp/report.js';
import { recordReliability } from './record.js';

const hasNativeSanitizer =
  typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function' &&
  typeof (globalThis as { Sanitizer?: unknown }).Sanitizer === 'function';
const hasTrustedTypes = typeof (globalThis as { trustedTypes?: unknown }).trustedTypes === 'object';

const frames: HTMLIFrameElement[] = [];

/** Opens `path` in a frame and resolves with the report it posts. */
function open(path: string): Promise<CspReport> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frames.push(frame);
  const report = new Promise<CspReport>((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.kind !== 'csp-report') return;
      removeEventListener('message', listener);
      resolve(event.data as CspReport);
    };
    addEventListener('message', listener);
  });
  frame.src = path;
  document.body.append(frame);
  return report;
}

const describeViolations = (report: CspReport) =>
  report.violations.map((v) => `${v.directive} ${v.blocked} ${v.sample} (${v.source})`).join('\n');

describe('a page with a strict CSP and Trusted Types', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('reports what the policy refuses (a control: the test can fail)', async function () {
    this.timeout(15000);
    const report = await open('/test-csp/control.html');
    const directives = report.violations.map((violation) => violation.directive);
    expect(report.rendered['inline script'], 'inline script').to.equal('refused');
    expect(directives, 'inline script').to.include('script-src-elem');
    expect(report.rendered['style attribute']).to.equal('refused');
    expect(directives, 'style attribute').to.include('style-src-attr');
    expect(directives, 'remote image').to.include('img-src');
    let cases = 3;
    if (hasTrustedTypes) {
      expect(report.trustedTypes, 'Trusted Types enforced').to.equal(true);
      expect(report.rendered['html sink']).to.match(/^refused/);
      expect(directives, 'innerHTML').to.include('require-trusted-types-for');
      cases += 1;
    }
    await recordReliability({
      area: 'csp',
      name: 'control page: deliberate violations are reported',
      element: 'control',
      cases,
      held: true,
      detail: hasTrustedTypes
        ? 'inline script, style attribute, remote image, innerHTML'
        : 'inline script, style attribute, remote image (no Trusted Types here)',
    });
  });

  for (const engine of ['native', 'dompurify'] as const) {
    it(`runs every element with zero violations (${engine} sanitizer)`, async function () {
      // Firefox ESR has no native HTML sanitizer: that engine cannot run there at all.
      if (engine === 'native' && !hasNativeSanitizer) this.skip();
      this.timeout(20000);
      const report = await open(`/test-csp/page.html?engine=${engine}`);
      const rendered = Object.entries(report.rendered);
      await recordReliability({
        area: 'csp',
        name: `every element, ${engine} sanitizer`,
        element: 'all elements',
        cases: rendered.length,
        held: report.violations.length === 0 && report.errors.length === 0,
        detail:
          'feed of 6 formats, 6 posts, post from the model, hover card, lightbox, 4 cards, composer',
      });
      expect(report.trustedTypes, 'Trusted Types enforced').to.equal(hasTrustedTypes);
      // Remote style attributes included: they are taken out before parsing (strip-style.ts),
      // since a parser reports each one it creates under style-src, even in an inert document.
      expect(report.violations, describeViolations(report)).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      for (const [name, outcome] of rendered) expect(outcome, name).to.match(/^ok/);
    });
  }
});
