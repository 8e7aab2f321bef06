import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { type FakeApi, aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { IDS, anOrganisation } from '../testing/builders';
import {
  IMPORT_ID,
  aPeopleImport,
  aProblem,
  aReport,
  anEnqueuedImport,
} from '../testing/import-builders';

const IMPORTS = '/api/organisation/imports';
const csv = (name = 'mensen.csv') =>
  new File(['naam;e-mail;chapter\nAnn Smit;ann@bank.example;Ontwikkeling\n'], name, {
    type: 'text/csv',
  });

/** HR signed in, the demo organisation, and uploads answered per mode (`dry-run`, `commit`). */
function importApi(answer: (mode: string | null, request: Request) => Response) {
  return healthyApi(aSession('hr'))
    .on('GET', '/api/organisations', () =>
      json({ items: [anOrganisation()], total: 1, page: 1, pageSize: 200 }),
    )
    .on('POST', IMPORTS, (request) =>
      answer(new URL(request.url).searchParams.get('mode'), request),
    );
}

const posts = (api: FakeApi, mode: string) =>
  api.requests.filter((r) => r.method === 'POST' && r.path === IMPORTS && r.search.includes(mode));

async function chooseFile(file = csv()) {
  const user = userEvent.setup();
  renderApp('/org/import');
  await user.upload(await screen.findByLabelText(/CSV-bestand|CSV file/), file);
  return user;
}

describe('organisation → import people from a CSV file', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('checks the file at once and shows every problem with its line; importing stays impossible', async () => {
    const problems = [
      aProblem({ line: 3, column: 'chapter', message: "Onbekend chapter 'Équipe Données'" }),
      aProblem({
        line: 4,
        column: 'email',
        code: 'email_duplicate',
        message: 'E-mailadres helene.dubois@bank.example staat ook op regel 2',
      }),
      aProblem({
        line: 7,
        column: 'squads',
        code: 'squad_full',
        message: "Squad 'hypotheek-app' heeft al 9 leden (limiet 9)",
      }),
      aProblem({
        line: 8,
        column: 'from',
        code: 'date_invalid',
        message: 'Geen datum: 31-02-2026',
      }),
    ];
    const api = importApi(() =>
      json(
        aReport({
          rows: 7,
          people: 3,
          memberships: 5,
          encoding: 'windows-1252',
          ignoredColumns: ['Opmerking'],
          problems,
        }),
      ),
    ).install();
    await chooseFile();

    const table = await screen.findByRole('table', { name: /Elk probleem met zijn regel/ });
    const rows = within(table).getAllByTestId('import-problem');
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.getAttribute('data-line'))).toEqual(['3', '4', '7', '8']);
    for (const [index, problem] of problems.entries()) {
      const cells = within(rows[index]!);
      expect(cells.getByRole('rowheader')).toHaveTextContent(String(problem.line));
      expect(rows[index]).toHaveTextContent(problem.column ?? '');
      expect(rows[index]).toHaveTextContent(problem.message);
    }
    expect(screen.getByRole('alert')).toHaveTextContent(
      '4 problemen: er kan niets worden geïmporteerd tot ze zijn opgelost',
    );
    expect(screen.getByTestId('import-count-rows')).toHaveTextContent('7');
    expect(screen.getByTestId('import-file-facts')).toHaveTextContent(
      "Gelezen als Windows-1252, kolommen gescheiden door puntkomma's (;).",
    );
    expect(screen.getByTestId('import-ignored-columns')).toHaveTextContent('Opmerking');

    const commit = screen.getByRole('button', { name: 'Importeren' });
    expect(commit).toBeDisabled();
    expect(commit).toHaveAccessibleDescription(
      'Importeren kan zodra de controle geen problemen meer vindt.',
    );

    // One dry run, for this organisation, in the language shown; never a commit.
    const [dryRun] = posts(api, 'mode=dry-run');
    expect(dryRun?.search).toContain(`organisationId=${IDS.organisation}`);
    expect(dryRun?.headers.get('Accept-Language')).toBe('nl');
    expect(dryRun?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(posts(api, 'mode=commit')).toHaveLength(0);
  });

  it('asks again in English when the language changes (the messages are the API’s)', async () => {
    const api = importApi((_mode, request) =>
      json(
        aReport({
          problems: [
            aProblem({
              message:
                request.headers.get('Accept-Language') === 'en'
                  ? "Unknown chapter 'Équipe Données'"
                  : "Onbekend chapter 'Équipe Données'",
            }),
          ],
        }),
      ),
    ).install();
    await chooseFile();
    expect(await screen.findByTestId('import-problem')).toHaveTextContent(
      "Onbekend chapter 'Équipe Données'",
    );

    await i18n.changeLanguage('en');
    await waitFor(() =>
      expect(screen.getByTestId('import-problem')).toHaveTextContent(
        "Unknown chapter 'Équipe Données'",
      ),
    );
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(posts(api, 'mode=dry-run').map((r) => r.headers.get('Accept-Language'))).toEqual([
      'nl',
      'en',
    ]);
  });

  it('imports a clean file and shows what was imported, with the way to the organisation', async () => {
    const api = importApi((mode) =>
      json(
        mode === 'commit'
          ? aReport({ mode: 'commit', committed: true, importId: IMPORT_ID })
          : aReport(),
      ),
    ).install();
    const user = await chooseFile();

    expect(await screen.findByTestId('import-clean')).toHaveTextContent(
      'Geen problemen gevonden: het bestand kan worden geïmporteerd.',
    );
    expect(screen.getByTestId('import-count-people')).toHaveTextContent('3');
    expect(screen.queryByTestId('import-problems')).not.toBeInTheDocument();
    const commit = screen.getByRole('button', { name: 'Importeren' });
    expect(commit).toBeEnabled();
    await user.click(commit);

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('Het bestand is geïmporteerd');
    expect(within(done).getByTestId('import-count-people')).toHaveTextContent('3');
    expect(within(done).getByTestId('import-count-memberships')).toHaveTextContent('6');
    expect(within(done).getByText('Mensen toegevoegd')).toBeInTheDocument();
    expect(within(done).getByRole('link', { name: 'Organisatie openen' })).toHaveAttribute(
      'href',
      '/org',
    );
    const [sent] = posts(api, 'mode=commit');
    expect(sent?.search).toContain(`organisationId=${IDS.organisation}`);

    // Another file starts from the beginning.
    await user.click(screen.getByRole('button', { name: 'Nog een bestand importeren' }));
    expect(screen.getByTestId('chosen-file')).toHaveTextContent(
      'Kies een bestand of sleep het hierheen.',
    );
  });

  it('follows a large file imported in the background until it completed', async () => {
    const states = [
      aPeopleImport({ state: 'queued', progress: 0 }),
      aPeopleImport({ state: 'running', progress: 40, attempts: 1 }),
      aPeopleImport({
        state: 'completed',
        progress: 100,
        people: 600,
        memberships: 1200,
        attempts: 1,
      }),
    ];
    let polls = 0;
    importApi((mode) =>
      mode === 'commit'
        ? json(anEnqueuedImport(), 202)
        : json(aReport({ rows: 600, people: 600, memberships: 1200 })),
    )
      .on('GET', `${IMPORTS}/:id`, (_request, params) => {
        expect(params.id).toBe(IMPORT_ID);
        const answer = states[Math.min(polls, states.length - 1)];
        polls += 1;
        return json(answer);
      })
      .install();
    const user = await chooseFile();
    await user.click(await screen.findByRole('button', { name: 'Importeren' }));

    expect(
      await screen.findByText(
        'Dit bestand heeft 600 regels: het wordt op de achtergrond geïmporteerd, alle regels of geen.',
      ),
    ).toBeInTheDocument();
    const status = await screen.findByTestId('import-status');
    const progress = screen.getByRole('progressbar', { name: 'Voortgang van de import' });
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'running'), {
      timeout: 3000,
    });
    expect(screen.getByTestId('import-state')).toHaveTextContent('Bezig met importeren');
    expect(progress).toHaveAttribute('aria-valuenow', '40');
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'completed'), {
      timeout: 3000,
    });

    expect(progress).toHaveAttribute('aria-valuenow', '100');
    const done = screen.getByTestId('import-done');
    expect(within(done).getByTestId('import-count-people')).toHaveTextContent('600');
    expect(within(done).getByTestId('import-count-memberships')).toHaveTextContent('1.200'); // Dutch digit grouping
    // No more polling once finished.
    const finishedPolls = polls;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(polls).toBe(finishedPolls);
  });

  it('shows the problems of a large file the job refused', async () => {
    importApi((mode) =>
      mode === 'commit' ? json(anEnqueuedImport(), 202) : json(aReport({ rows: 600 })),
    )
      .on('GET', `${IMPORTS}/:id`, () =>
        json(
          aPeopleImport({
            state: 'failed',
            progress: 1,
            errorCode: 'import_rejected',
            errorMessage: 'The file has 1 problem(s); nothing was imported',
            problems: [
              aProblem({
                line: 212,
                column: 'squads',
                code: 'squad_full',
                message: "Squad 'hypotheek-app' heeft al 9 leden (limiet 9)",
              }),
            ],
          }),
        ),
      )
      .install();
    const user = await chooseFile();
    await user.click(await screen.findByRole('button', { name: 'Importeren' }));

    const failed = await screen.findByTestId('import-failed');
    expect(failed).toHaveTextContent('De import is mislukt: er is niets geïmporteerd');
    const problem = within(failed).getByTestId('import-problem');
    expect(problem).toHaveAttribute('data-line', '212');
    expect(problem).toHaveTextContent("Squad 'hypotheek-app' heeft al 9 leden (limiet 9)");
  });

  it('shows the report again when the import is refused (422), and keeps everything on a 503', async () => {
    let answer: 'refuse' | 'redis down' = 'redis down';
    const api = importApi((mode) => {
      if (mode !== 'commit') return json(aReport());
      if (answer === 'redis down') {
        return json(
          { code: 'queue_unavailable', message: 'Redis is down', requestId: 'req-7' },
          503,
        );
      }
      return json(
        {
          code: 'import_rejected',
          message: 'The file has 1 problem(s); nothing was imported',
          details: aReport({
            mode: 'commit',
            problems: [
              aProblem({
                line: 2,
                column: 'squads',
                code: 'squad_full',
                message: "Squad 'hypotheek-app' heeft al 9 leden (limiet 9)",
              }),
            ],
          }),
        },
        422,
      );
    }).install();
    const user = await chooseFile();
    await user.click(await screen.findByRole('button', { name: 'Importeren' }));

    // 503: said in words; the file, its check and the button stay, so trying again is one click.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Grote bestanden worden op de achtergrond geïmporteerd, maar de takenwachtrij (Redis) is nu niet beschikbaar.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('req-7');
    expect(screen.getByTestId('chosen-file')).toHaveTextContent('mensen.csv');
    expect(screen.getByTestId('import-clean')).toBeInTheDocument();
    const commit = screen.getByRole('button', { name: 'Importeren' });
    expect(commit).toBeEnabled();

    // 422: the organisation changed since the check; the report is shown again.
    answer = 'refuse';
    await user.click(commit);
    const problem = await screen.findByTestId('import-problem');
    expect(problem).toHaveAttribute('data-line', '2');
    expect(problem).toHaveTextContent("Squad 'hypotheek-app' heeft al 9 leden (limiet 9)");
    expect(screen.getByTestId('import-has-problems')).toHaveTextContent(
      'De import is geweigerd: het bestand heeft nu 1 probleem',
    );
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeDisabled();
    expect(posts(api, 'mode=commit')).toHaveLength(2);
  });

  it('refuses a file over 5 MB before sending it, and says why the server refused one', async () => {
    const api = importApi(() =>
      json({ code: 'payload_too_large', message: 'Request body too large' }, 413),
    ).install();
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'groot.csv', { type: 'text/csv' });
    const user = await chooseFile(big);
    expect(await screen.findByText('Dit bestand is groter dan 5 MB.')).toBeInTheDocument();
    const input = screen.getByLabelText(/CSV-bestand/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Dit bestand is groter dan 5 MB\.$/);
    expect(posts(api, 'mode=')).toHaveLength(0);

    // A file the browser thinks is fine but the server (or a proxy) refuses as too large.
    await user.upload(screen.getByLabelText(/CSV-bestand/), csv());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit bestand is groter dan 5 MB: splits het in kleinere bestanden.',
    );
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeDisabled();
  });

  it('is linked from the organisation page for HR, with the file format', async () => {
    importApi(() => json(aReport()))
      .on('GET', '/api/tribes', () => json({ items: [], total: 0, page: 1, pageSize: 20 }))
      .on('GET', '/api/guilds', () => json({ items: [], total: 0, page: 1, pageSize: 200 }))
      .install();
    const user = userEvent.setup();
    const { router } = renderApp('/org');
    await user.click(await screen.findByRole('link', { name: 'Mensen importeren' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mensen importeren' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/org/import');
    expect(screen.getByRole('heading', { name: 'Bestandsformaat' })).toBeInTheDocument();
  });

  it('keeps members out, and shows them no link', async () => {
    healthyApi(aSession('member'))
      .on('GET', '/api/organisations', () =>
        json({ items: [anOrganisation()], total: 1, page: 1, pageSize: 200 }),
      )
      .on('GET', '/api/tribes', () => json({ items: [], total: 0, page: 1, pageSize: 20 }))
      .on('GET', '/api/guilds', () => json({ items: [], total: 0, page: 1, pageSize: 200 }))
      .install();
    const { router } = renderApp('/org/import');
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
    await router.navigate('/org');
    expect(await screen.findByRole('heading', { level: 1, name: 'Voorbeeldbank' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Mensen importeren' })).not.toBeInTheDocument();
  });
});
