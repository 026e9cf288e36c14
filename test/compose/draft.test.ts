import { expect } from '@open-wc/testing';
import { DraftStore, emptyDraft, isDraftEmpty, reviveDraft } from '../../src/compose/draft.js';
import type { Draft } from '../../src/compose/draft.js';

/** A storage that fails the way browsers do: blocked, or full. */
function failingStorage(name: 'SecurityError' | 'QuotaExceededError'): Storage {
  const fail = () => {
    throw new DOMException('no', name);
  };
  return {
    length: 0,
    clear: fail,
    getItem: fail,
    key: fail,
    removeItem: fail,
    setItem: fail,
  };
}

const draft: Draft = {
  text: 'Hello ✨',
  warning: 'spoilers',
  audience: 'unlisted',
  language: 'de',
  media: [
    {
      key: 'm1',
      name: 'sunset.jpg',
      type: 'image/jpeg',
      size: 1234,
      alt: 'A red sunset',
      url: 'https://media.example.com/file/1.jpg',
    },
  ],
  idempotencyKey: 'key-1',
};

describe('draft storage', () => {
  afterEach(() => localStorage.clear());

  it('saves and restores text, warning, audience, language, media and alt text', () => {
    const store = new DraftStore('t1');
    expect(store.save(draft)).to.equal('saved');
    expect(new DraftStore('t1').load()).to.deep.equal(draft);
  });

  it('keeps drafts under different keys apart', () => {
    new DraftStore('a').save(draft);
    expect(new DraftStore('b').load()).to.equal(undefined);
  });

  it('clears the draft', () => {
    const store = new DraftStore('t2');
    store.save(draft);
    store.clear();
    expect(store.load()).to.equal(undefined);
  });

  it('removes the saved draft when the draft becomes empty', () => {
    const store = new DraftStore('t3');
    store.save(draft);
    expect(store.save(emptyDraft())).to.equal('cleared');
    expect(store.load()).to.equal(undefined);
  });

  it('does not bring back media that never reached the server', () => {
    const revived = reviveDraft({
      ...draft,
      media: [{ key: 'local', name: 'x.png', type: 'image/png', size: 1, alt: 'x' }],
    });
    expect(revived!.media).to.deep.equal([]);
  });

  it('reads damaged or foreign data as no draft, or as much as is valid', () => {
    localStorage.setItem('social-composer:bad', '{not json');
    expect(new DraftStore('bad').load()).to.equal(undefined);
    localStorage.setItem('social-composer:odd', JSON.stringify({ text: 42, media: 'x' }));
    expect(new DraftStore('odd').load()).to.deep.equal(emptyDraft());
    expect(reviveDraft([1, 2])).to.equal(undefined);
  });

  it('refuses preview URLs that are not http(s)', () => {
    const revived = reviveDraft({
      ...draft,
      media: [{ ...draft.media[0], preview: 'javascript:alert(1)' }],
    });
    expect(revived!.media[0]!.preview).to.equal(undefined);
  });

  it('fails quietly when storage is blocked', () => {
    const store = new DraftStore('x', failingStorage('SecurityError'));
    expect(store.save(draft)).to.equal('unavailable');
    expect(store.load()).to.equal(undefined);
    expect(store.clear()).to.equal('unavailable');
  });

  it('says when storage is full', () => {
    const store = new DraftStore('x', failingStorage('QuotaExceededError'));
    expect(store.save(draft)).to.equal('full');
  });

  it('works without storage at all', () => {
    const store = new DraftStore('x', null);
    expect(store.save(draft)).to.equal('unavailable');
    expect(store.load()).to.equal(undefined);
  });

  it('tells an empty draft', () => {
    expect(isDraftEmpty(emptyDraft())).to.equal(true);
    expect(isDraftEmpty({ ...emptyDraft(), warning: 'cw' })).to.equal(false);
  });
});
