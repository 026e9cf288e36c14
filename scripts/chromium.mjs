// @ts-check
/** Where Debian's Chromium is, and the flags it needs here: shared by tests, scripts and bench. */

/** The browser binary: Debian's Chromium, unless `CHROME_PATH` names another. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * `--no-sandbox` because CI runs as root; the rest keep Chromium from calling home, which on a
 * closed network floods the log with refused connections.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
