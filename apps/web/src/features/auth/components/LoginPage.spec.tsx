import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { DEMO_PASSWORD, aSession, healthyApi, json, networkError } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

const chapterLead = aSession('chapter_lead');

async function signIn(password = DEMO_PASSWORD) {
  const user = userEvent.setup();
  const email = await screen.findByLabelText(/E-mail address/);
  await user.type(email, chapterLead.user.email);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.keyboard('{Enter}');
}

describe('signing in', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('sends a signed-out visitor of a protected page to the login page, and back after signing in', async () => {
    const api = healthyApi(null).withAuth(chapterLead, { signedIn: false }).install();
    const { router } = renderApp('/system');

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?next=%2Fsystem');
    // No "session ended" notice: there was no session.
    expect(screen.queryByTestId('session-ended')).not.toBeInTheDocument();
    // The e-mail field has focus; Enter submits.
    expect(await screen.findByLabelText(/E-mail address/)).toHaveFocus();

    await signIn();

    await waitFor(() => expect(router.state.location.pathname).toBe('/system'));
    expect(await screen.findByRole('heading', { level: 1, name: 'System' })).toBeInTheDocument();
    expect(screen.getByTestId('user-menu')).toHaveAccessibleName('Chris Chapterlead');
    expect(api.requests.find((r) => r.path === '/api/auth/login')?.body).toEqual({
      email: chapterLead.user.email,
      password: DEMO_PASSWORD,
    });
  });

  it('says so when the e-mail address and password do not match', async () => {
    healthyApi(null).withAuth(chapterLead, { signedIn: false }).install();
    const { router } = renderApp('/login');

    await signIn('not the password');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This e-mail address and password do not match.',
    );
    expect(router.state.location.pathname).toBe('/login');
  });

  it('says how many minutes to wait after too many attempts', async () => {
    healthyApi(null)
      .on('POST', '/api/auth/login', () =>
        json(
          { code: 'too_many_attempts', message: 'wait', details: { retryAfterMinutes: 15 } },
          429,
        ),
      )
      .install();
    renderApp('/login');

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Try again in 15 minutes.',
    );
  });

  it('says so when the API cannot be reached', async () => {
    healthyApi(null).on('POST', '/api/auth/login', networkError).install();
    renderApp('/login');

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('The API cannot be reached.');
  });

  it('does not follow `next` off the site: //evil.example goes home', async () => {
    healthyApi(null).withAuth(chapterLead, { signedIn: false }).install();
    const { router } = renderApp('/login?next=//evil.example');

    await signIn();

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByText('Tribeworks Demo')).toBeInTheDocument();
  });

  it('asks for both fields before calling the API', async () => {
    const api = healthyApi(null).install();
    renderApp('/login');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter an e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/auth/login')).toBe(0);
  });
});
