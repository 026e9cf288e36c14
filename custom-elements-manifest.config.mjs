// Generates custom-elements.json from the elements' JSDoc: it drives Storybook's docs and the
// editor data. CI regenerates it and fails when the committed copy is stale.

/**
 * Keeps the manifest to the public API: the analyzer also records every
 * `dispatchEvent(new SomeEvent())` as an event without a name (the `@fires` tag already documents
 * each one) and lists `#private` members; both are dropped.
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicApiOnly()],
};
