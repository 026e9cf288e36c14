/** Adds the styles of a part that loaded later to a shadow root. */
import type { CSSResult } from 'lit';

/**
 * Adopts `styles` into `root` after the sheets it already has, each once: a part's styles join
 * the element's static ones as constructed sheets (no inline `<style>`, so a strict CSP holds).
 * Does nothing for a root that is not a shadow root (an element rendering into light DOM).
 */
export function adoptStyles(root: Node, ...styles: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const adopted = root.adoptedStyleSheets;
  const added = styles
    .map((style) => style.styleSheet)
    .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined && !adopted.includes(sheet));
  if (added.length > 0) root.adoptedStyleSheets = [...adopted, ...added];
}
