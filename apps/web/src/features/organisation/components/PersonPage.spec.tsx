import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { IDS, aPersonDetail } from '../testing/builders';

describe('the person page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows memberships, roles, the manager and the history', async () => {
    healthyApi(aSession('chapter_lead'))
      .on('GET', '/api/people/:id', () =>
        json(
          aPersonDetail({
            current: [
              {
                id: '00000000-0000-4000-8000-000000000901',
                personId: IDS.zoe,
                personName: 'Zoë Peters',
                kind: 'squad',
                unitId: IDS.aflossen,
                unitName: 'vervroegd aflossen',
                tribeId: IDS.tribe,
                from: '2024-01-01',
                until: null,
                fte: 0.5,
                version: 1,
              },
            ],
            roles: [
              {
                role: 'agile_coach',
                unitType: 'squad',
                unitId: IDS.app,
                unitName: 'hypotheek-app',
              },
            ],
          }),
        ),
      )
      .install();
    renderApp(`/org/people/${IDS.zoe}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Zoë Peters' })).toBeVisible();
    expect(screen.getByTestId('person-manager')).toHaveTextContent(
      'Bas Vermeulen (chapter lead van Ontwikkeling)',
    );
    const current = screen.getByTestId('person-current');
    expect(within(current).getByRole('link', { name: 'vervroegd aflossen' })).toHaveAttribute(
      'href',
      `/org/squads/${IDS.aflossen}`,
    );
    expect(current).toHaveTextContent('0,5');
    expect(current).toHaveTextContent('heden');
    expect(screen.getByText('Agile coach van')).toBeInTheDocument();
  });

  it('says kindly that the details are not for you when the API answers 403', async () => {
    healthyApi(aSession('member'))
      .on('GET', '/api/people/:id', () =>
        json({ code: 'forbidden', message: 'You may not read this person' }, 403),
      )
      .install();
    renderApp(`/org/people/${IDS.zoe}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang tot deze persoon' }),
    ).toBeVisible();
    expect(screen.getByText(/alleen zichtbaar voor de persoon zelf, HR/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de organisatie' })).toHaveAttribute(
      'href',
      '/org',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
