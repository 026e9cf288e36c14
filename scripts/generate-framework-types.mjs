// @ts-check
/**
 * Generates what frameworks and editors read from custom-elements.json, so none of it can drift
 * from the elements: the React wrappers (`src/react/index.ts`), the JSX prop and event types
 * (`src/jsx/index.ts`) and VS Code's HTML custom data (`vscode.html-custom-data.json`).
 * `npm run analyze` runs it after the analyzer; CI fails when a generated file is stale.
 * With `--check` it writes nothing and exits non-zero when a file differs from what it would write.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATED = 'Generated from custom-elements.json by scripts/generate-framework-types.mjs:';

/**
 * @typedef {{ name: string, description?: string, type?: { text: string }, fieldName?: string, default?: string }} Attribute
 * @typedef {{ kind: string, name: string, description?: string, type?: { text: string }, attribute?: string, readonly?: boolean, static?: boolean, privacy?: string }} Member
 * @typedef {{ name: string, description?: string, type?: { text: string } }} ManifestEvent
 * @typedef {{ name: string, tagName: string, summary?: string, description?: string, attributes?: Attribute[], members?: Member[], events?: ManifestEvent[], modulePath: string }} Element
 */

const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));

/** Every element in the manifest, with the module that declares it, in tag order. */
const elements = /** @type {Element[]} */ (
  manifest.modules.flatMap((/** @type {any} */ module) =>
    (module.declarations ?? [])
      .filter((/** @type {any} */ declaration) => declaration.customElement && declaration.tagName)
      .map((/** @type {any} */ declaration) => ({ ...declaration, modulePath: module.path })),
  )
).sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Event class name → the module that declares it. */
const eventModules = new Map(
  manifest.modules.flatMap((/** @type {any} */ module) =>
    (module.declarations ?? [])
      .filter((/** @type {any} */ declaration) => /Event$/.test(declaration.name))
      .map((/** @type {any} */ declaration) => [declaration.name, module.path]),
  ),
);

/**
 * The public events of an element: the ones its JSDoc documents with `@fires` (they carry a
 * description). The analyzer also records every `dispatchEvent(new SomeEvent(arg))` under the
 * argument's name; those have no description and are not events anyone can listen to.
 * @param {Element} element
 */
function publicEvents(element) {
  return (element.events ?? []).filter((event) => event.name && event.description);
}

/**
 * Settable public fields: attributes (by attribute name) and attribute-less properties (by
 * property name), as a framework passes them. Read-only, static and private members stay out.
 * @param {Element} element
 */
function props(element) {
  /** @type {{ name: string, field: string, description: string, attribute: boolean }[]} */
  const result = [];
  const fields = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      !member.privacy &&
      !member.name.startsWith('#'),
  );
  for (const attribute of element.attributes ?? []) {
    const field = fields.find((member) => member.name === attribute.fieldName);
    if (!field) continue; // A host attribute the element sets itself (`role`), not an input.
    result.push({
      name: attribute.name,
      field: field.name,
      description: attribute.description ?? field.description ?? '',
      attribute: true,
    });
  }
  for (const field of fields) {
    if (field.attribute) continue;
    result.push({
      name: field.name,
      field: field.name,
      description: field.description ?? '',
      attribute: false,
    });
  }
  return result;
}

/** `social-new-posts` → `SocialNewPosts`. */
const pascal = (/** @type {string} */ name) =>
  name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/** A JSDoc block from manifest text (which may span lines), indented for a member. */
