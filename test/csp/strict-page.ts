// Loaded by strict-page.html; records every CSP violation for the test in csp.test.ts.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
(window as unknown as { __violations: string[] }).__violations = violations;
await import('../../src/index.js');
export {};
