/**
 * `<p ${contents(value)}></p>`: fills an element with text or with prepared nodes, without the
 * marker comments a child binding leaves for each node: a post's name, body and poll options
 * are many small pieces, and every node of every post in a feed is paid for.
 */
import { nothing } from 'lit';
import {
  Directive,
  PartType,
  directive,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

class ContentsDirective extends Directive {
  #value?: string | readonly Node[];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('contents() belongs on an element');
  }

  render(_value: string | readonly Node[]): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [value]: [string | readonly Node[]]): typeof nothing {
    // Prepared nodes are cached by their source, so the same array means the same content.
    if (value !== this.#value) {
      this.#value = value;
      if (typeof value === 'string') part.element.textContent = value;
      else part.element.replaceChildren(...value);
    }
    return nothing;
  }
}

/** Text, or nodes built once for a template (never remote HTML that skipped `src/html/`). */
export const contents: (
  value: string | readonly Node[],
) => DirectiveResult<typeof ContentsDirective> = directive(ContentsDirective);
