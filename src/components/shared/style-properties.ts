/**
 * `style=${styleProperties({ '--_ratio': '1.5' })}`: inline style properties set through the
 * CSSOM only. Lit's `styleMap` writes its first render as a `style` attribute, which a strict
 * CSP (`style-src` without `'unsafe-inline'`) refuses and reports; `style.setProperty()` is
 * not subject to the policy, so sizes, ratios and poll bars keep working on such a page.
 */
import { noChange } from 'lit';
import {
  Directive,
  PartType,
  directive,
  type AttributePart,
  type DirectiveResult,
  type PartInfo,
} from 'lit/directive.js';

/** CSS property names as written in CSS (`object-position`, `--_share`) → value; unset ones are removed. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

class StylePropertiesDirective extends Directive {
  #names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error(
        'styleProperties() belongs in a style attribute: style=${styleProperties(…)}',
      );
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#names) {
      if (properties[name] === undefined) {
        style.removeProperty(name);
        this.#names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#names.add(name);
    }
    return noChange;
  }
}

/** Sets the given style properties on the element through the CSSOM, never as an attribute. */
export const styleProperties: (
  properties: StyleProperties,
) => DirectiveResult<typeof StylePropertiesDirective> = directive(StylePropertiesDirective);
