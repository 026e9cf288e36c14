/**
 * A draft kept under the composer's `draft-key` shows on its first paint: that paint waits for
 * the code that keeps drafts, which the test server holds back here (a page of its own, so
 * nothing loaded it before).
 */
import { expect } from '@open-wc/testing';
import * as support from './lazy-support.js';
import { connect, moment, newKey, part, saveDraft, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') => support.gate('draft', command);

describe('<social-composer> with a kept draft, before its draft code', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('shows a kept draft on the first paint, waiting for the code', async () => {
    const key = newKey('draft');
    saveDraft(key, 'kept');
    await gate('hold');
    const el = await connect(key);
    let first: string | undefined;
    const observer = new MutationObserver(() => {
      first ??= (part(el, 'textarea') as HTMLTextAreaElement | null)?.value;
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await moment();
    expect(part(el, 'textarea'), 'no paint before the kept draft can show').to.equal(null);
    const done = el.updateComplete;
    await gate('open');
    await done;
    observer.disconnect();
    expect(first, 'the first paint').to.equal('kept');
    expect(el.value).to.equal('kept');
    expect(words(part(el, 'status'))).to.equal('Your unsent draft was restored.');
  });
});
