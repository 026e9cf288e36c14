// Generates custom-elements.json from the elements' JSDoc: it drives Storybook's docs and the
// editor data. CI regenerates it and fails when the committed copy is stale.

/**
 * Keeps the manifest to the public API: the analyzer also records every
 * `dispatchEvent(new SomeEvent(arg))` as an event named after nothing or after `arg` (the `@fires`
 * tag already documents each one) and lists `#private` members; both are dropped.
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order the file system returns them, which differs
      // between clones: sort them, so CI's staleness check compares content, not order.
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) {
            // Documented events have a description; the analyzer's guesses (named after the
            // constructor's argument, such as `post` or `error`) have none.
            declaration.events = declaration.events.filter(
              (event) => event.name && event.description,
            );
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
