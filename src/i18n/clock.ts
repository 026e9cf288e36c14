/**
 * One shared clock for every element that shows a relative time, so that "5 minutes ago"
 * stays true without a timer per element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The time source. Tests pin `clock.now` to a fixed instant. */
export const clock = {
  now: (): number => Date.now(),
};

const TICK = 30_000;
const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Re-renders its host every half minute while the host is connected. */
export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    timer ??= setInterval(tick, TICK);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
