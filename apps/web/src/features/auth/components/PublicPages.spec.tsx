import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n/i18n';
import { healthyApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';

async function setPassword(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^New password/), password);
  await user.type(screen.getByLabelText(/Repeat the new password/), password);
  return user;
}

describe('public pages (no session needed)', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('accepts an invitation with a password and an optional name', async () => {
    const api = healthyApi(null)
      .on('POST', '/api/auth/invitations/accept', () => new Response(null, { status: 204 }))
      .install();
    renderApp('/invitation?token=tok-1');

    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Nina');
    await setPassword('a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Activate account' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your account is active.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      token: 'tok-1',
      password: 'a long enough passphrase',
      displayName: 'Nina',
    });
  });

  it('explains a used or expired link and offers a new one', async () => {
    healthyApi(null)
      .on('POST', '/api/auth/password-reset/confirm', () =>
        json({ code: 'token_invalid', message: 'expired' }, 400),
      )
      .install();
    renderApp('/reset-password?token=old');

    const user = await setPassword('a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Set password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link is invalid, already used or expired.',
    );
    expect(screen.getByRole('link', { name: 'Request a new link.' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('says a link without a token is incomplete', async () => {
    healthyApi(null).install();
    renderApp('/setup');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is incomplete.');
  });

  it('asks for a reset link and gives the same, honest answer either way', async () => {
    const api = healthyApi(null)
      .on('POST', '/api/auth/password-reset/request', () => new Response(null, { status: 202 }))
      .install();
    renderApp('/forgot-password');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/E-mail address/), 'someone@tribeworks.test');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('status')).toHaveTextContent('ask your administrator');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      email: 'someone@tribeworks.test',
    });
  });
});
