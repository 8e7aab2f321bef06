import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { aFrameworkSummary } from '../testing/builders';

const productmanager = aFrameworkSummary();
const sales = aFrameworkSummary({ code: 'BK-0496-1', title: 'Externe sales' });
const commercie = aFrameworkSummary({
  code: 'DEMO-MBO-COMMERCIE',
  title: 'Commercie (demo)',
  family: 'mbo',
  versionLabel: null,
  level: { vks: null, eqf: null, mbo: [3, 4] },
});

/** The API's filtering, faked: family and a code/title part. */
function frameworksApi(role: 'hr' | 'member' = 'member') {
  return healthyApi(aSession(role)).on('GET', '/api/frameworks', (request) => {
    const query = new URL(request.url).searchParams;
    const family = query.get('family');
    const q = query.get('q')?.toLowerCase();
    const items = [sales, productmanager, commercie].filter(
      (f) =>
        (!family || f.family === family) &&
        (!q || f.code.toLowerCase().includes(q) || f.title.toLowerCase().includes(q)),
    );
    return json({ items, total: items.length, page: 1, pageSize: 20 });
  });
}

describe('Competency frameworks → list', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists code, title, family, level and version, and filters by family and text', async () => {
    const api = frameworksApi().install();
    const user = userEvent.setup();
    renderApp('/frameworks');

    const rows = await screen.findAllByTestId('framework-row');
    expect(rows).toHaveLength(3);
    const mbo = screen.getByRole('row', { name: /DEMO-MBO-COMMERCIE/ });
    expect(mbo).toHaveTextContent('Commercie (demo)');
    expect(within(mbo).getByTestId('family-badge')).toHaveTextContent('MBO');
    expect(mbo).toHaveTextContent('MBO 3–4');
    expect(screen.getByRole('row', { name: /BK-0496-1/ })).toHaveTextContent('VKS 6 · EQF 6');
    expect(screen.getByRole('link', { name: 'BK-0571-1' })).toHaveAttribute(
      'href',
      '/frameworks/BK-0571-1',
    );

    await user.click(screen.getByRole('radio', { name: 'MBO' }));
    await waitFor(() => expect(screen.getAllByTestId('framework-row')).toHaveLength(1));
    expect(new URLSearchParams(api.requests.at(-1)?.search).get('family')).toBe('mbo');

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.type(screen.getByRole('textbox', { name: 'Code or title' }), 'sales');
    await waitFor(() => {
      expect(screen.getAllByTestId('framework-row')).toHaveLength(1);
      expect(screen.getByTestId('framework-row')).toHaveAttribute('data-code', 'BK-0496-1');
    });
    const query = new URLSearchParams(api.requests.at(-1)?.search);
    expect(query.get('q')).toBe('sales');
    expect(query.get('family')).toBeNull();
  });

  it('says so when no framework matches', async () => {
    frameworksApi().install();
    const user = userEvent.setup();
    renderApp('/frameworks');
    await screen.findAllByTestId('framework-row');
    await user.type(screen.getByRole('textbox', { name: 'Code or title' }), 'zzz');
    expect(await screen.findByTestId('frameworks-empty')).toHaveTextContent(
      'No frameworks match these filters.',
    );
  });

  it('offers "Import dossier" to HR only', async () => {
    frameworksApi('hr').install();
    const { unmount } = renderApp('/frameworks');
    await screen.findAllByTestId('framework-row');
    expect(screen.getByRole('link', { name: 'Import dossier' })).toHaveAttribute(
      'href',
      '/frameworks/import',
    );
    unmount();

    frameworksApi('member').install();
    renderApp('/frameworks');
    await screen.findAllByTestId('framework-row');
    expect(screen.queryByRole('link', { name: 'Import dossier' })).toBeNull();
  });
});
