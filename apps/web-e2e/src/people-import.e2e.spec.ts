import { DEMO_ACCOUNTS } from '@tribeworks/api-testing';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { freshPagePerTest, signIn } from './browser';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';

const HEADER = 'naam;e-mail;functie;chapter;squads';
/** A new data analyst in the demo tribe: chapter Data Analytics, squad "hypotheekadvies online" (6/9). */
const ELINE =
  'Eline Vermeer;eline.vermeer@voorbeeldbank.test;Data-analist;Data Analytics;hypotheekadvies online';

/** A CSV file as Excel saves it as "CSV UTF-8": a BOM, `;` and CRLF. */
function csvFile(lines: string[]) {
  const text = lines.join('\r\n') + '\r\n';
  return {
    name: 'mensen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  };
}

describe('the people import in a real browser', () => {
  let page: Page;
  let problems: () => string[];

  freshPagePerTest({ width: 1440, height: 900 }, (p, watched) => {
    page = p;
    problems = watched;
  });

  const problemAt = (line: number) =>
    page.locator(`[data-testid="import-problem"][data-line="${line}"]`);
  const commitButton = () => page.getByRole('button', { name: 'Importeren', exact: true });

  it('hr: sees every problem of a bad file by line and cannot import it; imports a good file and finds the new person', async () => {
    await signIn(page, baseUrl, DEMO_ACCOUNTS.hr);
    await page.getByRole('link', { name: /^Organisatie/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorbeeldbank' }).waitFor();
    await page.getByRole('link', { name: 'Mensen importeren' }).click();
    await page.waitForURL(`${baseUrl}/org/import`);
    await page.getByRole('heading', { level: 1, name: 'Mensen importeren' }).waitFor();
    expect(await page.getByTestId('import-format').textContent()).toContain('vanaf');

    // A file with an unknown chapter (line 3) and a tenth member for the full squad (line 4).
    const input = page.getByLabel('CSV-bestand');
    await input.setInputFiles(
      csvFile([
        HEADER,
        ELINE,
        'Bram de Boer;bram.deboer@voorbeeldbank.test;Tester;Kwaliteit;',
        'Ruud Hermans;ruud.hermans@voorbeeldbank.test;Software engineer;Ontwikkeling;hypotheek-app',
      ]),
    );
    await page.getByTestId('import-problems').waitFor();
    expect(await page.getByTestId('import-problem').count()).toBe(2);
    expect(await problemAt(3).textContent()).toContain('chapter');
    expect(await problemAt(3).textContent()).toContain("Onbekend chapter 'Kwaliteit'");
    expect(await problemAt(4).textContent()).toContain('squads');
    expect(await problemAt(4).textContent()).toContain(
      "Squad 'hypotheek-app' heeft al 9 leden (limiet 9)",
    );
    expect(await page.getByTestId('import-count-rows').textContent()).toBe('3');
    expect(await commitButton().isDisabled()).toBe(true);
    if (SCREENSHOTS) {
      await page.screenshot({ path: '/tmp/tribeworks-people-import-problems.png', fullPage: true });
    }

    // The good row alone: clean, so it can be imported.
    await input.setInputFiles(csvFile([HEADER, ELINE]));
    await page.getByTestId('import-clean').waitFor();
    expect(await page.getByTestId('import-problem').count()).toBe(0);
    expect(await page.getByTestId('import-count-people').textContent()).toBe('1');
    expect(await page.getByTestId('import-count-memberships').textContent()).toBe('2');
    expect(await commitButton().isEnabled()).toBe(true);
    await commitButton().click();

    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('Het bestand is geïmporteerd');
    expect(await done.getByTestId('import-count-people').textContent()).toBe('1');
    expect(await done.getByTestId('import-count-memberships').textContent()).toBe('2');
    if (SCREENSHOTS) {
      await page.screenshot({ path: '/tmp/tribeworks-people-import-done.png', fullPage: true });
    }

    // There she is: in the tribe's matrix, and on her own page with her chapter lead as manager.
    await done.getByRole('link', { name: 'Organisatie openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorbeeldbank' }).waitFor();
    await page.getByRole('link', { name: 'Hypotheek', exact: true }).click();
    await page.getByTestId('tribe-matrix').waitFor();
    await page.getByRole('link', { name: 'Eline Vermeer', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Eline Vermeer' }).waitFor();
    const main = await page.getByRole('main').textContent();
    expect(main).toContain('Data-analist');
    expect(main).toContain('hypotheekadvies online');
    expect(main).toContain('Data Analytics');
    expect(main).toContain('Daan van Leeuwen');

    expect(problems()).toEqual([]);
  });
});
