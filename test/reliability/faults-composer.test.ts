import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/social-composer.js';
import type { SocialComposer } from '../../src/components/composer/composer.js';
import type { PublishErrorReason } from '../../src/compose/errors.js';
import { composerStrings } from '../../src/i18n/tables/composer.js';
// The publishing part adds its English as it loads; the checks below read it from the start.
import '../../src/components/composer/composer-publish.js';
import { recordReliability } from './record.js';
import {
  MODES,
  MODE_NAMES,
  faultLog,
  faultUrl,
  heal,
  newKey,
  textOf,
  timeoutFor,
  watchUncaught,
  type Mode,
} from './faults.js';

// Every fault of test/faults/server-plugin.mjs at the Micropub endpoint <social-composer>
// publishes to. Two outcomes keep the promise that nothing is lost and nothing posts twice:
// the server refused or never answered (an error that keeps the draft, and Retry posts it once
// the server heals), or the server took the post and only its answer is broken (published once,
// never offered again).

/** What the composer should say for each mode, or that the post went through. */
const EXPECTED: Record<Mode, PublishErrorReason | 'published'> = {
  slow: 'timeout',
  hang: 'timeout',
  '404': 'unexpected',
  '500': 'server',
  '503': 'server',
  '429': 'rate-limit',
  'redirect-loop': 'network',
  reset: 'network',
  'html-error': 'unexpected',
  // The server said 201 with a Location: the post exists, whatever became of the body.
  'wrong-type': 'published',
  truncated: 'published',
  'bad-utf8': 'published',
  huge: 'published',
  'wrong-shape': 'published',
};

const strings = composerStrings('en');
const part = (el: SocialComposer, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function type(el: SocialComposer, text: string): Promise<void> {
  const area = part(el, 'textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The first `social-posted` or `social-post-error`. */
function outcome(el: SocialComposer): Promise<{ posted: boolean; reason?: string }> {
  return new Promise((resolve) => {
    const posted = () => done({ posted: true });
    const failed = (event: Event) =>
      done({
        posted: false,
        reason: (event as Event & { error: { reason: string } }).error.reason,
      });
    const done = (value: { posted: boolean; reason?: string }) => {
      el.removeEventListener('social-posted', posted);
      el.removeEventListener('social-post-error', failed);
      resolve(value);
    };
    el.addEventListener('social-posted', posted);
    el.addEventListener('social-post-error', failed);
  });
}

async function runComposerFault(mode: Mode): Promise<string> {
  const key = newKey('composer');
  const draftKey = `faults-${key}`;
  const expected = EXPECTED[mode];
  const watch = watchUncaught();
  const fail = (message: string) => new Error(`composer, ${mode}: ${message}`);
  try {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('social-composer');
    el.format = 'micropub';
    el.action = faultUrl('micropub', mode, key);
    el.timeout = timeoutFor(mode);
    el.draftKey = draftKey;
    wrapper.append(el);
    await el.updateComplete;
    const words = `Kept through a ${mode}`;
    await type(el, words);
    const first = outcome(el);
    await el.submit();
    const result = await first;
    const posts = async () =>
      (await faultLog(key)).requests.filter((request) => request.method === 'POST').length;

    if (expected === 'published') {
      if (!result.posted) throw fail(`expected it published, got error ${result.reason}`);
      if ((await faultLog(key)).published !== 1) throw fail('the server did not take it once');
      if (el.value !== '') throw fail('the published draft is still in the box');
      if (localStorage.getItem(`social-composer:${draftKey}`)) throw fail('the draft was kept');
      if (part(el, 'retry')) throw fail('a published post is offered again');
      if ((await posts()) !== 1) throw fail('sent more than once');
    } else {
      if (result.posted) throw fail('a failed publish was reported as posted');
      if (result.reason !== expected) throw fail(`reason ${result.reason}, not ${expected}`);
      await el.updateComplete;
      const shown = textOf(part(el, 'error'));
      const reasonWords =
        expected === 'timeout' || expected === 'network'
          ? strings[expected]
          : strings.errors[expected as keyof typeof strings.errors];
      if (!shown.includes(reasonWords)) throw fail(`it says "${shown}", not "${reasonWords}"`);
      if (!shown.includes(strings.kept) && !shown.includes(strings.maybePosted)) {
        throw fail(`it does not say the draft is kept: "${shown}"`);
      }
      if (el.value !== words) throw fail('the draft left the box');
      if (!localStorage.getItem(`social-composer:${draftKey}`)?.includes(words)) {
        throw fail('the draft is not stored');
      }
      if ((await faultLog(key)).published !== 0) throw fail('the refused post was taken');
      await heal(key);
      const second = outcome(el);
      const retry = part(el, 'retry');
      if (!retry) throw fail('no retry button');
      retry.click();
      const again = await second;
      if (!again.posted) throw fail(`Retry after healing failed: ${again.reason}`);
      const log = await faultLog(key);
      if (log.published !== 1) throw fail(`published ${log.published} times`);
      const sent = log.requests.filter((request) => request.method === 'POST');
      if (!sent.at(-1)?.body?.includes(encodeURIComponent(words).replace(/%20/g, '+'))) {
        throw fail('the retry did not send what was written');
      }
      if (el.value !== '') throw fail('the published draft is still in the box');
    }
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (watch.errors.length > 0) throw fail(`uncaught: ${watch.errors.join('; ')}`);
    return expected === 'published'
      ? 'published once, answer ignored'
      : `"${expected}", draft kept, Retry posts once`;
  } finally {
    watch.stop();
    localStorage.removeItem(`social-composer:${draftKey}`);
  }
}

describe('faults: <social-composer> publishing by Micropub', () => {
  for (const mode of MODES) {
    it(`handles a ${MODE_NAMES[mode]}`, async () => {
      let detail = '';
      try {
        detail = await runComposerFault(mode);
      } finally {
        await recordReliability({
          area: 'faults',
          name: MODE_NAMES[mode],
          element: 'social-composer publish',
          cases: 1,
          held: detail !== '',
          ...(detail ? { detail } : {}),
        });
      }
    });
  }

  it('the error state is accessible', async () => {
    const key = newKey('composer-a11y');
    const el = await fixture<SocialComposer>(
      html`<social-composer format="micropub" action=${faultUrl('micropub', '503', key)}></social-composer>`,
    );
    await type(el, 'accessible failure');
    const first = outcome(el);
    await el.submit();
    expect((await first).posted).to.equal(false);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
