import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { anOrganisation } from '../testing/builders';

function settingsApi(role: Parameters<typeof aSession>[0]) {
  let organisation = anOrganisation();
  return healthyApi(aSession(role))
    .on('GET', '/api/organisations', () =>
      json({ items: [organisation], total: 1, page: 1, pageSize: 200 }),
    )
    .on('PATCH', '/api/organisations/:id', async (request) => {
      const body = (await request.clone().json()) as Record<string, unknown>;
      if (body.version !== organisation.version) {
        return json({ code: 'stale_version', message: 'Changed meanwhile' }, 409);
      }
      organisation = { ...organisation, ...body, version: organisation.version + 1 };
      return json(organisation);
    });
}

describe('organisation settings', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('checks the limits before saving, then saves with the version read', async () => {
    const api = settingsApi('hr').install();
    const user = userEvent.setup();
    renderApp('/org/settings');

    const squadLimit = await screen.findByLabelText(/Maximaal aantal leden per squad/);
    expect(squadLimit).toHaveValue('9');
    await user.clear(squadLimit);
    await user.type(squadLimit, '0');
    const squadsPerPerson = screen.getByLabelText(/Maximaal aantal squads per persoon/);
    await user.clear(squadsPerPerson);
    await user.type(squadsPerPerson, '15');
    const fte = screen.getByLabelText(/Maximale fte per persoon/);
    await user.clear(fte);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Vul een getal van 1 tot en met 100 in.')).toBeInTheDocument();
    expect(screen.getByText('Vul een getal van 1 tot en met 10 in.')).toBeInTheDocument();
    expect(screen.getByText('Vul een getal in.')).toBeInTheDocument();
    expect(squadLimit).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('PATCH', '/api/organisations/' + anOrganisation().id)).toBe(0);

    await user.clear(squadLimit);
    await user.type(squadLimit, '8');
    await user.clear(squadsPerPerson);
    await user.type(squadsPerPerson, '2');
    await user.type(fte, '0.8');
    await user.click(screen.getByRole('radio', { name: /Agile/ }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('De instellingen zijn opgeslagen.');
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      version: 3,
      kind: 'agile',
      maxSquadMembers: 8,
      maxTribePeople: 150,
      maxSquadsPerPerson: 2,
      maxFtePerPerson: 0.8,
    });
    // Saved again: with the new version.
    await waitFor(() => expect(api.calls('GET', '/api/organisations')).toBe(2));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(api.requests.filter((r) => r.method === 'PATCH')[1]?.body).toMatchObject({
        version: 4,
      }),
    );
  });

  it('is not for members, and the organisation page has no link to it for them', async () => {
    settingsApi('member')
      .on('GET', '/api/tribes', () => json({ items: [], total: 0, page: 1, pageSize: 20 }))
      .on('GET', '/api/guilds', () => json({ items: [], total: 0, page: 1, pageSize: 200 }))
      .install();
    const { router } = renderApp('/org/settings');
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();

    await router.navigate('/org');
    expect(await screen.findByRole('heading', { level: 1, name: 'Voorbeeldbank' })).toBeVisible();
    expect(
      screen.queryByRole('link', { name: 'Instellingen organisatie' }),
    ).not.toBeInTheDocument();
  });
});
