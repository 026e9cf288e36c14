/** Nodes built from remote text or HTML, kept per slot of a template while their source stays. */

/**
 * Text or HTML as nodes for a template, built once per source: Lit leaves nodes it already placed
 * alone, and a fragment would be empty after its first insertion. One cache per element.
 */
export class NodeCache {
  readonly #entries = new Map<string, { source: string; emoji: unknown; nodes: Node[] }>();

  /** The nodes for `key`, built anew only when `source` or `emoji` changed since. */
  get(key: string, source: string, emoji: unknown, build: () => DocumentFragment): Node[] {
    const entry = this.#entries.get(key);
    if (entry && entry.source === source && entry.emoji === emoji) return entry.nodes;
    const nodes = [...build().childNodes];
    this.#entries.set(key, { source, emoji, nodes });
    return nodes;
  }
}
