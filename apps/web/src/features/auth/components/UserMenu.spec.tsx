import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n, { LANGUAGE_STORAGE_KEY } from '../../../i18n/i18n';
import { aSession, healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

const chapterLead = aSession('chapter_lead', { roles: ['chapter_lead', 'member'] });

describe('UserMenu', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  afterEach(() => {
    document.cookie = 'tw_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('is a button named after the user, showing their e-mail address and roles', async () => {
    healthyApi(chapterLead).install();
    const user = userEvent.setup();
    renderApp();

    const button = await screen.findByRole('button', { name: 'Chris Chapterlead' });
    expect(button).toHaveAttribute('data-testid', 'user-menu');
    await user.click(button);

    const menu = await screen.findByRole('menu');
    expect(menu).toHaveTextContent(chapterLead.user.email);
    expect(within(menu).getByText('Chapter lead')).toBeInTheDocument();
    expect(within(menu).getByText('Member')).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Change password' })).toBeInTheDocument();
  });

  it('signs out: ends the session on the server (with the CSRF token) and shows the login page', async () => {
    document.cookie = 'tw_csrf=csrf-token-1; path=/';
    const api = healthyApi(chapterLead).install();
    const user = userEvent.setup();
    const { router } = renderApp('/system');

    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByTestId('session-ended')).not.toBeInTheDocument();
    expect(screen.queryByTestId('user-menu')).not.toBeInTheDocument();
    const logout = api.requests.find((r) => r.path === '/api/auth/logout');
    expect(logout?.headers.get('x-csrf-token')).toBe('csrf-token-1');
  });

  it('switches the language from the menu, by keyboard too, and remembers it', async () => {
    healthyApi(chapterLead).install();
    const user = userEvent.setup();
    renderApp();

    const button = await screen.findByTestId('user-menu');
    button.focus();
    await user.keyboard('{Enter}');
    const dutch = await screen.findByRole('menuitem', { name: 'Nederlands' });
    expect(screen.getByRole('menuitem', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(dutch).not.toHaveAttribute('aria-current');
    dutch.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText(/Tribeworks ondersteunt organisaties/)).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('changes the password, saying the rules and the server’s verdict', async () => {
    const api = healthyApi(chapterLead)
      .on('POST', '/api/auth/password', async (request) => {
        const body = (await request.clone().json()) as { newPassword: string };
        return body.newPassword === 'password1234'
          ? json({ code: 'weak_password', message: 'common' }, 422)
          : json(chapterLead);
      })
      .install();
    const user = userEvent.setup();
    renderApp();

    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByRole('menuitem', { name: 'Change password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change password' });
    expect(dialog).toHaveTextContent('At least 12 characters');

    await user.type(within(dialog).getByLabelText(/Current password/), 'old password here');
    await user.type(within(dialog).getByLabelText(/^New password/), 'short');
    await user.type(within(dialog).getByLabelText(/Repeat the new password/), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(within(dialog).getByText('Use at least 12 characters.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/auth/password')).toBe(0);

    for (const label of [/^New password/, /Repeat the new password/]) {
      await user.clear(within(dialog).getByLabelText(label));
      await user.type(within(dialog).getByLabelText(label), 'password1234');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This password is too weak');

    for (const label of [/^New password/, /Repeat the new password/]) {
      await user.clear(within(dialog).getByLabelText(label));
      await user.type(within(dialog).getByLabelText(label), 'a much longer passphrase');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Your password has been changed.',
    );
  });
});
