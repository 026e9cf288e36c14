/**
 * Removes `style` attributes from markup before it is parsed. The sanitizer drops them anyway,
 * but a page whose CSP forbids inline styles (`style-src` without `'unsafe-inline'`) reports a
 * violation for every one the parser creates, even in an inert document, because parsed documents
 * inherit the page's policy. Taking them out of the text first keeps such a page's reports empty.
 */

const WHITESPACE = new Set(['\t', '\n', '\f', '\r', ' ']);

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /^[A-Za-z]$/.test(character);
}

/**
 * `markup` without the `style` attributes of its start tags. One pass, each character read once,
 * so hostile input cannot make it slow; text, comments, end tags and every other attribute are
 * kept as written. Unclosed quotes or tags end at the end of the input, as the HTML parser reads
 * them.
 */
export function withoutStyleAttributes(markup: string): string {
  if (!/style/i.test(markup)) return markup;
  const length = markup.length;
  let output = '';
  let index = 0;
  while (index < length) {
    const open = markup.indexOf('<', index);
    if (open < 0) {
      output += markup.slice(index);
      break;
    }
    output += markup.slice(index, open);
    if (markup.startsWith('<!--', open)) {
      const close = markup.indexOf('-->', open + 4);
      const end = close < 0 ? length : close + 3;
      output += markup.slice(open, end);
      index = end;
      continue;
    }
    if (!isLetter(markup[open + 1])) {
      output += '<';
      index = open + 1;
      continue;
    }
    let position = open + 1;
    while (
      position < length &&
      !WHITESPACE.has(markup[position]!) &&
      !'/>'.includes(markup[position]!)
    )
      position++;
    output += markup.slice(open, position);
    index = readAttributes(markup, position, (kept) => (output += kept));
  }
  return output;
}

/** Reads a start tag's attributes from `start`, emitting all but `style`; returns where it ended. */
function readAttributes(markup: string, start: number, emit: (kept: string) => void): number {
  const length = markup.length;
  let position = start;
  for (;;) {
    let name = position;
    while (name < length && (WHITESPACE.has(markup[name]!) || markup[name] === '/')) name++;
    if (name >= length) {
      emit(markup.slice(position));
      return length;
    }
    if (markup[name] === '>') {
      emit(markup.slice(position, name + 1));
      return name + 1;
    }
    // A name runs to whitespace, `/`, `>` or `=`; a leading `=` belongs to the name.
    let nameEnd = name + 1;
    while (
      nameEnd < length &&
      !WHITESPACE.has(markup[nameEnd]!) &&
      !'/>='.includes(markup[nameEnd]!)
    )
      nameEnd++;
    let end = nameEnd;
    let equals = nameEnd;
    while (equals < length && WHITESPACE.has(markup[equals]!)) equals++;
    if (markup[equals] === '=') {
      let value = equals + 1;
      while (value < length && WHITESPACE.has(markup[value]!)) value++;
      const quote = markup[value];
      if (quote === '"' || quote === "'") {
        const close = markup.indexOf(quote, value + 1);
        end = close < 0 ? length : close + 1;
      } else {
        end = value;
        while (end < length && !WHITESPACE.has(markup[end]!) && markup[end] !== '>') end++;
      }
    }
    const attribute = markup.slice(name, nameEnd).toLowerCase();
    emit(attribute === 'style' ? markup.slice(position, name) : markup.slice(position, end));
    position = end;
  }
}
