/** One `MutationObserver` for many elements, running only while one of them is connected. */

/** A set of members and the observer that tells each of them about a change. */
export interface Watch<T> {
  /** Adds a member, and starts observing when it is the first. */
  add(member: T): void;
  /** Removes a member, and stops observing when it was the last. */
  delete(member: T): void;
}

/**
 * Calls `each` with every member whenever the observer sees a change in `target()` described by
 * `options`, through one observer shared by every member.
 */
export function watch<T>(
  target: () => Node,
  options: MutationObserverInit,
  each: (member: T) => void,
): Watch<T> & { all(): void } {
  const members = new Set<T>();
  let observer: MutationObserver | undefined;
  const all = (): void => {
    for (const member of members) each(member);
  };
  return {
    all,
    add(member) {
      members.add(member);
      if (observer || typeof MutationObserver === 'undefined') return;
      observer = new MutationObserver(all);
      observer.observe(target(), options);
    },
    delete(member) {
      members.delete(member);
      if (members.size === 0) {
        observer?.disconnect();
        observer = undefined;
      }
    },
  };
}
