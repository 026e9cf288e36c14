// @ts-check
/**
 * Lets the examples in `examples/` run in the test browser as a site owner wrote them: bare
 * `social-elements/…` imports resolve to the sources (as package.json's `exports` map them to the
 * build), `vue` to Vue's browser build with the template compiler, and React (CommonJS on npm) to
 * ES modules that esbuild bundles once, with one shared copy of React for react-dom.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The names a CommonJS entry exports, asked of a separate Node process: requiring React inside
 * the test runner would trip over the runner's console capture.
 */
const exportNames = (/** @type {string} */ name) =>
  /** @type {string[]} */ (
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`,
        ],
        { cwd: ROOT, env: { ...process.env, NODE_ENV: 'development' } },
      ).toString(),
    )
  ).filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));

/** Package entry → source module, mirroring package.json `exports`. */
const PACKAGE_SOURCES = {
  'social-elements': '/src/index.ts',
  'social-elements/all.js': '/src/define/all.ts',
  'social-elements/react': '/src/react/index.ts',
};

/** React's entry points, served as ES modules from /__examples/deps/. */
const REACT_ENTRIES = ['react', 'react/jsx-runtime', 'react-dom/client'];
const DEPS = '/__examples/deps/';
const depPath = (/** @type {string} */ name) => `${DEPS}${name.replace(/\//g, '__')}.js`;

/** @type {Promise<Map<string, string>> | undefined} */
let bundled;

/**
 * Bundles React's entries in one esbuild run with code splitting, so react-dom and the JSX runtime
 * share React's module instead of carrying copies. CommonJS exports become named ES exports.
 */
function bundleReact() {
  bundled ??= esbuild
    .build({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(
        REACT_ENTRIES.map((name) => [name.replace(/\//g, '__'), `entry:${name}`]),
      ),
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: ROOT + DEPS.slice(1),
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
      plugins: [
        {
          name: 'cjs-entries',
          setup(build) {
            build.onResolve({ filter: /^entry:/ }, (args) => ({
              path: args.path.slice('entry:'.length),
              namespace: 'entry',
            }));
            build.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => {
              const names = exportNames(args.path);
              return {
                resolveDir: ROOT,
                contents: `import module from '${args.path}';\nexport default module;\nexport const { ${names.join(', ')} } = module;\n`,
              };
            });
          },
        },
      ],
    })
    .then((result) => {
      const files = new Map();
      for (const file of result.outputFiles) {
        files.set(`/${file.path.slice(ROOT.length)}`, file.text);
      }
      return files;
    });
  return bundled;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function examplesTestPlugin() {
  return {
    name: 'examples',
    resolveImport({ source }) {
      if (source in PACKAGE_SOURCES)
        return PACKAGE_SOURCES[/** @type {keyof PACKAGE_SOURCES} */ (source)];
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      if (REACT_ENTRIES.includes(source)) return depPath(source);
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(DEPS)) return undefined;
      const body = (await bundleReact()).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
