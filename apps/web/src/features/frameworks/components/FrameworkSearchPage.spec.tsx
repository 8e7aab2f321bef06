import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { aSearchHit } from '../testing/builders';

describe('Competency frameworks → search', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('marks the matching words from the fragments and links to the competency or work process', async () => {
    const api = healthyApi()
      .on('GET', '/api/frameworks/search', () =>
        json({
          query: 'klant',
          items: [
            aSearchHit(),
            aSearchHit({
              frameworkCode: 'DEMO-MBO-COMMERCIE',
              frameworkTitle: 'Commercie (demo)',
              entity: 'behaviour',
              path: 'P1-K1-W5',
              key: 'P1-K1-W5-G04',
              fragments: [
                { text: 'stuurt aan op een akkoord van de ', highlighted: false },
                { text: 'klant', highlighted: true },
              ],
            }),
          ],
        }),
      )
      .install();
    renderApp('/frameworks/search?q=klant');

    const hits = await screen.findAllByTestId('search-hit');
    expect(hits).toHaveLength(2);
    const marks = hits[0]!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['klant']);
    expect(within(hits[0]!).getByTestId('search-hit-text')).toHaveTextContent(
      'Bepaalt samen met de klant de uitvoeringsvoorwaarden',
    );
    expect(
      within(hits[0]!).getByRole('link', { name: 'BK-0496-1 Externe sales — competency 11' }),
    ).toHaveAttribute('href', '/frameworks/BK-0496-1?version=1#competency-11');
    expect(
      within(hits[1]!).getByRole('link', {
        name: /DEMO-MBO-COMMERCIE Commercie \(demo\) — P1-K1-W5-G04/,
      }),
    ).toHaveAttribute('href', '/frameworks/DEMO-MBO-COMMERCIE?version=1#item-P1-K1-W5');
    expect(new URLSearchParams(api.requests.at(-1)?.search).get('q')).toBe('klant');
  });

  it('renders markup in a fragment as text, never as HTML', async () => {
    healthyApi()
      .on('GET', '/api/frameworks/search', () =>
        json({
          query: 'script',
          items: [
            aSearchHit({
              fragments: [
                { text: '<img src=x onerror=alert(1)> en ', highlighted: false },
                { text: '<b>script</b>', highlighted: true },
              ],
            }),
          ],
        }),
      )
      .install();
    renderApp('/frameworks/search?q=script');

    const hit = await screen.findByTestId('search-hit');
    expect(hit.querySelector('img')).toBeNull();
    expect(hit.querySelector('b')).toBeNull();
    expect(hit.querySelector('mark')).toHaveTextContent('<b>script</b>');
    expect(within(hit).getByTestId('search-hit-text')).toHaveTextContent(
      '<img src=x onerror=alert(1)> en <b>script</b>',
    );
  });

  it('searches from the box, and asks for two characters at least', async () => {
    const api = healthyApi()
      .on('GET', '/api/frameworks/search', () => json({ query: 'product', items: [] }))
      .install();
    const user = userEvent.setup();
    const { router } = renderApp('/frameworks/search');

    const box = await screen.findByRole('searchbox', { name: 'Search in the content' });
    await user.type(box, 'p{Enter}');
    expect(await screen.findByText('Type at least 2 characters.')).toBeInTheDocument();
    expect(api.calls('GET', '/api/frameworks/search')).toBe(0);

    await user.type(box, 'roduct{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?q=product'));
    expect(await screen.findByTestId('search-empty')).toHaveTextContent(
      'Nothing found for “product”.',
    );
  });
});
