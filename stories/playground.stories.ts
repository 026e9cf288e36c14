import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define/all.js';
import type { Actor } from '../src/model/index.js';
import { blogPost, people, rtlPost, samplePost, warningPost } from '../demo/data/sample-posts.js';

/**
 * The global tokens a site sets first, with the control that edits each. A colour left empty
 * keeps the built-in `light-dark()` default, so the playground works in every toolbar theme.
 */
const TOKENS = {
  accent: {
    property: '--social-color-accent',
    control: 'color',
    description: 'Buttons, selection, highlights',
  },
  onAccent: {
    property: '--social-color-on-accent',
    control: 'color',
    description: 'Text on the accent colour',
  },
  link: {
    property: '--social-color-link',
    control: 'color',
    description: 'Links in posts and bios',
  },
  focus: { property: '--social-color-focus', control: 'color', description: 'The focus ring' },
  surface: {
    property: '--social-color-surface',
    control: 'color',
    description: 'Background of cards',
  },
  surfaceMuted: {
    property: '--social-color-surface-muted',
    control: 'color',
    description: 'Quotes, skeletons, media backdrops',
  },
  text: { property: '--social-color-text', control: 'color', description: 'Body text' },
  textMuted: {
    property: '--social-color-text-muted',
    control: 'color',
    description: 'Handles, times, counts',
  },
  border: {
    property: '--social-color-border',
    control: 'color',
    description: 'Card and field borders',
  },
} as const;

const FONTS: Record<string, string> = {
  'System UI': 'system-ui, sans-serif',
  Serif: 'Georgia, "Times New Roman", serif',
  Rounded: 'ui-rounded, "Hiragino Maru Gothic ProN", system-ui, sans-serif',
  Monospace: 'ui-monospace, "Cascadia Mono", Menlo, monospace',
};

/** The custom properties the args describe; unset ones are left out so defaults apply. */
function tokens(args: Args): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, token] of Object.entries(TOKENS)) {
    const value = args[name];
    if (typeof value === 'string' && value) result[token.property] = value;
  }
  result['--social-radius-m'] = `${Number(args.radius)}px`;
  result['--social-radius-s'] = `${Math.round(Number(args.radius) / 3)}px`;
  result['--social-font-family'] = FONTS[String(args.font)] ?? FONTS['System UI']!;
  result['--social-font-size'] = `${Number(args.fontSize)}px`;
  const space = Number(args.spacing);
  result['--social-space-2'] = `${0.5 * space}rem`;
  result['--social-space-3'] = `${0.75 * space}rem`;
  result['--social-space-4'] = `${1 * space}rem`;
  return result;
}

const ada: Actor = {
  ...people.ada,
  banner: '/media/wide.svg',
  bio: '<p>Engineer and writer. Mostly about analytical engines, sometimes about tea.</p>',
  fields: [{ name: 'Website', value: '<a href="https://ada.example/">ada.example</a>' }],
  counts: { followers: 1530, following: 210, posts: 1234 },
};

const meta: Meta = {
  title: 'Showroom/Theming playground',
  parameters: {
    page: 'wide',
    docs: {
      description: {
        component:
          'Every control sets one global token (`--social-*`) on a wrapper: all elements below ' +
          'inherit it at once. Copy the values into your own stylesheet to keep them.',
      },
    },
  },
  args: { radius: 12, font: 'System UI', fontSize: 16, spacing: 1 },
  argTypes: {
    ...Object.fromEntries(
      Object.entries(TOKENS).map(([name, token]) => [
        name,
        {
          control: token.control,
          description: `${token.description} (\`${token.property}\`)`,
          table: { category: 'colours' },
        },
      ]),
    ),
    radius: {
      control: { type: 'range', min: 0, max: 24, step: 1 },
      description: 'Corner radius in px (`--social-radius-m`; `-s` is a third of it)',
      table: { category: 'shape and type' },
    },
    font: {
      control: 'select',
      options: Object.keys(FONTS),
      description: 'Font family (`--social-font-family`)',
      table: { category: 'shape and type' },
    },
    fontSize: {
      control: { type: 'range', min: 12, max: 22, step: 1 },
      description: 'Base font size in px (`--social-font-size`)',
      table: { category: 'shape and type' },
    },
    spacing: {
      control: { type: 'range', min: 0.5, max: 2, step: 0.25 },
      description: 'Scale of the spacing steps (`--social-space-2` … `-4`)',
      table: { category: 'shape and type' },
    },
  },
  render: (args) => html`
    <style>
      .playground {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: 1.5rem;
        align-items: start;
      }
      .playground > div {
        display: grid;
        gap: 1.5rem;
      }
    </style>
    <div class="playground" style=${styleMap(tokens(args))}>
      <div>
        <social-profile-card .actor=${ada} variant="compact"></social-profile-card>
        <social-composer
          label="Share an update"
          format="json"
          .fetch=${() => new Promise<Response>(() => undefined)}
        ></social-composer>
        <social-post
          .post=${{ ...blogPost, counts: { replies: 3, reposts: 12, likes: 140 } }}
        ></social-post>
      </div>
      <social-feed
        label="Everyone"
        .posts=${[{ ...samplePost, pinned: true }, warningPost, rtlPost]}
      ></social-feed>
    </div>
  `,
};
export default meta;

type Story = StoryObj;

export const Playground: Story = { name: 'Theming playground' };

export const Brand: Story = {
  name: 'A warm brand, set with tokens only',
  args: {
    accent: '#9a4a00',
    link: '#8a3b00',
    focus: '#9a4a00',
    surface: '#fff8ee',
    surfaceMuted: '#f6ead8',
    text: '#2b1d10',
    textMuted: '#6e4f31',
    border: '#e8c9a0',
    radius: 4,
    font: 'Serif',
    fontSize: 17,
    spacing: 1.25,
  },
  globals: { scheme: 'light' },
};
