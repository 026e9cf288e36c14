/**
 * Story controls read from `custom-elements.json`, and a directive that applies a story's args to
 * an element: every attribute and writable property an element documents gets a control, and the
 * list follows the JSDoc instead of drifting from it.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import type { InputType } from 'storybook/internal/types';
import { nothing } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import customElements from '../../custom-elements.json';
import type { MicropubEncoding } from '../../src/compose/publish.js';
import type { Counting } from '../../src/compose/count.js';
import type { PublishFormat } from '../../src/compose/config.js';
import type { ProfileCardVariant } from '../../src/components/profile-card/profile-card.js';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Field extends Typed {
  kind: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Field[];
  attributes?: Attribute[];
  events?: Typed[];
}

/**
 * The string unions the manifest names by alias. Keyed records, so TypeScript fails here when a
 * union grows a member that the controls do not offer.
 */
const ALIASES: Record<string, string[]> = {
  PublishFormat: Object.keys({ micropub: 1, mastodon: 1, json: 1 } satisfies Record<
    PublishFormat,
    1
  >),
  MicropubEncoding: Object.keys({ auto: 1, form: 1, json: 1 } satisfies Record<
    MicropubEncoding,
    1
  >),
  Counting: Object.keys({ mastodon: 1, bluesky: 1, plain: 1 } satisfies Record<Counting, 1>),
  ProfileCardVariant: Object.keys({ full: 1, compact: 1, inline: 1 } satisfies Record<
    ProfileCardVariant,
    1
  >),
};
/** Types that are functions: no control can edit them, stories set them in code. */
const FUNCTIONS = new Set(['LoadFetch', 'WebFingerUrl']);

/** The manifest's declaration of `tag`; throws when the element is not documented. */
export function declaration(tag: string): Declaration {
  for (const module of (customElements as { modules: { declarations?: Declaration[] }[] })
    .modules) {
    const found = module.declarations?.find((item) => item.tagName === tag);
    if (found) return found;
  }
  throw new Error(`${tag} is not in custom-elements.json: run \`npm run analyze\``);
}

/** The public fields of `tag` a page can set, by name. */
function fields(tag: string): Map<string, Field> {
  const entries = (declaration(tag).members ?? [])
    .filter((member) => member.kind === 'field' && !member.static && !member.privacy)
    .map((member) => [member.name, member] as const);
  return new Map(entries);
}

/** The control that edits a value of the manifest type `text`. */
function controlFor(text = ''): Partial<InputType> {
  const optional = /\|\s*undefined\b/.test(text);
  const type = text.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (type === 'boolean') return { control: 'boolean' };
  if (type === 'number') return { control: 'number' };
  if (type === 'string' || type === 'string[]') return { control: 'text' };
  if (FUNCTIONS.has(type) || type.includes('=>')) return { control: false };
  const literals = type.split('|').map((part) => part.trim());
  const options = literals.every((part) => /^'[^']*'$/.test(part))
    ? literals.map((part) => part.slice(1, -1))
    : ALIASES[type];
  if (!options) return { control: 'object' };
  // An optional union can also be left unset: the empty choice removes the attribute.
  return optional
    ? {
        options: ['', ...options],
        control: { type: 'select', labels: { '': '(not set)' } },
      }
    : { options, control: options.length > 4 ? 'select' : 'inline-radio' };
}

/**
 * Controls for every attribute and writable property of `tag`, keyed the way Storybook's own
 * manifest reader keys its docs rows (attributes by attribute name, properties by field name), so
 * the rows and their controls merge. A property that mirrors an attribute of another name is
 * documented without a second control.
 */
export function argTypesFor(tag: string): ArgTypes {
  const result: ArgTypes = {};
  const byName = fields(tag);
  for (const attribute of declaration(tag).attributes ?? []) {
    // An attribute the manifest lists without a type (such as `role`) is not one a page sets.
    if (!attribute.type) {
      result[attribute.name] = { table: { disable: true } };
      continue;
    }
    result[attribute.name] = {
      ...controlFor(attribute.type.text),
      table: { category: 'attributes' },
    };
  }
  for (const [name, field] of byName) {
    if (field.attribute && field.attribute !== name) {
      result[name] = { control: false, table: { category: 'properties' } };
    } else if (!field.attribute) {
      result[name] = {
        ...(field.readonly ? { control: false } : controlFor(field.type?.text)),
        table: { category: 'properties' },
      };
    }
  }
  return result;
}

/** The events `tag` documents, for the Actions panel. */
export function eventsOf(tag: string): string[] {
  return (declaration(tag).events ?? []).map((event) => event.name);
}

/** The `parameters` that log every documented event of `tag` in the Actions panel. */
export function actionsFor(...tags: string[]) {
  return { actions: { handles: [...new Set(tags.flatMap(eventsOf))] } };
}

class ArgsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgs() goes on an element');
  }

  render(_args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [Args]) {
    const element = part.element;
    const tag = element.localName;
    const attributes = new Map(
      (declaration(tag).attributes ?? []).map((attribute) => [attribute.name, attribute]),
    );
    const byName = fields(tag);
    for (const [key, value] of Object.entries(args)) {
      const attribute = attributes.get(key);
      if (attribute?.type && Array.isArray(value) && attribute.fieldName) {
        // Lists have their own attribute syntax (spaces or commas): the property takes them as is.
        (element as unknown as Record<string, unknown>)[attribute.fieldName] = value;
      } else if (attribute?.type) {
        if (attribute.type.text === 'boolean') element.toggleAttribute(key, Boolean(value));
        else if (value === undefined || value === null || value === '')
          element.removeAttribute(key);
        else element.setAttribute(key, String(value));
      } else if (byName.has(key) && !byName.get(key)!.readonly) {
        (element as unknown as Record<string, unknown>)[key] = value;
      }
      // Anything else is an arg of the story itself (such as which sources to show).
    }
    return nothing;
  }
}

/**
 * Sets a story's args on the element it is placed on: attributes the manifest lists as
 * attributes, properties it lists as properties. `<social-post ${applyArgs(args)}>`.
 */
export const applyArgs = directive(ArgsDirective);
