/** Helpers for the example tests: what a reader sees, through shadow roots. */
import { waitUntil } from '@open-wc/testing';

/**
 * The text a node shows, including its shadow roots and its slotted light DOM, minus styles.
 * Node types, not `instanceof`, so it reads a frame's document too.
 */
export function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
  if (!element && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  if (element && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName)) return '';
  if (element?.tagName === 'SLOT') {
    return (element as HTMLSlotElement).assignedNodes({ flatten: true }).map(shownText).join(' ');
  }
  const root = element?.shadowRoot ?? node;
  return [...root.childNodes].map(shownText).join(' ').replace(/\s+/g, ' ');
}

/** The `<social-post>`s a feed shows. */
export function feedPosts(feed: Element): Element[] {
  return [...(feed.shadowRoot?.querySelectorAll('social-post') ?? [])];
}

/** `waitUntil` with room for a loaded two-core machine. */
export function eventually(predicate: () => boolean, message: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 8000 });
}
