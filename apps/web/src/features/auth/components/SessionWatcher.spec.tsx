import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { aSession, aUser, healthyApi, json, unauthenticated } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

describe('a session that ends during use', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('sends the user to the login page with a notice, and back afterwards', async () => {
    const admin = aSession('admin');
    let expired = false;
    const api = healthyApi(admin)
      .on('GET', '/api/users', () => (expired ? unauthenticated() : json([admin.user, aUser()])))
      .on('GET', '/api/audit', () => unauthenticated())
      .install();
    const user = userEvent.setup();
    const { router } = renderApp('/admin/users');
    expect(await screen.findByTestId('users-table')).toBeInTheDocument();

    // The server ends the session (idle timeout); the next call answers 401.
    expired = true;
    api.expireSession();
    await user.click(screen.getByRole('link', { name: 'Audit log' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Faudit');
    expect(await screen.findByTestId('session-ended')).toHaveTextContent(
      'Your session has ended, please sign in again.',
    );
    // Nothing of the previous session stays on screen.
    expect(screen.queryByTestId('user-menu')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).not.toBeInTheDocument();
  });
});
