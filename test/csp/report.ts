/** What the pages under a strict CSP (test/csp/page.ts, control.ts) tell the test that framed them. */

/** One `securitypolicyviolation` event, as test/csp/listen.js records it. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

export interface CspReport {
  kind: 'csp-report';
  /** `page` or `control`. */
  page: string;
  /** The sanitizer engine the page used. */
  engine?: string;
  /** Whether the page saw Trusted Types enforced (a plain string refused by a script sink). */
  trustedTypes: boolean;
  violations: Violation[];
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  /** What each element showed, by name: `ok …` or what went wrong. */
  rendered: Record<string, string>;
}

declare global {
  interface Window {
    __cspViolations: Violation[];
  }
}

/** Whether this page refuses a plain string in a script sink: Trusted Types are enforced. */
export function trustedTypesEnforced(): boolean {
  try {
    document.createElement('script').text = 'void 0';
    return false;
  } catch {
    return true;
  }
}

/** Uncaught errors and unhandled rejections from now on. */
export function collectErrors(): string[] {
  const errors: string[] = [];
  addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  return errors;
}

/**
 * Sends the report to the test page that framed this one. The violations are taken before the
 * Trusted Types probe, which is itself a (deliberate) violation.
 */
export function sendReport(report: Omit<CspReport, 'kind' | 'violations' | 'trustedTypes'>): void {
  const violations = [...window.__cspViolations];
  const message: CspReport = {
    kind: 'csp-report',
    violations,
    trustedTypes: trustedTypesEnforced(),
    ...report,
  };
  parent.postMessage(message, location.origin);
}
