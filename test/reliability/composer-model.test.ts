/**
 * Model-based tests of `<social-composer>`: random sequences of what a person and a network do —
 * typing, attaching images with alt text, content warning and audience, failures of every kind,
 * offline spells, reloads (also while a post is on its way) and impatient clicks — against the
 * real element and the fault-switched endpoint of test/compose/server-plugin.mjs. After every
 * step: what the person wrote is on screen and in storage until the server has it, nothing is
 * posted twice, and the element says what is going on.
 *
 * A failure prints fast-check's seed and path; pass them to `fc.assert` (`{ seed, path }`) to
 * replay the exact sequence.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SocialComposer } from '../../src/components/composer/composer.js';
import '../../src/define/social-composer.js';
import { composerStrings } from '../../src/i18n/tables/composer.js';
// The publishing part adds its English as it loads; the checks below read it from the start.
import '../../src/components/composer/composer-publish.js';
import { recordReliability } from './record.js';

const strings = composerStrings('en');

type Outcome = 'ok' | 'slow' | '500' | '503' | 'cut' | 'reset' | 'lost' | 'hold';
type Network = 'up' | 'offline' | 'unreachable';
type Expected = 'none' | 'blocked' | 'queued' | 'failed' | 'held' | 'posted';

/** What the person wrote and what they expect to see, as the model keeps it. */
interface Model {
  /** Which draft this is: a confirmed post starts the next one. */
  generation: number;
  text: string;
  warningOpen: boolean;
  warning: string;
  audience: string;
  alts: string[];
  /** Outcomes the server will give the next publish requests, in order. */
  plan: Outcome[];
  status: 'idle' | 'busy' | 'failed' | 'queued' | 'posted';
  network: Network;
}

interface Created {
  id: string;
  idempotencyKey?: string;
  body: { text?: string; summary?: string; audience?: string; media?: { alt: string }[] };
}

interface ServerState {
  requests: number;
  held: Created['body'][];
  created: Created[];
}

let runCounter = 0;

/** The page: one composer at a time in a container, the server behind it, and the browser's network. */
class Page {
  readonly key = `model${Date.now().toString(36)}${++runCounter}`;
  readonly container = document.createElement('div');
  /** Every composer this run made; earlier ones may still be waiting for an answer. */
  readonly elements: SocialComposer[] = [];
  network: Network = 'up';
  el!: SocialComposer;
  /** How often each outcome came up, for the figures. */
  readonly outcomes: Record<Expected, number> = {
    none: 0,
    blocked: 0,
    queued: 0,
    failed: 0,
    held: 0,
    posted: 0,
  };

  async mount(): Promise<void> {
    if (!this.container.isConnected) {
      this.container.lang = 'en';
      document.body.append(this.container);
    }
    const el = document.createElement('social-composer');
    el.setAttribute('format', 'json');
    el.setAttribute('action', `/test-compose/faulty/${this.key}/post`);
    el.setAttribute('media-action', `/test-compose/media/${this.key}/ok`);
    el.setAttribute('draft-key', this.key);
    // The seam a host page uses for auth; here it is the network, which may go away or drop
    // the connection before (`reset`) or after (`lost`) the server took the post.
    el.fetch = async (input, init) => {
      if (this.network !== 'up') throw new TypeError('Failed to fetch');
      const response = await fetch(input, init);
      if (response.headers.has('x-fault')) throw new TypeError('Failed to fetch');
      return response;
    };
    this.container.append(el);
    this.elements.push(el);
    this.el = el;
    await el.updateComplete;
  }

  async server(): Promise<ServerState> {
    const response = await fetch(`/test-compose/faulty/${this.key}/state`);
    return (await response.json()) as ServerState;
  }

  async control(command: { plan?: Outcome[]; release?: boolean }): Promise<void> {
    await fetch(`/test-compose/faulty/${this.key}/control`, {
      method: 'POST',
      body: JSON.stringify(command),
    });
  }

