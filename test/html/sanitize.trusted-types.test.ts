import { expect } from '@open-wc/testing';
import { loadSanitizer, sanitize, useSanitizerEngine } from '../../src/html/sanitize.js';
import { richText } from '../../src/html/rich-text.js';

// Trusted Types enforced for the rest of this page, as a site with a strict CSP would have them.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "require-trusted-types-for 'script'";
document.head.append(policy);

/** Whether this browser now refuses a plain string in a script sink. */
function enforced(): boolean {
  try {
    document.createElement('script').text = 'void 0';
    return false;
  } catch {
    return true;
  }
}

describe('the HTML gate under enforced Trusted Types', () => {
  before(function () {
    if (!enforced()) this.skip();
  });
  after(async () => {
    useSanitizerEngine('auto');
    await loadSanitizer();
  });

  for (const engine of ['native', 'dompurify'] as const) {
    it(`sanitizes with the ${engine} engine without a violation`, async () => {
      useSanitizerEngine(engine);
      await loadSanitizer();
      const container = document.createElement('div');
      container.append(
        sanitize('<p>ok <a href="https://a.example/">link</a><script>x()</script></p>'),
      );
      expect(container.textContent).to.equal('ok link');
      expect(container.querySelector('a')!.getAttribute('href')).to.equal('https://a.example/');
    });
  }

  it('builds rich text without a violation', () => {
    const container = document.createElement('div');
    container.append(richText('see https://a.example/ #tag'));
    expect(container.querySelector('a')!.getAttribute('href')).to.equal('https://a.example/');
  });
});