function jsdoc(/** @type {string | undefined} */ text, indent = '') {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** A relative import specifier from `from` (a generated file) to a source module. */
function specifier(/** @type {string} */ from, /** @type {string} */ modulePath) {
  const path = relative(dirname(from), modulePath).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The `define/` module that registers a tag. */
const defineModule = (/** @type {string} */ tagName) => `src/define/${tagName}.ts`;

function reactModule() {
  const file = 'src/react/index.ts';
  const eventTypes = [
    ...new Set(elements.flatMap((element) => publicEvents(element).map((e) => e.type?.text))),
  ]
    .filter((name) => name && eventModules.has(name))
    .sort();
  let out = `/**
 * React components for every element, made with \`@lit/react\`: props set the element's properties,
 * \`on…\` props listen to its events. Importing this module registers the elements.
 * ${GENERATED} do not edit.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
`;
  for (const element of elements) {
    out += `import { ${element.name} as ${element.name}Element } from '${specifier(file, element.modulePath)}';\n`;
  }
  out += `import type { ${eventTypes.join(', ')} } from '../events/index.js';\n`;
  for (const element of elements) {
    out += `import '${specifier(file, defineModule(element.tagName))}';\n`;
  }
  for (const element of elements) {
    out += `\n${jsdoc(`\`<${element.tagName}>\`: ${element.summary ?? ''}`)}`;
    out += `export const ${element.name} = createComponent({\n`;
    out += `  react: React,\n  tagName: '${element.tagName}',\n  elementClass: ${element.name}Element,\n`;
    const events = publicEvents(element);
    if (events.length) {
      out += '  events: {\n';
      for (const event of events) {
        const type =
          event.type?.text && eventModules.has(event.type.text) ? event.type.text : 'Event';
        out += jsdoc(event.description, '    ');
        out += `    on${pascal(event.name)}: '${event.name}' as EventName<${type}>,\n`;
      }
      out += '  },\n';
    }
    out += `  displayName: '${element.name}',\n});\n`;
  }
  return { file, text: out };
}

function jsxModule() {
  const file = 'src/jsx/index.ts';
  const eventTypes = [
    ...new Set(elements.flatMap((element) => publicEvents(element).map((e) => e.type?.text))),
  ]
    .filter((name) => name && eventModules.has(name))
    .sort();
  let out = `/**
 * The elements' attributes, properties and events as JSX props, for any JSX flavour:
 * \`social-elements/jsx/react\`, \`…/preact\` and \`…/solid\` add them to each framework's intrinsic
 * elements. Attributes go by their attribute name, properties without one by property name.
 * ${GENERATED} do not edit.
 */
`;
  for (const element of elements) {
    out += `import type { ${element.name} } from '${specifier(file, element.modulePath)}';\n`;
  }
  out += `import type { ${eventTypes.join(', ')} } from '../events/index.js';\n`;
  for (const element of elements) {
    out += `\n${jsdoc(`Attributes and properties of \`<${element.tagName}>\`.`)}`;
    out += `export interface ${element.name}Props {\n`;
    for (const prop of props(element)) {
      out += jsdoc(prop.description, '  ');
      const key = /^[a-zA-Z_$][\w$]*$/.test(prop.name) ? prop.name : `'${prop.name}'`;
      out += `  ${key}?: ${element.name}['${prop.field}'];\n`;
    }
    out += '}\n';
    out += `\n${jsdoc(`The events of \`<${element.tagName}>\`, by name.`)}`;
    if (publicEvents(element).length === 0) {
      out += `export type ${element.name}Events = Record<never, never>;\n`;
      continue;
    }
    out += `export interface ${element.name}Events {\n`;
    for (const event of publicEvents(element)) {
      const type =
        event.type?.text && eventModules.has(event.type.text) ? event.type.text : 'Event';
      out += jsdoc(event.description, '  ');
      out += `  '${event.name}': ${type};\n`;
    }
    out += '}\n';
  }
  out += `\n/** Every tag: its element class, props and events. */\nexport interface SocialElements {\n`;
  for (const element of elements) {
    out += `  '${element.tagName}': {\n    element: ${element.name};\n    props: ${element.name}Props;\n    events: ${element.name}Events;\n  };\n`;
  }
  out += '}\n';
  return { file, text: out };
}

/**
 * String-literal values of each attribute's property, resolved by the type checker (the manifest
 * keeps aliases such as `ProfileCardVariant` unexpanded). Key: `ClassName.field`.
 */
function enumValues() {
  const program = ts.createProgram({
    rootNames: elements.map((element) => join(ROOT, element.modulePath)),
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      experimentalDecorators: true,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    },
  });
  const checker = program.getTypeChecker();
  /** @type {Map<string, string[]>} */
  const values = new Map();
  for (const element of elements) {
    const source = program.getSourceFile(join(ROOT, element.modulePath));
    if (!source) continue;
    const declaration = source.statements.find(
      (statement) => ts.isClassDeclaration(statement) && statement.name?.text === element.name,
    );
    if (!declaration) continue;
    const type = checker.getTypeAtLocation(declaration);
    for (const attribute of element.attributes ?? []) {
      if (!attribute.fieldName) continue;
      const symbol = type.getProperty(attribute.fieldName);
      if (!symbol) continue;
      const fieldType = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      const parts = (fieldType.isUnion() ? fieldType.types : [fieldType]).filter(
        (part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
      );
      if (parts.length > 0 && parts.every((part) => part.isStringLiteral())) {
        values.set(
          `${element.name}.${attribute.fieldName}`,
          parts.map((part) => /** @type {ts.StringLiteralType} */ (part).value),
        );
      }
    }
  }
  return values;
}

function vscodeData() {
  const values = enumValues();
  const data = {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.summary
        ? `${element.summary}\n\n${element.description ?? ''}`.trim()
        : (element.description ?? ''),
      attributes: props(element)
        .filter((prop) => prop.attribute)
        .map((prop) => {
          const attribute = element.attributes?.find((a) => a.name === prop.name);
          const enumeration = values.get(`${element.name}.${prop.field}`);
          const boolean = attribute?.type?.text === 'boolean';
          return {
            name: prop.name,
            description: prop.description,
            ...(boolean ? { valueSet: 'v' } : {}),
            ...(enumeration ? { values: enumeration.map((name) => ({ name })) } : {}),
          };
        }),
    })),
  };
  return { file: 'vscode.html-custom-data.json', text: JSON.stringify(data) };
}

const check = process.argv.includes('--check');
const stale = [];
for (const { file, text } of [reactModule(), jsxModule(), vscodeData()]) {
  const path = join(ROOT, file);
  const options = (await prettier.resolveConfig(path)) ?? {};
  const formatted = await prettier.format(text, { ...options, filepath: path });
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Not generated yet.
  }
  if (current === formatted) continue;
  if (check) {
    stale.push(file);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, formatted);
    console.log(`wrote ${file}`);
  }
}
if (stale.length) {
  console.error(`Stale: ${stale.join(', ')}. Run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
