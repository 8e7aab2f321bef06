import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, REPO_ROOT } from '@tribeworks/api-testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest, signIn } from './browser';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';

const SEED = join(REPO_ROOT, 'libs/domain/dossier/test/fixtures/bk-0571-1-productmanager.txt');
const ORIGINAL_TITLE = '1. Onderzoekt een product, dienst of merk';
const CHANGED_TITLE = '1. Onderzoekt een product, dienst of merk en de concurrentie';

describe('competency frameworks in a real browser', () => {
  let page: Page;
  let problems: () => string[];
  let workDir: string;

  freshPagePerTest({ width: 1280, height: 900 }, (p, watched) => {
    page = p;
    problems = watched;
  });

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'tribeworks-frameworks-e2e-'));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('hr: imports a changed dossier, follows the progress, opens the new version and searches', async () => {
    // A changed copy of a seeded dossier: the first competency's title gets longer, so the
    // import must store a new version (2) rather than answer "identical".
    const seed = await readFile(SEED, 'utf8');
    expect(seed).toContain(ORIGINAL_TITLE);
    const changed = join(workDir, 'bk-0571-1-productmanager-herzien.txt');
    await writeFile(changed, seed.replace(ORIGINAL_TITLE, CHANGED_TITLE), 'utf8');

    await signIn(page, baseUrl, DEMO_ACCOUNTS.hr);
    await page.getByRole('link', { name: 'Competentiekaders' }).click();
    await page.waitForURL(`${baseUrl}/frameworks`);
    await page.locator('[data-testid="framework-row"][data-code="BK-0571-1"]').waitFor();
    expect(await page.getByTestId('framework-row').count()).toBe(3);

    await page.getByRole('link', { name: 'Dossier importeren' }).click();
    await page.waitForURL(`${baseUrl}/frameworks/import`);
    await page.getByLabel('Dossierbestand').setInputFiles(changed);
    await page.getByRole('textbox', { name: /Versielabel/ }).fill('e2e');
    await page.getByRole('button', { name: 'Importeren' }).click();

    const status = page.getByTestId('import-status');
    await status.waitFor();
    await page.getByRole('progressbar', { name: 'Voortgang van de import' }).waitFor();
    await page.locator('[data-testid="import-status"][data-state="completed"]').waitFor({
      timeout: 30_000,
    });
    expect(
      await page
        .getByRole('progressbar', { name: 'Voortgang van de import' })
        .getAttribute('aria-valuenow'),
    ).toBe('100');
    const outcome = page.getByTestId('import-outcome');
    expect(await outcome.getAttribute('data-created')).toBe('true');
    expect(await outcome.textContent()).toContain('Geïmporteerd als versie 2 van BK-0571-1');
    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-import.png', fullPage: true });

    await page.getByRole('link', { name: 'BK-0571-1 openen, versie 2' }).click();
    await page.waitForURL(`${baseUrl}/frameworks/BK-0571-1?version=2`);
    await page.getByRole('heading', { level: 1, name: 'Productmanager' }).waitFor();
    const first = page.getByRole('button', { name: /^1\. Onderzoekt een product/ });
    expect(await first.textContent()).toContain('en de concurrentie');
    await first.click();
    await page.getByTestId('depth-badge').first().waitFor();
    if (SCREENSHOTS)
      await page.screenshot({ path: '/tmp/tribeworks-framework.png', fullPage: true });

    // Version 1 against version 2: exactly the changed title.
    await page.getByRole('link', { name: 'Vergelijken met de vorige versie' }).click();
    await page.waitForURL(`${baseUrl}/frameworks/BK-0571-1/diff?from=1&to=2`);
    const change = page.locator('[data-testid="diff-change"][data-change="changed"]');
    await change.first().waitFor();
    expect(await change.first().textContent()).toContain('en de concurrentie');
    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-diff.png', fullPage: true });

    await page.getByRole('link', { name: 'Competentiekaders' }).click();
    await page.getByRole('searchbox', { name: 'Zoeken in de inhoud' }).fill('klant');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/frameworks/search?q=klant`);
    const hit = page.getByTestId('search-hit').first();
    await hit.waitFor();
    const mark = hit.locator('mark').first();
    expect((await mark.textContent())?.toLowerCase()).toContain('klant');
    if (SCREENSHOTS) await page.screenshot({ path: '/tmp/tribeworks-search.png' });

    // The hit links to its place in the framework.
    await hit.getByRole('link').click();
    await page.waitForURL(/\/frameworks\/[^/?]+\?version=\d+#(competency|item)-/);
    await page.getByTestId('framework').waitFor();

    expect(problems()).toEqual([]);
  });
});
