/**
 * Hover cards: a compact `<social-profile-card>` in a popover beside an author's name, opened
 * by a resting pointer and by keyboard focus alike, for any element that shows an `Actor`.
 */
import {
  css,
  html,
  nothing,
  type LitElement,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {
  Directive,
  PartType,
  directive,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';
import type { Actor } from '../../model/actor.js';
import { SocialProfileCard } from './profile-card.js';

/** How long a pointer rests on, or focus stays on, a name before its card opens. */
export const HOVERCARD_OPEN_DELAY = 500;
/** The grace period for the pointer to travel from the name to the card (and back). */
export const HOVERCARD_CLOSE_DELAY = 300;
/** How long after the last scroll event the page counts as still scrolling. */
export const HOVERCARD_SCROLL_QUIET = 200;

/** The anchor name; tree-scoped, so every post's shadow root has its own. */
const ANCHOR = '--social-hovercard';

let lastScroll = Number.NEGATIVE_INFINITY;
let listening = false;
/** The one card open on the page: opening another closes it. */
let current: HoverCardController | undefined;

function recentlyScrolled(): boolean {
  return performance.now() - lastScroll < HOVERCARD_SCROLL_QUIET;
}

/** One passive listener for the whole page; scroll events do not bubble, but they do capture. */
function listenForScrolling(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  addEventListener(
    'scroll',
    () => {
      lastScroll = performance.now();
      current?.pageScrolled();
    },
    { capture: true, passive: true },
  );
}

function supportsAnchors(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    CSS.supports('anchor-name', '--a') &&
    CSS.supports('position-area', 'block-end')
  );
}

/** The listeners on one trigger element. */
interface TriggerHandlers {
  pointerenter: (event: PointerEvent) => void;
  pointermove: (event: PointerEvent) => void;
  pointerleave: () => void;
  focus: () => void;
  blur: (event: FocusEvent) => void;
  keydown: (event: KeyboardEvent) => void;
}

/** What the controller needs from its host. */
export interface HoverCardOptions {
  /** The person to show, or undefined when there is none. */
  actor: () => Actor | undefined;
  /** Whether hover cards are on (`no-hovercards` turns them off). */
  enabled: () => boolean;
}

/**
 * Gives an element hover cards. Put `${controller.trigger()}` on the author link (and the
 * avatar), and `${controller.render()}` right after the link.
 *
 * Keyboard and screen readers: the card is supplementary: the link still goes to the profile,
 * and its name is unchanged. When the link receives keyboard focus (`:focus-visible`), the card
 * opens after the same delay as for a resting pointer, without taking focus. It is rendered
 * right after the link, so while it is open, Tab moves into it (the name, the copy button,
 * fields and Follow) and Shift+Tab returns; screen readers announce it as a group named
 * "Profile of …". Escape closes it and leaves (or puts) focus on the link. `aria-describedby`
 * was not used: reading a whole profile as the link's description would be far too long.
 *
 * Pointer: the card opens after the pointer rests on the name, never while the page scrolls,
 * stays open while the pointer is over it (with a grace period to travel from the name), and
 * closes when the pointer has left both. Touch never opens it: a tap follows the link.
 *
 * The card is a `popover="manual"` element in the top layer, placed with CSS anchor positioning
 * where the browser has it and by script elsewhere. The profile card's code loads on first use.
 */
export class HoverCardController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: HoverCardOptions;
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  /** The trigger the card belongs to while open (or about to open). */
  #anchor?: HTMLElement;
  /** Rendered at least once: the popover stays in the DOM from then on. */
  #active = false;
  #open = false;
  #via: 'pointer' | 'focus' = 'pointer';
  #overTrigger = false;
  #overCard = false;
  /** The elements that open the card, with their listeners. */
  readonly #triggers = new WeakMap<Element, TriggerHandlers>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: HoverCardOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the card is showing. */
  get open(): boolean {
    return this.#open;
  }

  hostConnected(): void {
    listenForScrolling();
  }

  hostDisconnected(): void {
    this.close();
  }

  hostUpdated(): void {
    if (this.#open && (!this.#options.enabled() || !this.#options.actor())) this.close();
  }

  /** An element directive that makes the element it sits on open the card. */
  trigger(): DirectiveResult<typeof HoverCardTrigger> {
    return hoverCardTrigger(this);
  }

  /** The popover, once a card was asked for; nothing before, so idle posts carry no extra DOM. */
  render(): TemplateResult | typeof nothing {
    const actor = this.#options.actor();
    if (!this.#active || !actor) return nothing;
    return html`<div
      .popover=${'manual'}
      part="hovercard"
      class=${supportsAnchors() ? 'hovercard anchored' : 'hovercard'}
      @pointerenter=${this.#enterCard}
      @pointerleave=${this.#leaveCard}
      @keydown=${this.#keydown}
      @focusout=${this.#focusOut}
      @toggle=${this.#toggled}
    >
      <social-profile-card
        variant="compact"
        heading-level="0"
        .actor=${actor}
      ></social-profile-card>
    </div>`;
  }

  /**
   * @internal Wires a trigger element, once however often it is called (the directive calls it
   * on each render). `heard` are events the element heard before it was wired, as with a host
   * that loads this module on the first pointer or focus: they are handled in order, as if the
   * trigger had heard them. Once wired, the trigger hears its events itself.
   */
  attach(element: HTMLElement, heard: readonly Event[] = []): void {
    if (this.#triggers.has(element)) return;
    const handlers = this.#handlersFor(element);
    this.#triggers.set(element, handlers);
    for (const [type, handler] of Object.entries(handlers)) {
      element.addEventListener(type, handler as EventListener);
    }
    for (const event of heard) {
      (handlers[event.type as keyof TriggerHandlers] as ((event: Event) => void) | undefined)?.(
        event,
      );
    }
  }

  #handlersFor(element: HTMLElement): TriggerHandlers {
    return {
      pointerenter: (event) => {
        if (event.pointerType === 'touch') return;
        this.#overTrigger = true;
        clearTimeout(this.#closeTimer);
        if (!this.#open) this.#schedule(element, 'pointer');
      },
      pointermove: (event) => {
        // A pointer that came to rest during a scroll opens the card once it moves again.
        if (event.pointerType === 'touch' || this.#open || this.#openTimer) return;
        this.#overTrigger = true;
        this.#schedule(element, 'pointer');
      },
      pointerleave: () => {
        this.#overTrigger = false;
        this.#cancelOpen();
        if (this.#open) this.#scheduleClose();
      },
      focus: () => {
        // Keyboard focus only: a click focuses the link too, and then it navigates anyway.
        if (element.matches(':focus-visible') && !this.#open) this.#schedule(element, 'focus');
      },
      blur: (event) => {
        if (this.#via === 'focus') this.#cancelOpen();
        const to = event.relatedTarget as Node | null;
        if (
          this.#open &&
          !(to && this.#popover?.contains(to)) &&
          !this.#overTrigger &&
          !this.#overCard
        ) {
          this.close();
        }
      },
      keydown: (event) => {
        if (event.key !== 'Escape') return;
        if (this.#open || this.#openTimer) {
          this.#cancelOpen();
          this.close();
          event.stopPropagation();
        }
      },
    };
  }

  /** Hides the card; focus inside it goes back to the link it belongs to. */
  close(): void {
    this.#cancelOpen();
    clearTimeout(this.#closeTimer);
    const popover = this.#popover;
    const hadFocus = popover?.matches(':focus-within') ?? false;
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.#open = false;
    this.#overCard = false;
    if (current === this) current = undefined;
    if (hadFocus) this.#anchor?.focus();
  }

  /** @internal The page scrolled while this card was open. */
  pageScrolled(): void {
    if (!this.#open) return;
    // A pointer card belongs to where the pointer was; a keyboard card follows its link.
    if (this.#via === 'pointer' && !this.#overCard) this.close();
    else this.#position();
  }

  /** Where the host renders: its shadow root. */
  get #root(): ParentNode {
    return this.#host.shadowRoot ?? this.#host;
  }

  get #popover(): HTMLElement | null {
    return this.#root.querySelector<HTMLElement>('[part~="hovercard"]');
  }

  #schedule(trigger: HTMLElement, via: 'pointer' | 'focus'): void {
    if (!this.#options.enabled() || !this.#options.actor() || recentlyScrolled()) return;
    this.#cancelOpen();
    this.#openTimer = setTimeout(() => {
      this.#openTimer = undefined;
      if (recentlyScrolled()) return;
      void this.#show(trigger, via);
    }, HOVERCARD_OPEN_DELAY);
  }

  #cancelOpen(): void {
    clearTimeout(this.#openTimer);
    this.#openTimer = undefined;
  }

  #scheduleClose(): void {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => {
      if (this.#overTrigger || this.#overCard) return;
      if (this.#popover?.matches(':focus-within')) return;
      if (this.#via === 'focus' && this.#anchor?.matches(':focus')) return;
      this.close();
    }, HOVERCARD_CLOSE_DELAY);
  }

  async #show(trigger: HTMLElement, via: 'pointer' | 'focus'): Promise<void> {
    // The card comes with this module, loaded at the first pointer or focus that may open it: a
    // module of its own would be one more round trip when the card opens, and for a feed one
    // more chunk of the code a card shares with the feed's.
    if (!customElements.get('social-profile-card')) {
      customElements.define('social-profile-card', SocialProfileCard);
    }
    // Things may have moved on since the open was scheduled.
    if (!this.#options.enabled() || !trigger.isConnected) return;
    if (via === 'pointer' ? !this.#overTrigger : !trigger.matches(':focus')) return;
    if (current && current !== this) current.close();
    // The page's one open card, so the next one to open can close it.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    current = this;
    this.#anchor = trigger;
    this.#via = via;
    this.#active = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const popover = this.#popover;
    if (!popover) return;
    // The card awaits its view's code before its first render: open on a drawn card, not an
    // empty box (a skeleton while its data loads is drawn).
    await popover.querySelector<LitElement>('social-profile-card')?.updateComplete;
    if (!this.#active || this.#anchor !== trigger || !trigger.isConnected) return;
    for (const element of this.#root.querySelectorAll<HTMLElement>('[data-hovercard-anchor]')) {
      element.style.removeProperty('anchor-name');
      delete element.dataset['hovercardAnchor'];
    }
    trigger.style.setProperty('anchor-name', ANCHOR);
    trigger.dataset['hovercardAnchor'] = '';
    if (!popover.matches(':popover-open')) popover.showPopover();
    this.#open = true;
    this.#position();
  }

  /** Without anchor positioning: below the trigger (above when there is no room), kept on screen. */
  #position(): void {
    const popover = this.#popover;
    const anchor = this.#anchor;
    if (!popover || !anchor || supportsAnchors()) return;
    const rect = anchor.getBoundingClientRect();
    const card = popover.getBoundingClientRect();
    const gap = 4;
    const below = rect.bottom + gap;
    const top =
      below + card.height > innerHeight && rect.top - gap - card.height >= 0
        ? rect.top - gap - card.height
        : below;
    const rtl = getComputedStyle(anchor).direction === 'rtl';
    const start = rtl ? rect.right - card.width : rect.left;
    const left = Math.max(gap, Math.min(start, innerWidth - card.width - gap));
    popover.style.setProperty('inset', `${top}px auto auto ${left}px`);
  }

  #enterCard = (): void => {
    this.#overCard = true;
    clearTimeout(this.#closeTimer);
  };

  #leaveCard = (): void => {
    this.#overCard = false;
    this.#scheduleClose();
  };

  #keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
    this.#anchor?.focus();
  };

  #focusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && (this.#popover?.contains(to) || to === this.#anchor)) return;
    if (!this.#overCard) this.close();
  };

  #toggled = (event: Event): void => {
    // Closed by something else (another manual popover API call): keep the state true.
    if ((event as ToggleEvent).newState === 'closed') this.#open = false;
  };
}

class HoverCardTrigger extends Directive {
  #element?: Element;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('trigger() belongs on an element');
  }

  render(_controller: HoverCardController): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [controller]: [HoverCardController]): typeof nothing {
    if (part.element !== this.#element) {
      this.#element = part.element;
      controller.attach(part.element as HTMLElement);
    }
    return nothing;
  }
}

const hoverCardTrigger = directive(HoverCardTrigger);

/** The popover's place and look, for the host's shadow root. */
export const hoverCardStyles = css`
  [part~='hovercard'] {
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    overflow: visible;
    inline-size: min(22rem, calc(100vw - 1rem));
    font: inherit;
  }
  [part~='hovercard'] social-profile-card {
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    border-radius: var(--social-profile-card-radius, var(--social-radius-m, 0.75rem));
  }
  [part~='hovercard'].anchored {
    position-anchor: --social-hovercard;
    position-area: block-end span-inline-end;
    position-try-fallbacks:
      flip-block,
      flip-inline,
      flip-block flip-inline;
    inset: auto;
    margin-block: 0.25rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='hovercard']:popover-open {
      animation: hovercard-in 120ms ease-out;
    }
  }
  @keyframes hovercard-in {
    from {
      opacity: 0;
      translate: 0 -0.25rem;
    }
  }
`;
