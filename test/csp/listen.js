// Records every Content-Security-Policy violation of the page from its first byte on, for
// test/csp/page.ts and test/csp/control.ts to report. A classic script, loaded before anything
// else: a module would run only after the page is parsed and miss what was reported before.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  });
});
