import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../i18n/i18n';
import { healthyApi } from '../test/fake-api';
import { renderApp } from '../test/render';

describe('AppLayout', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    healthyApi().install();
  });

  it('offers "skip to content" as the first Tab stop, and it leads to the main content', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Naar de inhoud' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(document.getElementById('main-content')).toHaveAttribute('tabindex', '-1');
  });

  it('shows areas not built yet as "binnenkort", not as links', () => {
    renderApp();
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    for (const area of ['Organisatie', 'Competentiekaders', 'Rollen', 'Beoordelingen', 'Beheer']) {
      expect(screen.queryByRole('link', { name: new RegExp(area) })).not.toBeInTheDocument();
      expect(nav).toHaveTextContent(area);
    }
    expect(nav.querySelectorAll('[aria-disabled="true"]')).toHaveLength(7);
    expect(screen.getAllByText('binnenkort')).toHaveLength(7);
  });

  it('navigates to the System page from the navigation', async () => {
    const user = userEvent.setup();
    const { router } = renderApp();
    await user.click(screen.getByRole('link', { name: 'Systeem' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/system'));
    expect(screen.getByRole('heading', { level: 1, name: 'Systeem' })).toBeInTheDocument();
  });

  it('shows the instance name and version on the home page', async () => {
    renderApp();
    expect(await screen.findByText('Tribeworks Demo')).toBeInTheDocument();
    expect(screen.getByText('0.1.0')).toBeInTheDocument();
  });
});