  stored(): { text: string; warning: string; media: { alt: string }[] } | undefined {
    const raw = localStorage.getItem(`social-composer:${this.key}`);
    return raw ? JSON.parse(raw) : undefined;
  }

  /** Waits until every composer has an outcome, or its request is held by the server. */
  async settle(): Promise<void> {
    const start = Date.now();
    for (;;) {
      await Promise.all(this.elements.map((el) => el.updateComplete));
      const uploading = this.elements.some(
        (el) => el.shadowRoot!.querySelector('[part~="progress"]') !== null,
      );
      const pending = this.elements.filter(busy);
      const { held } = pending.length ? await this.server() : { held: [] };
      const waiting = pending.filter((el) => !held.some((body) => body.text === el.value));
      if (uploading) waiting.push(this.el);
      if (waiting.length === 0) return;
      if (Date.now() - start > 3000) {
        throw new Error(
          `a composer stayed busy without a request on its way: "${waiting[0]!.value}"`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  async dispose(): Promise<void> {
    await this.control({ release: true, plan: [] });
    await this.settle().catch(() => undefined);
    this.container.remove();
    setOnline(true);
    localStorage.removeItem(`social-composer:${this.key}`);
  }
}

const part = (el: SocialComposer, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textarea = (el: SocialComposer) => part(el, 'textarea') as HTMLTextAreaElement;
const busy = (el: SocialComposer) => textarea(el).readOnly;
const words = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function setOnline(online: boolean): void {
  if (online) delete (navigator as { onLine?: boolean }).onLine;
  else Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

function hasContent(model: Model): boolean {
  return (
    model.text.trim() !== '' ||
    model.alts.length > 0 ||
    (model.warningOpen && model.warning.trim() !== '')
  );
}

/** What the server must hold for the model's draft: the JSON API body the composer sends. */
function sameContent(body: Created['body'], model: Model): boolean {
  const warning = model.warningOpen ? model.warning.trim() : '';
  return (
    (body.text ?? '') === model.text &&
    (body.summary ?? '') === warning &&
    body.audience === model.audience &&
    JSON.stringify((body.media ?? []).map((item) => item.alt)) ===
      JSON.stringify(model.alts.map((alt) => alt.trim()))
  );
}

function contentKey(body: Created['body']): string {
  return JSON.stringify([
    body.text ?? '',
    body.summary ?? '',
    body.audience,
    (body.media ?? []).map((m) => m.alt),
  ]);
}

/** The next draft: what a person writes once the last one is posted. */
function startOver(model: Model): void {
  model.generation++;
  model.text = '';
  model.warningOpen = false;
  model.warning = '';
  model.alts = [];
  model.status = 'posted';
}

/** What one publish attempt should lead to, consuming the server's plan as the request would. */
function expectPublish(model: Model): Expected {
  if (model.status === 'busy') return 'none';
  if (model.text.trim() === '' && model.alts.length === 0) return 'blocked';
  if (model.network === 'offline') return 'queued';
  if (model.network === 'unreachable') return 'failed';
  const outcome = model.plan.shift() ?? 'ok';
  // A 2xx whose body is cut short still means the server took the post.
  if (outcome === 'ok' || outcome === 'slow' || outcome === 'cut') return 'posted';
  if (outcome === 'hold') return 'held';
  return 'failed';
}

/** Checks what the element shows against what the model expected from the last attempt. */
function checkOutcome(expected: Expected, model: Model, page: Page, server: ServerState): void {
  page.outcomes[expected]++;
  const el = page.el;
  const status = words(part(el, 'status'));
  const error = words(part(el, 'error'));
  switch (expected) {
    case 'none':
      return;
    case 'blocked':
      expect(error, 'an empty draft says why it cannot be posted').to.contain(strings.empty);
      if (model.status === 'failed') model.status = 'idle';
      return;
    case 'queued':
      expect(status, 'offline: the post waits').to.contain(strings.offlineQueued);
      expect(el.value).to.equal(model.text);
      model.status = 'queued';
      return;
    case 'failed':
      expect(error, 'a failure is explained').to.not.equal('');
      expect(part(el, 'retry'), 'a failure offers a retry').to.not.equal(null);
      expect(el.value, 'a failure keeps the text').to.equal(model.text);
      model.status = 'failed';
      return;
    case 'held':
      expect(busy(el), 'busy while the post is on its way').to.equal(true);
      expect(words(part(el, 'submit'))).to.contain(strings.publishing);
      model.status = 'busy';
      return;
    case 'posted': {
      expect(status, 'a confirmed post is announced').to.contain(strings.posted);
      expect(
        server.created.some((post) => sameContent(post.body, model)),
        'the server holds exactly what was written',
      ).to.equal(true);
      expect(el.value).to.equal('');
      startOver(model);
    }
  }
}

/** The invariants that hold after every step, whatever happened. */
function checkInvariants(model: Model, page: Page, { created }: ServerState): void {
  // Never published twice: every generation's text starts with its own marker, so two posts with
  // the same content are the same draft posted twice.
  const seen = new Set<string>();
  for (const post of created) {
    const content = contentKey(post.body);
    expect(seen.has(content), `posted twice: ${content}`).to.equal(false);
    seen.add(content);
  }
  const el = page.el;
  if (!hasContent(model)) return;
  const published = created.some((post) => post.body && sameContent(post.body, model));
  const empty =
    el.value === '' && !el.shadowRoot!.querySelector('[part~="alt"], [part~="warning"]');
  if (published && empty && !busy(el) && model.status !== 'failed') {
    // Another composer (one that was on its way when the page reloaded) got the confirmation
    // and the draft it cleared was the one posted.
    startOver(model);
    model.status = 'idle';
    return;
  }
  // The draft is never lost: on screen, and in storage for the next reload unless the server has it.
  expect(el.value, 'the text area holds what was written').to.equal(model.text);
  if (model.warningOpen) {
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#warning');
    expect(field?.value, 'the content warning is kept').to.equal(model.warning);
  }
  const alts = [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('[part~="alt"]')].map(
    (field) => field.value,
  );
  expect(alts, 'every image and its alt text is kept').to.deep.equal(model.alts);
  if (!published) {
    const stored = page.stored();
    expect(stored?.text, 'storage holds the text for a reload').to.equal(model.text);
    expect(stored?.warning ?? '').to.equal(model.warningOpen ? model.warning : '');
    expect((stored?.media ?? []).map((item) => item.alt)).to.deep.equal(model.alts);
  }
  // The element says what is going on.
  if (busy(el)) expect(words(part(el, 'submit'))).to.contain(strings.publishing);
  if (model.status === 'failed') expect(part(el, 'retry')).to.not.equal(null);
}

type Command = fc.AsyncCommand<Model, Page>;

abstract class Step implements Command {
  check(_model: Readonly<Model>): boolean {
    return true;
  }
  abstract act(model: Model, page: Page): Promise<Expected>;
  async run(model: Model, page: Page): Promise<void> {
    const expected = await this.act(model, page);
    await page.settle();
    const server = await page.server();
    checkOutcome(expected, model, page, server);
    checkInvariants(model, page, server);
  }
  abstract toString(): string;
}

/** Types into the text area as a person does (nothing happens while it is read-only). */
class Type extends Step {
  constructor(
    readonly how: 'replace' | 'append' | 'erase',
    readonly typed: string,
  ) {
    super();
  }
  async act(model: Model, page: Page): Promise<Expected> {
    const area = textarea(page.el);
    if (area.readOnly) return 'none';
    const marker = `[${page.key}g${model.generation}] `;
    const next =
      this.how === 'erase'
        ? ''
        : this.how === 'replace' || model.text === ''
          ? marker + this.typed
          : model.text + this.typed;
    area.value = next;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    model.text = next;
    if (model.status === 'posted') model.status = 'idle';
    return 'none';
  }
  toString() {
    return `Type(${this.how}, ${JSON.stringify(this.typed)})`;
  }
}

class ToggleWarning extends Step {
  async act(model: Model, page: Page): Promise<Expected> {
    const toggle = part(page.el, 'warning-toggle') as HTMLButtonElement;
    if (toggle.disabled) return 'none';
    toggle.click();
    model.warningOpen = !model.warningOpen;
    return 'none';
  }
  toString() {
    return 'ToggleWarning';
  }
}

class TypeWarning extends Step {
  constructor(readonly typed: string) {
    super();
  }
  override check(model: Readonly<Model>): boolean {
    return model.warningOpen;
  }
  async act(model: Model, page: Page): Promise<Expected> {
    await page.el.updateComplete;
    const field = page.el.shadowRoot!.querySelector<HTMLInputElement>('#warning');
    if (!field || field.readOnly) return 'none';
    field.value = this.typed;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    model.warning = this.typed;
    return 'none';
  }
  toString() {
    return `TypeWarning(${JSON.stringify(this.typed)})`;
  }
}

class ChooseAudience extends Step {
  constructor(readonly audience: string) {
    super();
  }
  async act(model: Model, page: Page): Promise<Expected> {
    const select = part(page.el, 'audience') as HTMLSelectElement;
    if (select.disabled) return 'none';
    select.value = this.audience;
    select.dispatchEvent(new Event('change'));
    model.audience = this.audience;
    return 'none';
  }
  toString() {
    return `ChooseAudience(${this.audience})`;
  }
}

/** Attaches an image (it uploads at once) and describes it. */
class Attach extends Step {
  constructor(readonly alt: string) {
    super();
  }
  override check(model: Readonly<Model>): boolean {
    return model.alts.length < 2 && model.network === 'up';
  }
  async act(model: Model, page: Page): Promise<Expected> {
    if (busy(page.el)) return 'none';
    const file = new File([new Uint8Array(64).fill(7)], `pic${model.alts.length}.png`, {
      type: 'image/png',
    });
    page.el.addFiles([file]);
    await page.settle();
    const fields = page.el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('[part~="alt"]');
    const field = fields[fields.length - 1]!;
    field.value = this.alt;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    model.alts = [...model.alts, this.alt];
    if (model.status === 'posted') model.status = 'idle';
    return 'none';
  }
  toString() {
    return `Attach(${JSON.stringify(this.alt)})`;
  }
}

/** Plans how the server answers the next publish requests. */
class Plan extends Step {
  constructor(readonly outcomes: Outcome[]) {
    super();
  }
  async act(model: Model, page: Page): Promise<Expected> {
    model.plan = [...this.outcomes];
    await page.control({ plan: this.outcomes });
    return 'none';
  }
  toString() {
    return `Plan(${this.outcomes.join(',')})`;
  }
}

/** Publishes the way an impatient person does: one click, a double click, Ctrl+Enter twice, … */
class Submit extends Step {
  constructor(
    readonly how: 'click' | 'double-click' | 'ctrl-enter-twice' | 'retry',
    /** How the server answers this publish, when the step says. */
    readonly outcome?: Outcome,
  ) {
    super();
  }
  override check(model: Readonly<Model>): boolean {
    return this.how !== 'retry' || model.status === 'failed';
  }
  async act(model: Model, page: Page): Promise<Expected> {
    const el = page.el;
    if (this.outcome) {
      model.plan = [this.outcome];
      await page.control({ plan: model.plan });
    }
    const expected = expectPublish(model);
    if (this.how === 'retry') {
      (part(el, 'retry') as HTMLButtonElement).click();
    } else if (this.how === 'ctrl-enter-twice') {
      for (let i = 0; i < 2; i++) {
        textarea(el).dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'Enter',
            ctrlKey: true,
            bubbles: true,
            composed: true,
          }),
        );
      }
    } else {
      const button = part(el, 'submit') as HTMLButtonElement;
      button.click();
      if (this.how === 'double-click') button.click();
    }
    return expected;
  }
  toString() {
    return `Submit(${this.how}${this.outcome ? `, ${this.outcome}` : ''})`;
  }
}

/** The server answers every request it was holding. */
class Release extends Step {
  async act(model: Model, page: Page): Promise<Expected> {
    await page.control({ release: true });
    if (model.status !== 'busy') return 'none';
    return 'posted';
  }
  toString() {
    return 'Release';
  }
}

/** A page reload: the element goes away (its request, if any, still on its way) and a new one restores the draft. */
class Reload extends Step {
  async act(model: Model, page: Page): Promise<Expected> {
    page.el.remove();
    await page.mount();
    // A closed or empty content warning is not part of the draft, and an empty draft is not kept
    // (its audience is whatever the new element starts with).
    if (!model.warningOpen) model.warning = '';
    if (model.warningOpen && model.warning === '') model.warningOpen = false;
    if (!hasContent(model)) {
      model.warningOpen = false;
      model.warning = '';
      model.audience = (part(page.el, 'audience') as HTMLSelectElement).value;
    }
    model.status = 'idle';
    return 'none';
  }
  toString() {
    return 'Reload';
  }
}

class SetNetwork extends Step {
  constructor(readonly network: Network) {
    super();
  }
  override check(model: Readonly<Model>): boolean {
    return model.network !== this.network;
  }
  async act(model: Model, page: Page): Promise<Expected> {
    const wasOffline = model.network === 'offline';
    model.network = this.network;
    page.network = this.network;
    if (this.network === 'offline') setOnline(false);
    else if (wasOffline) {
      // Back online: a queued post goes by itself.
      const queued = model.status === 'queued';
      if (queued) model.status = 'idle';
      setOnline(true);
      if (queued) return expectPublish(model);
    }
    return 'none';
  }
  toString() {
    return `Network(${this.network})`;
  }
}

const typed = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const outcome = fc.constantFrom<Outcome>(
  'ok',
  'slow',
  '500',
  '503',
  'cut',
  'reset',
  'lost',
  'hold',
);

const typing = fc
  .tuple(
    fc.constantFrom<'replace' | 'append' | 'erase'>('replace', 'append', 'append', 'erase'),
    typed,
  )
  .map(([how, text]) => new Type(how, text));
const submitting = (outcomes: fc.Arbitrary<Outcome>) =>
  fc
    .tuple(
      fc.constantFrom<'click' | 'double-click' | 'ctrl-enter-twice' | 'retry'>(
        'click',
        'double-click',
        'ctrl-enter-twice',
        'retry',
      ),
      fc.option(outcomes, { nil: undefined }),
    )
    .map(([how, answer]) => new Submit(how, answer));
const planning = fc
  .array(outcome, { minLength: 1, maxLength: 3 })
  .map((outcomes) => new Plan(outcomes));

/** Every step a sequence draws from; writing, publishing and failures come up most often. */
const everything = fc.oneof(
  { arbitrary: typing, weight: 4 },
  { arbitrary: submitting(outcome), weight: 4 },
  { arbitrary: planning, weight: 1 },
  { arbitrary: fc.constant(new ToggleWarning()), weight: 1 },
  { arbitrary: typed.map((text) => new TypeWarning(text)), weight: 1 },
  {
    arbitrary: fc
      .constantFrom('public', 'unlisted', 'private')
      .map((value) => new ChooseAudience(value)),
    weight: 1,
  },
  { arbitrary: typed.map((alt) => new Attach(alt)), weight: 1 },
  { arbitrary: fc.constant(new Release()), weight: 1 },
  { arbitrary: fc.constant(new Reload()), weight: 2 },
  {
    arbitrary: fc
      .constantFrom<Network>('up', 'offline', 'unreachable')
      .map((network) => new SetNetwork(network)),
    weight: 2,
  },
);

/** Lost answers and reloads while a post is on its way, where a double post or a lost draft hides. */
const lossy = fc.oneof(
  { arbitrary: typing, weight: 3 },
  {
    arbitrary: submitting(
      fc.constantFrom<Outcome>('ok', 'lost', 'lost', 'reset', 'hold', 'hold', '503'),
    ),
    weight: 4,
  },
  { arbitrary: fc.constant(new Reload()), weight: 2 },
  { arbitrary: fc.constant(new Release()), weight: 2 },
);

/** A sequence of 6 to 12 steps that starts with something written. */
const sequence = (steps: fc.Arbitrary<Command>) =>
  fc
    .tuple(typing, fc.array(steps, { minLength: 5, maxLength: 11 }))
    .map(([first, rest]) => [first, ...rest]);

function newModel(): Model {
  return {
    generation: 0,
    text: '',
    warningOpen: false,
    warning: '',
    audience: 'public',
    alts: [],
    plan: [],
    status: 'idle',
    network: 'up',
  };
}

/**
 * Runs `numRuns` random sequences, each on a fresh page with its own server state, and records
 * how many ran and what they met for test/RELIABILITY.md.
 */
async function runModel(
  name: string,
  arbitrary: fc.Arbitrary<Iterable<Command>>,
  numRuns: number,
): Promise<void> {
  let runs = 0;
  let steps = 0;
  const met: Record<Expected, number> = {
    none: 0,
    blocked: 0,
    queued: 0,
    failed: 0,
    held: 0,
    posted: 0,
  };
  let held = false;
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (sequence) => {
        runs++;
        const page = new Page();
        await page.mount();
        try {
          await fc.asyncModelRun(() => ({ model: newModel(), real: page }), sequence);
        } finally {
          await page.dispose();
          for (const [outcome, count] of Object.entries(page.outcomes)) {
            met[outcome as Expected] += count;
            steps += count;
          }
        }
      }),
      { numRuns, includeErrorInReport: true },
    );
    held = true;
  } finally {
    await recordReliability({
      area: 'composer-model',
      name,
      element: 'social-composer',
      cases: runs,
      held,
      detail: `${steps} steps; ${met.posted} posted, ${met.failed} failed, ${met.held} held mid-post, ${met.queued} queued offline`,
    });
  }
}

