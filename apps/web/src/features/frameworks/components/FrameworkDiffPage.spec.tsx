import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { aChange, aDiff, aVersion } from '../testing/builders';

describe('Competency frameworks → changes between versions', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists the changes grouped by kind of item, before → after', async () => {
    const api = healthyApi()
      .on('GET', '/api/frameworks/:code/versions', () =>
        json([aVersion(3), aVersion(2), aVersion(1)]),
      )
      .on('GET', '/api/frameworks/:code/diff', (request) => {
        const query = new URL(request.url).searchParams;
        return json(
          aDiff(
            [
              aChange(),
              aChange({
                entity: 'activity',
                change: 'added',
                path: '1',
                key: null,
                field: null,
                before: null,
                after: 'Onderzoekt mogelijke innovaties',
              }),
              aChange({
                entity: 'knowledge',
                change: 'removed',
                path: '2',
                key: null,
                field: null,
                before: 'Kennis van marketing',
                after: null,
              }),
            ],
            Number(query.get('from')),
            Number(query.get('to')),
          ),
        );
      })
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/BK-0571-1/diff');

    // By default the latest version against the one before.
    const diff = await screen.findByTestId('diff');
    expect(new URLSearchParams(api.requests.at(-1)?.search).get('from')).toBe('2');
    expect(new URLSearchParams(api.requests.at(-1)?.search).get('to')).toBe('3');
    expect(within(diff).getByText('1 added')).toBeInTheDocument();
    expect(within(diff).getByText('1 removed')).toBeInTheDocument();
    expect(within(diff).getByText('1 changed')).toBeInTheDocument();

    const competencies = screen.getByRole('region', { name: 'Competencies (1)' });
    const changed = within(competencies).getByTestId('diff-change');
    expect(changed).toHaveAttribute('data-change', 'changed');
    expect(changed).toHaveTextContent('competency 1');
    expect(changed).toHaveTextContent('title');
    expect(changed.querySelector('del')).toHaveTextContent('Onderzoekt een product');
    expect(changed.querySelector('ins')).toHaveTextContent('Onderzoekt een product of dienst');

    const activities = screen.getByRole('region', { name: 'Activities (1)' });
    expect(within(activities).getByTestId('diff-change').querySelector('del')).toBeNull();
    expect(within(activities).getByText('Added')).toBeInTheDocument();
    const knowledge = screen.getByRole('region', { name: 'Knowledge (1)' });
    expect(within(knowledge).getByTestId('diff-change')).toHaveAttribute('data-change', 'removed');

    await user.click(screen.getByRole('textbox', { name: 'From version' }));
    await user.click(screen.getByRole('option', { name: /version 1/ }));
    await waitFor(() =>
      expect(new URLSearchParams(api.requests.at(-1)?.search).get('from')).toBe('1'),
    );
  });

  it('says so when two versions have the same content', async () => {
    healthyApi()
      .on('GET', '/api/frameworks/:code/versions', () => json([aVersion(2), aVersion(1)]))
      .on('GET', '/api/frameworks/:code/diff', () => json(aDiff([])))
      .install();
    renderApp('/frameworks/BK-0571-1/diff?from=1&to=2');
    expect(await screen.findByTestId('diff-empty')).toHaveTextContent(
      'These versions have the same content.',
    );
  });
});
