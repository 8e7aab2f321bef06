import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../i18n/i18n';
import { aSession, healthyApi } from '../test/fake-api';
import { renderApp } from '../test/render';

async function navigation(): Promise<HTMLElement> {
  return screen.findByRole('navigation', { name: 'Hoofdnavigatie' });
}

describe('AppLayout', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('offers "skip to content" as the first Tab stop, and it leads to the main content', async () => {
    healthyApi().install();
    const user = userEvent.setup();
    renderApp();
    await navigation();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Naar de inhoud' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(document.getElementById('main-content')).toHaveAttribute('tabindex', '-1');
  });

  it('shows areas not built yet as "binnenkort", not as links', async () => {
    healthyApi().install();
    renderApp();
    const nav = await navigation();
    for (const area of ['Rollen', 'Beoordelingen']) {
      expect(screen.queryByRole('link', { name: new RegExp(area) })).not.toBeInTheDocument();
      expect(nav).toHaveTextContent(area);
    }
    expect(nav.querySelectorAll('[aria-disabled="true"]')).toHaveLength(4);
    expect(screen.getAllByText('binnenkort')).toHaveLength(4);
    // Built: the organisation.
    expect(within(nav).getByRole('link', { name: /^Organisatie/ })).toHaveAttribute('href', '/org');
    // Built: the competency frameworks.
    expect(within(nav).getByRole('link', { name: 'Competentiekaders' })).toHaveAttribute(
      'href',
      '/frameworks',
    );
  });

  it('hides the administration links from a member', async () => {
    healthyApi(aSession('member')).install();
    renderApp();
    const nav = await navigation();
    expect(within(nav).getByRole('link', { name: 'Systeem' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Gebruikers' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Auditlog' })).not.toBeInTheDocument();
    expect(nav).not.toHaveTextContent('Beheer');
  });

  it('shows HR the users and the audit log, and an admin the same', async () => {
    for (const role of ['hr', 'admin'] as const) {
      healthyApi(aSession(role)).install();
      const { unmount } = renderApp();
      const nav = await navigation();
      expect(within(nav).getByRole('link', { name: 'Gebruikers' })).toHaveAttribute(
        'href',
        '/admin/users',
      );
      expect(within(nav).getByRole('link', { name: 'Auditlog' })).toHaveAttribute(
        'href',
        '/admin/audit',
      );
      unmount();
    }
  });

  it('navigates to the System page from the navigation', async () => {
    healthyApi().install();
    const user = userEvent.setup();
    const { router } = renderApp();
    await user.click(within(await navigation()).getByRole('link', { name: 'Systeem' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/system'));
    expect(screen.getByRole('heading', { level: 1, name: 'Systeem' })).toBeInTheDocument();
  });

  it('shows the instance name and version on the home page', async () => {
    healthyApi().install();
    renderApp();
    expect(await screen.findByText('Tribeworks Demo')).toBeInTheDocument();
    expect(screen.getByText('0.1.0')).toBeInTheDocument();
  });
});
