import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@tribeworks/api-testing';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { isExpectedSignedOutCheck, freshPagePerTest, signIn } from './browser';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';

describe('signing in and out, and administration, in a real browser', () => {
  let page: Page;
  let problems: () => string[];

  freshPagePerTest({ width: 1280, height: 800 }, (p, watched) => {
    page = p;
    problems = watched;
  });

  it('chapter lead: signs in, sees their menu, switches to English, signs out and is kept out', async () => {
    // Signed out, the app's GET /api/auth/me gets a 401 that Chromium logs as a console error;
    // watchForProblems lets exactly that one through. Count it, so the filter is not vacuous.
    let signedOutChecks = 0;
    page.on('console', (message) => {
      if (isExpectedSignedOutCheck(message)) signedOutChecks += 1;
    });

    // A protected page, signed out: to the login page, remembering where we were going.
    await page.goto(`${baseUrl}/system`);
    await page.waitForURL(`${baseUrl}/login?next=%2Fsystem`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-login.png', fullPage: true });

    // The e-mail field has focus; Enter submits.
    const email = page.getByRole('textbox', { name: 'E-mailadres' });
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(DEMO_ACCOUNTS.chapter_lead);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(`${baseUrl}/system`);
    await page.getByRole('heading', { level: 1, name: 'Systeem' }).waitFor();
    const menu = page.getByTestId('user-menu');
    expect(await menu.getAttribute('aria-label')).toBe('Chantal Jansen');
    await page.getByRole('button', { name: 'Chantal Jansen' }).waitFor();
    // A chapter lead may not queue jobs nor administer users.
    expect(await page.getByRole('button', { name: 'Pingtaak starten' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);

    await menu.click();
    const dropdown = page.getByRole('menu');
    await dropdown.getByText('Chapter lead').waitFor();
    expect(await dropdown.textContent()).toContain(DEMO_ACCOUNTS.chapter_lead);
    if (SCREENSHOTS)
      await page.screenshot({ path: '/tmp/tribeworks-user-menu.png', animations: 'disabled' });
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'System' }).waitFor();
    await page.getByRole('link', { name: 'System', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await menu.click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // Signed out for real: the server ended the session, so a protected page is closed.
    await page.goto(`${baseUrl}/system`);
    await page.waitForURL(`${baseUrl}/login?next=%2Fsystem`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0);

    expect(signedOutChecks).toBeGreaterThanOrEqual(2);
    expect(problems()).toEqual([]);
  });

  it('admin: invites a user, sees the link, and finds the invitation in the audit log', async () => {
    const invitee = `e2e-${Date.now()}@tribeworks.test`;
    await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);

    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.waitForURL(`${baseUrl}/admin/users`);
    await page.getByTestId('users-table').waitFor();
    await page.locator(`[data-testid="user-row"][data-email="${DEMO_ACCOUNTS.hr}"]`).waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-users.png', fullPage: true });

    await page.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gebruiker uitnodigen' });
    await dialog.getByRole('textbox', { name: 'E-mailadres' }).fill(invitee);
    await dialog.getByRole('textbox', { name: 'Naam' }).fill('Eva Endtoend');
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();

    const link = dialog.getByTestId('invitation-url');
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/\/invitation\?token=[\w-]+/);
    await dialog.getByRole('button', { name: 'Kopiëren' }).waitFor();
    if (SCREENSHOTS)
      await page.screenshot({ path: '/tmp/tribeworks-invite.png', animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await page.locator(`[data-testid="user-row"][data-email="${invitee}"]`).waitFor();
    expect(
      await page.locator(`[data-testid="user-row"][data-email="${invitee}"]`).textContent(),
    ).toContain('Uitgenodigd');

    await page.getByRole('link', { name: 'Auditlog' }).click();
    await page.waitForURL(`${baseUrl}/admin/audit`);
    const created = page
      .locator('[data-testid="audit-row"][data-action="create"][data-entity-type="User"]')
      .filter({ hasText: invitee });
    await created.waitFor();
    expect(await created.textContent()).toContain(DEMO_ACCOUNTS.admin);
    await created.getByRole('button', { name: /velden/ }).click();
    await page
      .getByRole('table', { name: 'Wijzigingen aan Gebruiker' })
      .getByText(invitee)
      .waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-audit.png', fullPage: true });

    expect(problems()).toEqual([]);
  });
});
