import { type Browser, type ConsoleMessage, type Page, chromium } from 'playwright-core';

/** The system Chromium (installed by apt); never a downloaded one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Collects what should never happen on a page: console errors (CSP violations are logged
 * there too), uncaught exceptions and `securitypolicyviolation` events.
 */
export async function watchForProblems(page: Page): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error: Error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
        .__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return () => [...problems];
}
