/**
 * Records one reliability figure from a browser test, for `test/RELIABILITY.md`.
 *
 * API (for every test under test/reliability/ and whoever else records figures):
 *
 *   import { recordReliability } from '../reliability/record.js';
 *
 *   await recordReliability({
 *     area: 'faults',          // 'faults' | 'xss' | 'csp' | 'lifecycle' | 'fuzz' | 'composer-model'
 *     name: '503 + Retry-After', // the row: fault mode, XSS vector, CSP case, lifecycle check, format, sequence kind
 *     element: 'social-feed',  // the column (optional): an element, a field, a sanitizer path, a format
 *     cases: 12,               // how many cases were tried for this row × column (runs, vectors, sequences)
 *     held: true,              // whether every case kept the invariant the test checks
 *     detail: 'retry shows posts', // optional, one short phrase shown in the table
 *   });
 *
 * Call it once per row × column when the test knows the outcome, usually at the end of the test
 * (record `held: false` before an assertion that fails, or in a `finally`, if a failure should
 * show in the table as well as in the run). The record goes to the test runner's server through
 * the `reliability-record` server command (test/reliability/record-plugin.mjs); the reporter there
 * writes test/RELIABILITY.md after a full run. Records with the same area, name and element from
 * one browser add up (cases summed, held only if all held). Outside the test runner (a debug page)
 * it does nothing.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type ReliabilityArea = 'faults' | 'xss' | 'csp' | 'lifecycle' | 'fuzz' | 'composer-model';

export interface ReliabilityRecord {
  /** Which table the figure belongs in. */
  area: ReliabilityArea;
  /** The row: fault mode, vector, sequence or check. */
  name: string;
  /** The column: usually the element (`social-feed`), or a field, path or format. */
  element?: string;
  /** How many cases were tried. */
  cases: number;
  /** Whether every case held. */
  held: boolean;
  /** One short phrase shown beside the figure. */
  detail?: string;
}

export async function recordReliability(record: ReliabilityRecord): Promise<void> {
  try {
    // The agent names the browser version in the report (the server session does not know it).
    await executeServerCommand('reliability-record', { ...record, agent: navigator.userAgent });
  } catch (error) {
    // Only "not run by the test runner" is tolerated; a plugin that refuses the record is a bug.
    if (!String(error).includes('not controlled by the test runner')) throw error;
  }
}
