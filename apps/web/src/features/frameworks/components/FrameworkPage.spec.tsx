import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { aBkFramework, anMboFramework, aVersion } from '../testing/builders';

describe('Competency frameworks → one framework', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows a BK competency with skill types and knowledge depth badges, and the descriptors', async () => {
    healthyApi()
      .on('GET', '/api/frameworks/:code', () => json(aBkFramework()))
      .on('GET', '/api/frameworks/:code/versions', () => json([aVersion(1)]))
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/BK-0571-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Productmanager' })).toBeVisible();
    expect(screen.getByText('VKS 6 · EQF 6', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /1\. Onderzoekt een product/ }));
    const competency = screen.getByTestId('competency');
    expect(within(competency).getByTestId('skill-badge')).toHaveTextContent('cognitive');
    const knowledge = within(competency).getAllByTestId('knowledge');
    expect(knowledge.map((k) => within(k).getByTestId('depth-badge').textContent)).toEqual([
      'basic',
      'knowledge',
      'thorough',
    ]);
    expect(knowledge[2]).toHaveTextContent('Grondige kennis van productbeheer');

    const autonomy = screen.getByTestId('descriptor-autonomy');
    expect(autonomy).toHaveTextContent('Is independent in');
    expect(autonomy).toHaveTextContent('het plannen van de eigen taken');
    expect(screen.getByRole('heading', { name: 'Responsibility' })).toBeInTheDocument();
  });

  it('translates the depth badges (basis / kennis / grondig in Dutch)', async () => {
    await i18n.changeLanguage('nl');
    healthyApi()
      .on('GET', '/api/frameworks/:code', () => json(aBkFramework()))
      .on('GET', '/api/frameworks/:code/versions', () => json([aVersion(1)]))
      .install();
    // Through a link to the competency: it starts open.
    renderApp('/frameworks/BK-0571-1#competency-1');
    const badges = await screen.findAllByTestId('depth-badge');
    expect(badges.map((b) => b.textContent)).toEqual(['basis', 'kennis', 'grondig']);
  });

  it('shows MBO profiles as tabs, with work processes, results and coded behaviours', async () => {
    healthyApi()
      .on('GET', '/api/frameworks/:code', () =>
        json(anMboFramework({ warnings: [{ line: 12, message: 'Heading missing' }] })),
      )
      .on('GET', '/api/frameworks/:code/versions', () => json([aVersion(1)]))
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/DEMO-MBO-COMMERCIE');

    await screen.findByRole('heading', { level: 1, name: 'Commercie (demo)' });
    expect(screen.getByTestId('warnings')).toHaveTextContent('12');
    expect(screen.getByTestId('warnings')).toHaveTextContent('Heading missing');
    // The basis part first.
    expect(screen.getByRole('tab', { name: 'Basis (B1)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      screen.getByRole('heading', { name: /B1-K1 Onderzoekt de customer journey/ }),
    ).toBeVisible();

    await user.click(screen.getByRole('tab', { name: /P1 Commercieel medewerker/ }));
    expect(screen.getByText('Plus the basis core tasks B1-K1.')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: /P1-K1-W5 Stelt een commercieel aanbod op/ }),
    );
    const workProcess = screen.getByTestId('work-process');
    expect(workProcess).toHaveTextContent('Result');
    expect(within(workProcess).getByTestId('behaviour')).toHaveTextContent(
      'P1-K1-W5-G02legt gegevens correct vast in de offerte;',
    );
  });

  it('opens the profile and work process a link points at', async () => {
    healthyApi()
      .on('GET', '/api/frameworks/:code', () => json(anMboFramework()))
      .on('GET', '/api/frameworks/:code/versions', () => json([aVersion(1)]))
      .install();
    renderApp('/frameworks/DEMO-MBO-COMMERCIE#item-P1-K1-W5');
    expect(await screen.findByRole('tab', { name: /P1 Commercieel medewerker/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('button', { name: /P1-K1-W5/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('asks for the version chosen in the version selector', async () => {
    const api = healthyApi()
      .on('GET', '/api/frameworks/:code', (request) => {
        const version = Number(new URL(request.url).searchParams.get('version') ?? 2);
        return json(aBkFramework({ latestVersion: 2, version: aVersion(version) }));
      })
      .on('GET', '/api/frameworks/:code/versions', () => json([aVersion(2), aVersion(1)]))
      .install();
    const user = userEvent.setup();
    renderApp('/frameworks/BK-0571-1');

    await screen.findByText('Latest version');
    expect(screen.getByRole('link', { name: 'Compare with the previous version' })).toHaveAttribute(
      'href',
      '/frameworks/BK-0571-1/diff?from=1&to=2',
    );
    await user.click(screen.getByRole('textbox', { name: 'Version' }));
    await user.click(screen.getByRole('option', { name: /version 1/ }));
    expect(await screen.findByText('Older version (latest: 2)')).toBeInTheDocument();
    expect(api.requests.some((r) => r.search === '?version=1')).toBe(true);
  });
});
