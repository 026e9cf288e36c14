// @ts-check
// Browser tests in Debian's Chromium and Firefox ESR. `npm test` runs them after lint and types.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { composeTestPlugin } from './test/compose/server-plugin.mjs';
import { netTestPlugin } from './test/net/server-plugin.mjs';
import { feedTestPlugin } from './test/components/feed/server-plugin.mjs';
import { profileTestPlugin } from './test/components/profile-card/server-plugin.mjs';
import { faultTestPlugin } from './test/faults/server-plugin.mjs';
import { examplesTestPlugin } from './test/examples/server-plugin.mjs';
import { reliabilityRecorder } from './test/reliability/record-plugin.mjs';
import { cspTestPlugin } from './test/csp/server-plugin.mjs';

const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// Firefox runs wherever it is installed; CI installs it, so there a missing binary is an error.
const withFirefox = process.env.NO_FIREFOX !== '1' && (existsSync(firefoxPath) || process.env.CI);
// Reliability figures sent by the tests; written to test/RELIABILITY.md after a full run only.
const reliability = reliabilityRecorder();

/**
 * Prints one plain "N passed, N failed[, N skipped]" line at the very end, so a log reader
 * finds the tally (the default reporter prints it only inside its progress bar). A test file
 * that fails to load counts as one failure.
 * @returns {import('@web/test-runner').Reporter}
 */
function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {any} suite */
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && session.errors.length > 0) failed += 1;
      }
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      // wtr prints its own "Finished running tests" after reporters stop: print last.
      process.once('exit', () => console.log(line));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/**/*.test.{ts,tsx}',
  nodeResolve: true,
  // Two cores: more than one browser page at a time makes Chromium time out.
  concurrency: 1,
  concurrentBrowsers: 1,
  rootDir: '.',
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, target: 'auto', tsconfig: './tsconfig.json' }),
    // The examples as a site owner wrote them: bare package imports, React, Vue (examples/).
    examplesTestPlugin(),
    // Real HTTP endpoints (/test-net/…) for the network layer: status codes, delays, 429, 304.
    netTestPlugin(),
    // Local Micropub and Mastodon endpoints (/test-compose/…) that record what the composer sends.
    composeTestPlugin(),
    // Paginated Mastodon, JSON Feed and RSS sources, slow and broken ones, for <social-feed>.
    feedTestPlugin(),
    // WebFinger, actor documents with Accept negotiation, Mastodon accounts, for the profile card.
    profileTestPlugin(),
    // Fault modes (/test-faults/…) for every element: hangs, resets, truncation, huge bodies.
    faultTestPlugin(),
    // The `reliability-record` command behind test/reliability/record.ts.
    reliability.plugin,
    // Pages under a strict CSP with Trusted Types (/test-csp/…), framed by the CSP test.
    cspTestPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
    ...(withFirefox
      ? [
          puppeteerLauncher({
            launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
          }),
        ]
      : []),
  ],
  // Lit's dev build is served (export condition "development"): it turns class-field shadowing
  // into a loud error. Drop its banner from the log.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), reliability.reporter, plainSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
  // Two cores: a test that waits on real I/O needs room when the machine is busy.
  testFramework: { config: { timeout: 10000 } },
};
