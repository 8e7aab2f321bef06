import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { IDS, anOrganisation } from '../testing/builders';

const page = <T,>(items: T[], total = items.length) => ({ items, total, page: 1, pageSize: 20 });

describe('the organisation page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('lists the tribes with their sizes, the guilds and the way to the departments', async () => {
    healthyApi(aSession('hr'))
      .on('GET', '/api/organisations', () => json(page([anOrganisation()])))
      .on('GET', '/api/tribes', () =>
        json(
          page([
            {
              id: IDS.tribe,
              organisationId: IDS.organisation,
              name: 'Hypotheek',
              purpose: 'Passende hypotheken',
              kind: 'change',
              lead: { id: IDS.tom, name: 'Tom Bakker' },
              version: 1,
            },
          ]),
        ),
      )
      .on('GET', '/api/squads', () => json(page([], 4)))
      .on('GET', '/api/chapters', () => json(page([], 4)))
      .on('GET', '/api/people', () => json(page([], 31)))
      .on('GET', '/api/guilds', () =>
        json(
          page([
            {
              id: IDS.app,
              organisationId: IDS.organisation,
              name: 'Gilde Data',
              topic: 'Data over tribes heen',
              version: 1,
            },
          ]),
        ),
      )
      .install();
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Hoofdnavigatie' });
    await within(nav).findByRole('link', { name: /Organisatie/ });
    within(nav)
      .getByRole('link', { name: /Organisatie/ })
      .click();

    expect(await screen.findByRole('heading', { level: 1, name: 'Voorbeeldbank' })).toBeVisible();
    const row = await screen.findByTestId('tribe-row');
    expect(within(row).getByRole('link', { name: 'Hypotheek' })).toHaveAttribute(
      'href',
      `/org/tribes/${IDS.tribe}`,
    );
    expect(await within(row).findByText('31')).toBeInTheDocument();
    expect(row).toHaveTextContent('Tom Bakker');
    expect(row).toHaveTextContent('Verandering (change)');
    expect(await screen.findByRole('link', { name: 'Gilde Data' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Afdelingen bekijken' })).toHaveAttribute(
      'href',
      '/org/departments',
    );
    expect(screen.getByRole('link', { name: 'Instellingen organisatie' })).toHaveAttribute(
      'href',
      '/org/settings',
    );
  });
});
