import { expect } from '@open-wc/testing';
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from '../../src/net/retry.js';

describe('retry timing', () => {
  describe('parseRetryAfter', () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0);

    for (const [value, expected] of [
      ['120', now + 120_000],
      [' 0 ', now],
      ['Wed, 25 Nov 2026 12:00:30 GMT', now + 30_000],
      // A date in the past means "now", never a negative wait.
      ['Wed, 25 Nov 2026 11:00:00 GMT', now],
      ['-5', undefined],
      ['1.5', undefined],
      ['soon', undefined],
      ['', undefined],
      [null, undefined],
      [undefined, undefined],
    ] as const) {
      it(`reads ${JSON.stringify(value)}`, () => {
        expect(parseRetryAfter(value, now)?.getTime()).to.equal(expected);
      });
    }
  });

  it('retries 408, 429 and 5xx only', () => {
    expect(
      [400, 401, 403, 404, 408, 410, 429, 500, 502, 503, 504].filter(isRetryableStatus),
    ).to.deep.equal([408, 429, 500, 502, 503, 504]);
  });

  it('doubles the wait, caps it, and keeps half of it fixed', () => {
    expect([0, 1, 2, 3, 10].map((retry) => backoffDelay(retry, 500, 8000, () => 0))).to.deep.equal([
      250, 500, 1000, 2000, 4000,
    ]);
    expect([0, 1, 2, 3, 10].map((retry) => backoffDelay(retry, 500, 8000, () => 1))).to.deep.equal([
      500, 1000, 2000, 4000, 8000,
    ]);
    // A random source out of range cannot push the wait past the cap or below the floor.
    expect(backoffDelay(0, 500, 8000, () => 7)).to.equal(500);
    expect(backoffDelay(0, 500, 8000, () => -1)).to.equal(250);
    const jittered = backoffDelay(2, 500, 8000);
    expect(jittered).to.be.within(1000, 2000);
  });

  it('sleeps, and stops sleeping when the signal aborts', async () => {
    await sleep(1);
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new Error('gone'));
    let error: unknown;
    try {
      await pending;
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).to.equal('gone');
    let early: unknown;
    try {
      await sleep(10, controller.signal);
    } catch (caught) {
      early = caught;
    }
    expect((early as Error).message).to.equal('gone');
  });
});
