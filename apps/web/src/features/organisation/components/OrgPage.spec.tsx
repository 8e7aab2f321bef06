import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { IDS, aTribeSummary, anOrganisation } from '../testing/builders';

const page = <T,>(items: T[], total = items.length) => ({ items, total, page: 1, pageSize: 20 });

const rowOf = (name: string) =>
  screen
    .getAllByTestId('tribe-row')
    .find((row) => within(row).queryByRole('link', { name }) !== null)!;

describe('the organisation page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('lists the tribes with their sizes from one request, the guilds and the way to the departments', async () => {
    const api = healthyApi(aSession('hr'))
      .on('GET', '/api/organisations', () => json(page([anOrganisation()])))
      .on('GET', '/api/tribes', () => json(page([aTribeSummary()])))
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
    expect(row).toHaveTextContent('Tom Bakker');
    expect(row).toHaveTextContent('Verandering (change)');
    const cells = within(row).getAllByRole('cell');
    expect(cells.slice(3).map((c) => c.textContent)).toEqual([
      '4',
      '4',
      expect.stringContaining('31/150'),
    ]);
    expect(within(row).getByText('31 van 150 mensen')).toBeInTheDocument();
    expect(row).not.toHaveTextContent('Boven limiet');
    expect(row).not.toHaveAttribute('data-over-limit');
    expect(await screen.findByRole('link', { name: 'Gilde Data' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Afdelingen bekijken' })).toHaveAttribute(
      'href',
      '/org/departments',
    );
    expect(screen.getByRole('link', { name: 'Instellingen organisatie' })).toHaveAttribute(
      'href',
      '/org/settings',
    );
    // The list carries the sizes: no request per tribe.
    expect(api.calls('GET', '/api/tribes')).toBe(1);
    for (const path of ['/api/squads', '/api/chapters', '/api/people', `/api/tribes/${IDS.tribe}`])
      expect(api.calls('GET', path), path).toBe(0);
  });

  it('marks a tribe with more people than its limit, in words and not only in colour', async () => {
    healthyApi(aSession('member'))
      .on('GET', '/api/organisations', () => json(page([anOrganisation({ maxTribePeople: 30 })])))
      .on('GET', '/api/tribes', () =>
        json(
          page([
            aTribeSummary({ peopleCount: 31, peopleLimit: 30, overLimit: true }),
            aTribeSummary({
              id: IDS.aflossen,
              name: 'Sparen',
              peopleCount: 30,
              peopleLimit: 30,
              overLimit: false,
            }),
          ]),
        ),
      )
      .on('GET', '/api/guilds', () => json(page([])))
      .install();
    renderApp('/org');

    await screen.findByRole('link', { name: 'Sparen' });
    const over = rowOf('Hypotheek');
    expect(over).toHaveAttribute('data-over-limit', 'true');
    expect(within(over).getByTestId('tribe-people')).toHaveTextContent('Boven limiet');
    expect(within(over).getByText('31 van 30 mensen')).toBeInTheDocument();
    // At the limit is not over it.
    const full = rowOf('Sparen');
    expect(full).not.toHaveAttribute('data-over-limit');
    expect(within(full).getByTestId('tribe-people')).not.toHaveTextContent('Boven limiet');
    expect(within(full).getByText('30 van 30 mensen')).toBeInTheDocument();

    await i18n.changeLanguage('en');
    expect(await within(over).findByText('Over limit')).toBeInTheDocument();
    expect(within(over).getByText('31 of 30 people')).toBeInTheDocument();
  });
});
