// Lint rules that prose cannot enforce. The HTML gate (src/html/) is the only code allowed to
// turn strings into DOM; everything else renders through Lit templates.
import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { property: 'innerHTML', message: 'Remote HTML goes through the sanitizer in src/html/.' },
  { property: 'outerHTML', message: 'Remote HTML goes through the sanitizer in src/html/.' },
  { property: 'insertAdjacentHTML', message: 'Remote HTML goes through src/html/.' },
  { property: 'setHTMLUnsafe', message: 'Remote HTML goes through src/html/.' },
  { property: 'createContextualFragment', message: 'Remote HTML goes through src/html/.' },
  { object: 'document', property: 'write', message: 'Never write markup into the document.' },
];
const unsafeDirectives = [
  'lit/directives/unsafe-html.js',
  'lit/directives/unsafe-svg.js',
  'lit-html/directives/unsafe-html.js',
  'lit-html/directives/unsafe-svg.js',
].map((name) => ({ name, message: 'Remote HTML goes through the sanitizer in src/html/.' }));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'custom-elements.json',
      'test/fixtures/',
      'bench/node_modules/',
      'bench/.build/',
      'bench/.speed/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...htmlSinks],
      'no-restricted-imports': ['error', { paths: unsafeDirectives }],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The gate itself.
    files: ['src/html/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': 'error',
      // package.json marks everything outside define/ free of side effects, so a bundler drops
      // an import that only runs a module: export what it sets up and call that instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[specifiers.length=0][importKind!="type"]',
          message:
            'A bundler drops a side-effect-only import of a module outside define/: import a name and use it.',
        },
      ],
    },
  },
  {
    // Registering the elements is what these modules are for (package.json `sideEffects`).
    files: ['src/define/**/*.ts', 'src/react/index.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'bench/**', '*.config.*', '.storybook/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