describe('<social-composer> under random sequences (model-based)', function () {
  // About 5 s each on an idle machine; room for a busy one.
  this.timeout(30_000);
  afterEach(() => setOnline(true));

  it('keeps the draft and posts once through typing, media, failures and repeated submits', async () => {
    await runModel(
      'typing, media, warning, audience, failures, offline, reloads, repeated submits',
      sequence(everything),
      30,
    );
  });

  it('keeps the draft and posts once when answers are lost and pages reload mid-post', async () => {
    await runModel('lost answers, resets, reloads while a post is on its way', sequence(lossy), 30);
  });

  describe('sequences that once failed', () => {
    const replay = (steps: Command[]) =>
      fc.assert(
        fc.asyncProperty(fc.constant(steps), async (sequence) => {
          const page = new Page();
          await page.mount();
          try {
            await fc.asyncModelRun(() => ({ model: newModel(), real: page }), sequence);
          } finally {
            await page.dispose();
          }
        }),
        { numRuns: 1, includeErrorInReport: true },
      );

    it('posts a draft edited after an answer was lost, not the earlier version', async () => {
      // The same idempotency key made the server answer with the first version's post.
      await replay([
        new Type('replace', 'first'),
        new Submit('click', 'lost'),
        new Type('append', ', edited'),
        new Submit('retry', 'ok'),
      ]);
    });

    it('keeps the draft a reloaded composer wrote when the old one’s post lands', async () => {
      // The removed composer's success cleared storage, erasing its successor's newer draft.
      await replay([
        new Type('replace', 'first'),
        new Submit('click', 'hold'),
        new Reload(),
        new Type('append', ', edited'),
        new Release(),
        new Reload(),
      ]);
    });
  });
});
