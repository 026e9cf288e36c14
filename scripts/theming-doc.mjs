// Writes the generated parts of docs/theming.md (tokens, presets, each element's knobs and parts)
// and the token files in themes/ from src/styles/palette.ts and custom-elements.json.
// `--check` writes nothing and fails when a committed file is stale; either way it fails when a
// documented default is not the one the styles really use.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const read = (path) => readFileSync(join(root, path), 'utf8');

/** A plain-data module of src/styles, transpiled in memory as a data: URL. */
function dataModule(path, replace = (text) => text) {
  const { outputText } = ts.transpileModule(read(path), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  return `data:text/javascript;base64,${Buffer.from(replace(outputText)).toString('base64')}`;
}

/** The palette module; its one import, `defaults.ts`, is plain data too. */
async function loadPalette() {
  const defaults = dataModule('src/styles/defaults.ts');
  return import(
    dataModule('src/styles/palette.ts', (text) =>
      text.replaceAll("'./defaults.js'", `'${defaults}'`),
    )
  );
}

const {
  tokens,
  tokenDescriptions,
  presets,
  presetDescriptions,
  presetNames,
  themedTokens,
  branch,
} = await loadPalette();
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({ ...declaration, path: module.path })),
);
const tokenDefaults = new Map(tokens.map((token) => [token.name, token.value]));
const problems = [];

/** Each `var(--social-x, fallback)` in a source text, fallback with parentheses balanced. */
function* fallbacks(text) {
  for (const match of text.matchAll(/var\(\s*(--social-[a-z0-9-]+)\s*,/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '(') depth++;
      if (text[end] === ')') depth--;
    }
    yield [
      match[1],
      text
        .slice(match.index + match[0].length, end - 1)
        .replace(/\s+/g, ' ')
        .trim(),
    ];
  }
}

/** `var(--social-space-4, 1rem)` → `var(--social-space-4)`: how the JSDoc writes a chain. */
function documented(fallback) {
  let previous;
  let text = fallback;
  while (previous !== text) {
    previous = text;
    text = text.replace(/var\((--social-[a-z0-9-]+), (?:[^()]|\([^()]*\))*\)/g, 'var($1)');
  }
  return text;
}

// Documented defaults must be the real ones: global tokens against the palette, knobs against
// the fallbacks their styles use.
const styleSources = readdirSync(join(root, 'src/components'), { recursive: true })
  .filter((file) => String(file).endsWith('.ts'))
  .map((file) => read(join('src/components', String(file))))
  .join('\n');
const knobFallbacks = new Map();
for (const [name, fallback] of fallbacks(styleSources)) {
  if (tokenDefaults.has(name)) continue;
  const values = knobFallbacks.get(name) ?? new Set();
  values.add(documented(fallback));
  knobFallbacks.set(name, values);
}
for (const element of elements) {
  for (const property of element.cssProperties ?? []) {
    const real = tokenDefaults.get(property.name);
    if (real !== undefined) {
      if (property.default !== real) {
        problems.push(
          `${element.tagName}: @cssprop ${property.name} says ${property.default}, the palette ${real}`,
        );
      }
    } else if (!knobFallbacks.has(property.name)) {
      problems.push(`${element.tagName}: @cssprop ${property.name} is not read by any style`);
    } else if (!knobFallbacks.get(property.name).has(property.default)) {
      problems.push(
        `${element.tagName}: @cssprop ${property.name} says ${property.default}, the styles use ${[...knobFallbacks.get(property.name)].join(' / ')}`,
      );
    }
  }
}
for (const name of knobFallbacks.keys()) {
  const owner = elements.find((element) => name.startsWith(`--${element.tagName}-`));
  if (owner && !(owner.cssProperties ?? []).some((property) => property.name === name)) {
    problems.push(`${owner.tagName}: ${name} is read by the styles but has no @cssprop`);
  }
}

for (const token of tokens) {
  if (!tokenDescriptions[token.name])
    problems.push(`${token.name} has no description in palette.ts`);
}

// ---- the token files ----
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (text) => `\`${cell(text)}\``;

function tokenBlock(entries, indent = '  ') {
  return entries.map(([name, value, comment]) =>
    comment
      ? `${indent}/* ${comment} */\n${indent}${name}: ${value};`
      : `${indent}${name}: ${value};`,
  );
}

