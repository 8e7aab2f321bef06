import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@tribeworks/api-testing';
import { freshPagePerTest, signIn } from './browser';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';

describe('web app in a real browser', () => {
  let page: Page;
  let problems: () => string[];

  // A Dutch browser: the app should start in Dutch.
  freshPagePerTest({ width: 1280, height: 800 }, (p, watched) => {
    page = p;
    problems = watched;
  });

  const indicator = () => page.getByTestId('health-indicator');

  it('shows the product, turns the health indicator green and switches language', async () => {
    await signIn(page, baseUrl, DEMO_ACCOUNTS.member);
    await page.waitForURL(`${baseUrl}/`);

    await page.getByRole('heading', { level: 1, name: 'Tribeworks' }).waitFor();
    await page.locator('[data-testid="health-indicator"][data-status="ok"]').waitFor();
    expect(await indicator().textContent()).toBe('Alle diensten werken');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByText('Tribeworks ondersteunt organisaties').waitFor();
    // System info from the API (seeded instance).
    await page.getByTestId('system-info').waitFor();
    expect(await page.getByTestId('system-info').textContent()).toMatch(/Versie/);

    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-home.png', fullPage: true });

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Tribeworks supports organisations').waitFor();
    expect(await indicator().textContent()).toBe('All services up');
    expect(await page.getByRole('link', { name: 'System', exact: true }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The choice survives a reload.
    await page.reload();
    await page.getByText('Tribeworks supports organisations').waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-home-en.png' });

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await page.getByText('Tribeworks ondersteunt organisaties').waitFor();
    expect(await page.getByText('Tribeworks supports organisations').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    expect(problems()).toEqual([]);
  });

  it('reaches the System page by keyboard and runs a ping job through the real worker', async () => {
    // Queueing a ping job is for admins.
    await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
    // A fresh page load, so the keyboard starts at the top.
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid="health-indicator"][data-status="ok"]').waitFor();

    // The first Tab stop is "skip to content".
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Naar de inhoud');

    // Tab on until the navigation's "Systeem" link has focus, then follow it.
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focusedText(page)) === 'Systeem';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/system`);
    await page.getByRole('heading', { level: 1, name: 'Systeem' }).waitFor();

    const details = page.getByTestId('health-details');
    await details.locator('[data-service="db"][data-state="up"]').waitFor();
    await details.locator('[data-service="redis"][data-state="up"]').waitFor();

    await page.getByRole('button', { name: 'Pingtaak starten' }).click();
    await page.locator('[data-testid="ping-job"][data-state="completed"]').waitFor({
      timeout: 30_000,
    });
    expect(await page.getByTestId('job-state').textContent()).toBe('Voltooid');
    const result = page.getByTestId('ping-result');
    expect(await result.textContent()).toContain('ping');
    expect(await result.textContent()).toMatch(/Uitgevoerd door.+:\d+/);
    expect(
      await page.getByRole('progressbar', { name: 'Voortgang' }).getAttribute('aria-valuenow'),
    ).toBe('100');

    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-system.png', fullPage: true });

    expect(problems()).toEqual([]);
  });
});

function focusedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.textContent?.trim());
}
