import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { anImport } from '../testing/builders';

const hr = aSession('hr');
const IMPORT_ID = anImport().id;
const dossier = () => new File(['Beroepskwalificatie\n'], 'dossier.txt', { type: 'text/plain' });

describe('Competency frameworks → import a dossier', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('uploads the file, follows the progress, then shows the warnings and a link', async () => {
    // Each poll gets the next state: queued → running → completed.
    const states = [
      anImport({ state: 'queued', progress: 0 }),
      anImport({ state: 'running', progress: 40 }),
      anImport({
        state: 'completed',
        progress: 100,
        frameworkCode: 'BK-0571-1',
        version: 2,
        created: true,
        warnings: [{ line: 213, message: 'Knowledge depth guessed from wording' }],
      }),
    ];
    let polls = 0;
    const api = healthyApi(hr)
      .on('POST', '/api/frameworks/imports', () =>
        json({ importId: IMPORT_ID, jobId: IMPORT_ID, queue: 'frameworks' }, 202),
      )
      .on('GET', '/api/frameworks/imports/:id', () => {
        const answer = states[Math.min(polls, states.length - 1)];
        polls += 1;
        return json(answer);
      })
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/import');

    await user.upload(await screen.findByLabelText(/Dossier file/), dossier());
    await user.type(screen.getByRole('textbox', { name: /Version label/ }), '2025');
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const status = await screen.findByTestId('import-status');
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'running'), {
      timeout: 3000,
    });
    expect(screen.getByTestId('import-state')).toHaveTextContent('Reading');
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'completed'), {
      timeout: 3000,
    });

    expect(screen.getByTestId('import-outcome')).toHaveTextContent(
      'Imported as version 2 of BK-0571-1',
    );
    expect(screen.getByRole('link', { name: 'Open BK-0571-1, version 2' })).toHaveAttribute(
      'href',
      '/frameworks/BK-0571-1?version=2',
    );
    const warning = within(screen.getByTestId('warnings')).getByTestId('warning');
    expect(warning).toHaveTextContent('213');
    expect(warning).toHaveTextContent('Knowledge depth guessed from wording');

    // Sent as multipart form data (the fake does not read it); no more polling once finished.
    const upload = api.requests.find((r) => r.method === 'POST');
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const finishedPolls = polls;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(polls).toBe(finishedPolls);
  });

  it('says "identical" when the content was imported before', async () => {
    healthyApi(hr)
      .on('POST', '/api/frameworks/imports', () =>
        json({ importId: IMPORT_ID, jobId: IMPORT_ID, queue: 'frameworks' }, 202),
      )
      .on('GET', '/api/frameworks/imports/:id', () =>
        json(
          anImport({
            state: 'completed',
            progress: 100,
            frameworkCode: 'BK-0571-1',
            version: 1,
            created: false,
          }),
        ),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/import');
    await user.upload(await screen.findByLabelText(/Dossier file/), dossier());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByTestId('import-outcome')).toHaveTextContent(
      'Identical to version 1 of BK-0571-1',
    );
  });

  it('focuses the code field when the dossier does not state its code', async () => {
    healthyApi(hr)
      .on('POST', '/api/frameworks/imports', () =>
        json(
          {
            code: 'framework_code_required',
            message: 'This MBO dossier does not state its code',
            details: { fields: [{ field: 'code', problems: ['code is required'] }] },
          },
          422,
        ),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/import');
    await user.upload(await screen.findByLabelText(/Dossier file/), dossier());
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const code = screen.getByRole('textbox', { name: /^Code/ });
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/does not state its code: enter it here/);
  });

  it('shows a refusal in words and asks for a file first', async () => {
    const api = healthyApi(hr)
      .on('POST', '/api/frameworks/imports', () =>
        json({ code: 'dossier_truncated', message: 'Cut off', details: { line: 120 } }, 422),
      )
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/import');

    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(screen.getByText('Choose the dossier file.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/frameworks/imports')).toBe(0);

    await user.upload(screen.getByLabelText(/Dossier file/), dossier());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This dossier seems incomplete (cut off). Check the file and try again. (line 120)',
    );
  });

  it('is not offered to members', async () => {
    healthyApi(aSession('member')).install();
    renderApp('/frameworks/import');
    expect(await screen.findByRole('heading', { name: 'No access' })).toBeInTheDocument();
  });
});
