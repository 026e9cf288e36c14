// @ts-check
/**
 * A build plugin that minifies the CSS inside Lit's css`…` literals. JavaScript minifiers leave
 * template literal text alone, so without it every comment, indent and newline of the element
 * styles ships to every page, in the npm build (which users' bundlers minify) as well as in the
 * standalone file.
 */
import { transform } from 'lightningcss';

/**
 * css`…` with no `${…}` inside: the only kind the elements use, and the only kind this touches.
 * The tag must stand alone, so a file name in a comment (`themes/tokens.css`) is not a literal.
 */
const CSS_LITERAL = /(?<![\w.$/-])css`([^`$\\]*)`/g;

/**
 * Minifies `source` as a style sheet without lowering any syntax (no browser targets), so
 * `light-dark()`, nesting and logical properties reach the browser as written.
 * @param {string} source
 * @param {string} filename
 */
export function minifyCss(source, filename) {
  const { code } = transform({
    filename,
    code: Buffer.from(source),
    minify: true,
    errorRecovery: false,
  });
  return code.toString();
}

/** @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'social-elements:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const output = code.replace(CSS_LITERAL, (_literal, /** @type {string} */ body) => {
        changed = true;
        // The removed line breaks follow the literal as JavaScript whitespace, so every line
        // after it keeps its number and the source map stays right.
        return `css\`${minifyCss(body, id)}\`${'\n'.repeat(body.split('\n').length - 1)}`;
      });
      return changed ? { code: output, map: null } : null;
    },
  };
}
