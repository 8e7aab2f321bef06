import { DEMO_PASSWORD } from '@tribeworks/api-testing';
import {
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  chromium,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

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
 * One Chromium for the spec file and, for every test, a fresh Dutch browser context (so the
 * app starts in Dutch) with one page whose problems are watched: registers the hooks and
 * hands each test's page to `use`.
 */
export function freshPagePerTest(
  viewport: { width: number; height: number },
  use: (page: Page, problems: () => string[]) => void,
): void {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser!.newContext({ locale: 'nl-NL', viewport });
    const page = await context.newPage();
    use(page, await watchForProblems(page));
  });
  afterEach(async () => {
    await context?.close();
  });
}

/**
 * The one console error that is expected: a signed-out visit asks GET /api/auth/me, the API
 * answers 401, and Chromium logs every failed resource ("Failed to load resource: … 401") as
 * a console error, whatever the app does with the answer. Only that resource, only that
 * status, is let through; every other 401 (or any error) still fails the test.
 */
export function isExpectedSignedOutCheck(message: ConsoleMessage): boolean {
  return (
    /^Failed to load resource: the server responded with a status of 401\b/.test(message.text()) &&
    new URL(message.location().url).pathname === '/api/auth/me'
  );
}

/**
 * Collects what should never happen on a page: console errors (CSP violations are logged
 * there too), uncaught exceptions and `securitypolicyviolation` events.
 */
export async function watchForProblems(page: Page): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' || isExpectedSignedOutCheck(message)) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
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

/** Signs in through the login page (Dutch labels) and waits for the user menu. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByTestId('user-menu').waitFor();
}