const files = new Map();
files.set(
  'themes/tokens.css',
  `/*
 * social-elements: every global token with its built-in default (generated from
 * src/styles/palette.ts by \`npm run docs\`; see docs/theming.md).
 *
 * A starting point for a site: copy it, keep the lines you change and delete the rest. A token
 * set on :root (or any ancestor) reaches every element on the page and beats the preset of the
 * page's <meta name="social-elements-theme">, but not an element's own \`theme\` attribute; set a
 * token on an element to beat everything. Colours use light-dark(light, dark), so they follow the
 * page's color-scheme.
 */
:root {
${tokenBlock(tokens.map((token) => [token.name, token.value, tokenDescriptions[token.name]])).join('\n')}
}
`,
);
for (const name of presetNames) {
  const preset = presets[name];
  const scheme = preset.colorScheme
    ? [`  color-scheme: ${preset.colorScheme};`]
    : ['  /* No color-scheme: light or dark with the page. */'];
  files.set(
    `themes/${name}.css`,
    `/*
 * social-elements: the ${name} preset for the whole page (generated by \`npm run docs\`).
 * ${presetDescriptions[name]}
 * The same as <meta name="social-elements-theme" content="${name}">, in CSS: as tokens on :root it
 * beats that meta, and an element's own \`theme\` attribute still beats it.
 */
:root {
${[...scheme, ...tokenBlock(Object.entries(preset.values))].join('\n')}
}
`,
  );
}

// ---- the guide's tables ----
const sections = {
  tokens: () => {
    const rows = tokens.map((token) => {
      const value = token.value.startsWith('light-dark(')
        ? `${code(branch(token.value, 'light'))} / ${code(branch(token.value, 'dark'))}`
        : code(token.value);
      return `| ${code(token.name)} | ${value} | ${cell(tokenDescriptions[token.name])} |`;
    });
    return ['| token | default (light / dark) | what it styles |', '|---|---|---|', ...rows].join(
      '\n',
    );
  },
  presets: () => {
    const header = `| token | ${presetNames.map((name) => code(name)).join(' | ')} |`;
    const scheme = `| \`color-scheme\` | ${presetNames.map((name) => (presets[name].colorScheme ? code(presets[name].colorScheme) : 'the page’s')).join(' | ')} |`;
    const rows = themedTokens.map((token) => {
      const values = presetNames.map((name) => {
        const value = presets[name].values[token.name];
        return value.startsWith('light-dark(')
          ? `${code(branch(value, 'light'))} / ${code(branch(value, 'dark'))}`
          : code(value);
      });
      return `| ${code(token.name)} | ${values.join(' | ')} |`;
    });
    const notes = presetNames.map((name) => `- **${name}**: ${presetDescriptions[name]}`);
    return [
      ...notes,
      '',
      header,
      `|---|${presetNames.map(() => '---').join('|')}|`,
      scheme,
      ...rows,
    ].join('\n');
  },
  elements: () =>
    elements
      .filter(
        (element) => (element.cssProperties ?? []).length + (element.cssParts ?? []).length > 0,
      )
      .map((element) => {
        const knobs = (element.cssProperties ?? []).filter(
          (property) => !tokenDefaults.has(property.name),
        );
        const lines = [`### \`<${element.tagName}>\``, ''];
        if (element.summary) lines.push(element.summary, '');
        if (knobs.length > 0) {
          lines.push('| knob | default | what it styles |', '|---|---|---|');
          for (const property of knobs) {
            lines.push(
              `| ${code(property.name)} | ${code(property.default ?? '')} | ${cell(property.description ?? '')} |`,
            );
          }
          lines.push('');
        }
        if ((element.cssParts ?? []).length > 0) {
          lines.push('| part | what it is |', '|---|---|');
          for (const part of element.cssParts) {
            lines.push(`| ${code(`::part(${part.name})`)} | ${cell(part.description ?? '')} |`);
          }
          lines.push('');
        }
        return lines.join('\n').trimEnd();
      })
      .join('\n\n'),
};

const guidePath = 'docs/theming.md';
let guide = read(guidePath);
for (const [name, render] of Object.entries(sections)) {
  const pattern = new RegExp(
    `(<!-- generated:${name} [^>]*-->)[\\s\\S]*?(<!-- /generated:${name} -->)`,
  );
  if (!pattern.test(guide)) problems.push(`${guidePath} has no generated:${name} block`);
  guide = guide.replace(pattern, (_, open, close) => `${open}\n\n${render()}\n\n${close}`);
}
files.set(guidePath, guide);

if (problems.length > 0) {
  console.error(`Theming docs: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

const stale = [];
for (const [path, raw] of files) {
  // Formatted as \`prettier --check .\` expects, so lint and this check agree.
  const options = await prettier.resolveConfig(join(root, path));
  const text = await prettier.format(raw, { ...options, filepath: join(root, path) });
  let current = '';
  try {
    current = read(path);
  } catch {
    // A missing file is a stale one.
  }
  if (current === text) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
if (check && stale.length > 0) {
  console.error(`Stale: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
console.log(
  check
    ? 'Theming docs are up to date.'
    : `Wrote ${stale.length ? stale.join(', ') : 'nothing (up to date)'}.`,
);
